using System.Diagnostics;
using Confluent.Kafka;
using Pipeline.Schemas.Model;
using Pipeline.TestSupport;
using Xunit.Abstractions;

namespace Pipeline.Processing.Tests.Runner;

/// <summary>
/// <c>pipeline process</c> as a real child process, killed with SIGKILL while it works and started again: every
/// consented event must come out, none twice once duplicates of aborted attempts are accounted for (the embedded
/// broker shows aborted transactions to read_committed readers; a real cluster hides them). A class of its own: it
/// is the longest test here, and xunit runs classes side by side.
/// </summary>
public sealed class ProcessCommandCrashTests(BrokerFixture broker, ITestOutputHelper output) : IClassFixture<BrokerFixture>, IDisposable
{
    private readonly string _stateHome = Directory.CreateTempSubdirectory("pipeline-crash-").FullName;

    [Fact]
    public async Task Process_KilledRepeatedlyMidStream_EveryEventComesOutAndNoneIsLost()
    {
        var scenario = new ProcessorScenario(broker, partitions: 2);
        string[] subjects = ["anna", "bert", "cleo", "dirk"];
        foreach (string subject in subjects)
        {
            await scenario.ConsentAsync(subject, ConsentState.Granted, ProcessorScenario.T0);
            await scenario.RawAsync(subject, 0, 60, 50, ProcessorScenario.T0);
        }

        int expected = subjects.Length * 60 * 50;
        using IConsumer<byte[]?, byte[]> clean = broker.CreateAssignedConsumer(scenario.Topics.Clean);
        int seen = 0;
        for (int kill = 1; kill <= 3; kill++)
        {
            using PipelineProcess process = scenario.StartHost(_stateHome, untilIdle: null);
            // Kill once this run has added some output: mid-stream, at a different point each time.
            int before = seen;
            int target = seen + (kill * 7);
            var waited = Stopwatch.StartNew();
            while (seen < target)
            {
                Assert.False(process.HasExited, $"processor exited early:\n{process.StandardError}");
                if (waited.Elapsed > TimeSpan.FromSeconds(90))
                {
                    Assert.Fail($"run {kill} added {seen - before} of {target - before} clean records in 90 s:\n{process.StandardError}");
                }

                if (clean.Consume(TimeSpan.FromMilliseconds(100)) is not null)
                {
                    seen++;
                }
            }

            process.Signal(9);
            process.WaitForExit(TimeSpan.FromSeconds(10));
            output.WriteLine($"killed run {kill} after {seen} clean records seen");
        }

        using (PipelineProcess last = scenario.StartHost(_stateHome, untilIdle: 2))
        {
            Assert.Equal(0, last.WaitForExit(TimeSpan.FromSeconds(90)));
        }

        var events = scenario.CleanEvents();
        var distinct = events.Select(e => (e.Device, e.Seq)).ToHashSet();
        output.WriteLine($"clean events {events.Count}, distinct {distinct.Count}, duplicates {events.Count - distinct.Count}");
        Assert.Equal(expected, distinct.Count);
        foreach (string subject in subjects)
        {
            string device = scenario.DevicePseudonym(subject, subject + "-laptop")!;
            Assert.Equal(Enumerable.Range(0, 3000).Select(i => (long)i), distinct.Where(d => d.Device == device).Select(d => d.Seq).Order());
        }

        // Duplicates can only come from the transactions in flight at the three kills (at most 5 records of 50 each
        // per partition) and their marker-less predecessors.
        Assert.InRange(events.Count - distinct.Count, 0, 3 * 2 * 2 * 5 * 50);
    }

    public void Dispose() => Directory.Delete(_stateHome, recursive: true);
}
