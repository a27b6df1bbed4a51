using Pipeline.Processing.Runner;
using Pipeline.Schemas.Model;
using Pipeline.TestSupport;
using Xunit.Abstractions;

namespace Pipeline.Processing.Tests.Runner;

/// <summary><see cref="ProcessorRunner"/>: instances in one consumer group share the raw partitions.</summary>
public sealed class ProcessorRunnerGroupTests(BrokerFixture broker, ITestOutputHelper output) : IClassFixture<BrokerFixture>
{
    private const long T0 = ProcessorScenario.T0;

    [Fact]
    public async Task RunAsync_TwoInstancesInOneGroup_SplitPartitionsAndProcessEachEventOnce()
    {
        var scenario = new ProcessorScenario(broker, partitions: 4);
        string[] subjects = ["ida", "jon", "kim", "lea", "max", "ned", "ole", "pia"];
        foreach (string subject in subjects)
        {
            await scenario.ConsentAsync(subject, ConsentState.Granted, T0);
        }

        ProcessorRunner first = scenario.NewRunner(output);
        ProcessorRunner second = scenario.NewRunner(output);
        using var stop = new CancellationTokenSource();
        Task one = first.RunAsync(stop.Token);
        await ProcessorScenario.WaitUntilAsync(() => first.Progress.AssignedPartitions == 4, "the first instance owning all four partitions", one);
        Task two = second.RunAsync(stop.Token);
        foreach (string subject in subjects)
        {
            await scenario.RawAsync(subject, 0, 5, 20, T0);
        }

        await ProcessorScenario.WaitUntilAsync(() => first.Progress.AssignedPartitions > 0 && second.Progress.AssignedPartitions > 0
            && first.Progress.AssignedPartitions + second.Progress.AssignedPartitions == 4, "the partitions split between the two", Task.WhenAny(one, two).Unwrap());
        await ProcessorScenario.WaitUntilAsync(() => first.Progress.EventsOut + second.Progress.EventsOut >= 800, "800 clean events", Task.WhenAny(one, two).Unwrap());
        await stop.CancelAsync();
        await Task.WhenAll(one, two).WaitAsync(TimeSpan.FromSeconds(60));

        var clean = scenario.CleanEvents();
        Assert.Equal(800, clean.Select(e => (e.Device, e.Seq)).Distinct().Count());
        Assert.Equal(800, clean.Count);
    }
}
