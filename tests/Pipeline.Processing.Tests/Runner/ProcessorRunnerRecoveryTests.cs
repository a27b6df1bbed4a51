using Pipeline.Kafka;
using Pipeline.Processing.Runner;
using Pipeline.Schemas.Model;
using Pipeline.TestSupport;
using Xunit.Abstractions;

namespace Pipeline.Processing.Tests.Runner;

/// <summary><see cref="ProcessorRunner"/>: a failed transaction and a restart lose nothing and repeat nothing committed.</summary>
public sealed class ProcessorRunnerRecoveryTests(BrokerFixture broker, ITestOutputHelper output) : IClassFixture<BrokerFixture>
{
    private const long T0 = ProcessorScenario.T0;

    [Fact]
    public async Task RunAsync_ProduceFailsInsideTransaction_AbortsRewindsAndDeliversEveryEvent()
    {
        var scenario = new ProcessorScenario(broker, partitions: 1);
        await scenario.ConsentAsync("iris", ConsentState.Granted, T0);
        // One record, so the first transaction that commits is the one that holds it.
        await scenario.RawAsync("iris", 0, 1, 100, T0);
        // The runner's first produce request fails with an error that dooms its transaction.
        broker.Broker.PushRequestErrors(KafkaApiKey.Produce, Confluent.Kafka.ErrorCode.MsgSizeTooLarge);
        ProcessorRunner runner = scenario.NewRunner(output);
        using var stop = new CancellationTokenSource();

        Task run = runner.RunAsync(stop.Token);
        await ProcessorScenario.WaitUntilAsync(() => runner.Progress.TransactionsAborted >= 1 && runner.Progress.TransactionsCommitted >= 1,
            "the record committed after an abort", run);
        await ProcessorScenario.StopAsync(run, stop);

        var clean = scenario.CleanEvents();
        Assert.Equal(Enumerable.Range(0, 100).Select(i => (long)i), clean.Select(e => e.Seq).Distinct().Order());
    }

    [Fact]
    public async Task RunAsync_RestartedAfterStop_ResumesFromChangelogWithoutLossOrDuplicates()
    {
        var scenario = new ProcessorScenario(broker);
        await scenario.ConsentAsync("gwen", ConsentState.Granted, T0);
        await scenario.ConsentAsync("hugo", ConsentState.Granted, T0);
        await scenario.RawAsync("gwen", 0, 4, 25, T0);
        await scenario.RawAsync("hugo", 0, 4, 25, T0);
        await RunUntilRecordsAsync(scenario, 8);
        await scenario.RawAsync("gwen", 100, 4, 25, T0);
        await scenario.RawAsync("hugo", 100, 4, 25, T0);

        // The second run resumes where the first committed: it processes only the 8 new records.
        await RunUntilRecordsAsync(scenario, 8);

        var clean = scenario.CleanEvents();
        Assert.Equal(400, clean.Count);
        Assert.Equal(400, clean.Select(e => (e.Device, e.Seq)).Distinct().Count());
    }

    private async Task RunUntilRecordsAsync(ProcessorScenario scenario, int records)
    {
        ProcessorRunner runner = scenario.NewRunner(output);
        using var stop = new CancellationTokenSource();
        Task run = runner.RunAsync(stop.Token);
        await ProcessorScenario.WaitUntilAsync(() => runner.Progress.RecordsIn >= records, $"{records} raw records processed", run);
        await ProcessorScenario.StopAsync(run, stop);
        Assert.Equal(records, runner.Progress.RecordsIn);
    }
}
