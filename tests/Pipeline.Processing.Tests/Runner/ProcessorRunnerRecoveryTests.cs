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

    [Fact]
    public async Task RunAsync_RestartedInsideATypingRun_RunContinuesFromTheChangelogState()
    {
        var scenario = new ProcessorScenario(broker, partitions: 1);
        await scenario.ConsentAsync("kai", ConsentState.Granted, T0);
        // Five key presses 200 ms apart; the run is still open (its gap has not passed in event time) when the first run stops.
        await scenario.InputAsync("kai", 0, T0, Keys(0, 5));
        await RunUntilRecordsAsync(scenario, 1);
        Assert.Empty(scenario.Actions());

        // Five more, continuing the same run, then a click: one typing run of ten presses, whatever the restart.
        await scenario.InputAsync("kai", 10, T0, [.. Keys(1000, 5), (EventKind.ButtonDown, 2200), (EventKind.ButtonUp, 2250)]);
        ProcessorRunner runner = scenario.NewRunner(output);
        using var stop = new CancellationTokenSource();
        Task run = runner.RunAsync(stop.Token);
        await ProcessorScenario.WaitUntilAsync(() => runner.Progress.RecordsIn == 1, "the second record processed", run);
        scenario.PassQuietTimeout();
        await ProcessorScenario.WaitUntilAsync(() => runner.Progress.SessionsClosed == 1, "kai's session closed", run);
        await ProcessorScenario.StopAsync(run, stop);

        List<InteractionAction> actions = scenario.Actions().ConvertAll(a => a.Action);
        Assert.Equal([ActionKind.Type, ActionKind.Click], actions.Select(a => a.Kind));
        Assert.Equal((10, 0L, 18L), (actions[0].KeyCount, actions[0].SeqFirst, actions[0].SeqLast)); // a type ends at its last press
        Assert.Equal(Enumerable.Repeat(200, 9), actions[0].InterKeyMs);
    }

    /// <summary><paramref name="count"/> key presses (down, up 40 ms later) 200 ms apart from <paramref name="fromMs"/>.</summary>
    private static (EventKind, int)[] Keys(int fromMs, int count) =>
        [.. Enumerable.Range(0, count).SelectMany(i => new[] { (EventKind.KeyDown, fromMs + (i * 200)), (EventKind.KeyUp, fromMs + (i * 200) + 40) })];

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
