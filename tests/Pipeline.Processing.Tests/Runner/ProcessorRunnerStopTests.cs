using Pipeline.Processing.Runner;
using Pipeline.Schemas.Model;
using Pipeline.TestSupport;
using Xunit.Abstractions;

namespace Pipeline.Processing.Tests.Runner;

/// <summary><see cref="ProcessorRunner"/>: the errors it stops on, each as a <see cref="ProcessorStoppedException"/> with its reason.</summary>
public sealed class ProcessorRunnerStopTests(BrokerFixture broker, ITestOutputHelper output) : IClassFixture<BrokerFixture>
{
    private const long T0 = ProcessorScenario.T0;

    [Fact]
    public async Task RunAsync_ChangelogWithFewerPartitionsThanRaw_StopsMisconfiguredAndSaysRestartCannotHelp()
    {
        var scenario = new ProcessorScenario(broker, partitions: 2, statePartitions: 1);

        ProcessorStoppedException stopped = await Assert.ThrowsAsync<ProcessorStoppedException>(
            () => scenario.NewRunner(output).RunAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60)));

        Assert.Equal(ProcessorStopReason.Misconfigured, stopped.Reason);
        Assert.False(stopped.RestartCanHelp);
        Assert.Contains("the changelog needs at least as many partitions as the raw topic", stopped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_UnprocessedRecordsDeletedFromRaw_StopsDataLostRefusingToSkipThem()
    {
        var scenario = new ProcessorScenario(broker, partitions: 1);
        await scenario.ConsentAsync("walt", ConsentState.Granted, T0);
        await scenario.RawAsync("walt", 0, 2, 10, T0);
        ProcessorRunner first = scenario.NewRunner(output);
        using (var stop = new CancellationTokenSource())
        {
            Task run = first.RunAsync(stop.Token);
            await ProcessorScenario.WaitUntilAsync(() => first.Progress.RecordsIn == 2, "both raw records processed", run);
            await ProcessorScenario.StopAsync(run, stop);
        }

        // Retention takes offsets 2 and 3 before the processor saw them: it resumes at 2, which the broker no longer holds.
        await scenario.RawAsync("walt", 20, 3, 10, T0);
        broker.Broker.DeleteRecords(scenario.Topics.Raw, 0, beforeOffset: 4);

        ProcessorStoppedException stopped = await Assert.ThrowsAsync<ProcessorStoppedException>(
            () => scenario.NewRunner(output).RunAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60)));

        Assert.Equal(ProcessorStopReason.DataLost, stopped.Reason);
        Assert.False(stopped.RestartCanHelp);
        Assert.Contains("refusing to skip", stopped.Message, StringComparison.Ordinal);
        Assert.Equal(20, scenario.CleanEvents().Count);
    }
}
