using Microsoft.Extensions.Logging;
using Pipeline.Kafka;
using Pipeline.Privacy.Pseudonyms;
using Pipeline.Privacy.Shredding;
using Pipeline.Processing.Runner;

namespace Pipeline.Bench;

/// <summary>
/// <c>pipeline process</c> alone, doing all its work (consent, scrubbing, sessions, idle, changelog, exactly once),
/// on the raw records the pipeline stage produced: <paramref name="processors"/> instances in one consumer group,
/// fed as <see cref="ReplayFeed"/> feeds, the events of each instance counted. The records come opened (in clear, which
/// the processor accepts here), like the Streamiz reference's, so both measure the work after decryption.
/// </summary>
internal sealed class ProcessorAloneRun(KafkaClientSettings kafka, TopicNames topics, int partitions, int processors, PseudonymOptions pseudonyms,
    UnsealingOptions unsealing, bool brokerLacksIsolation, ILoggerFactory loggers, BenchProgress progress, ProcessSampler sampler)
{
    public sealed record Result(StageResult Stage, IReadOnlyList<double> EventsPerSecondPerProcessor, int PeakThreads);

    public async Task<Result> RunAsync(List<ReplayFeed.RawRecord> records, long events, IEnumerable<(string Subject, string Device, long FirstTime)> people, long maxBacklogEvents, CancellationToken cancel)
    {
        progress.Reset();
        ReplayFeed.GrantConsent(kafka, topics.Consent, people);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        string group = $"bench-process-{Guid.NewGuid():N}";
        var runners = new ProcessorRunner[processors];
        var runs = new Task[processors];
        for (int i = 0; i < processors; i++)
        {
            runners[i] = new ProcessorRunner(
                new ProcessorOptions { Topics = topics, Pseudonyms = pseudonyms, Unsealing = unsealing, AcceptUnencryptedBatches = true, BrokerLacksTransactionIsolation = brokerLacksIsolation, GroupId = group, TransactionalIdPrefix = group },
                kafka, loggers, TimeProvider.System);
            runs[i] = runners[i].RunAsync(stop.Token);
        }

        progress.ProcessedBy(() =>
        {
            long total = 0;
            foreach (ProcessorRunner runner in runners)
            {
                total += runner.Progress.EventsIn;
            }

            return total;
        });
        try
        {
            // Every instance in the group and assigned before the clock starts: a rebalance is not throughput.
            await PipelineRun.WaitForAsync(() => Assigned(runners) == partitions && AllAssigned(runners), TimeSpan.FromSeconds(90), "the processors to share the partitions", stop.Token);
            sampler.Reset();
            (TimeSpan elapsed, TimeSpan cpu, long wire, GcWindow gc) = await Task.Run(() => ReplayFeed.Run(kafka, topics.Raw, topics.Clean, partitions, records, events, maxBacklogEvents, progress, stop.Token), stop.Token);
            var perProcessor = new double[processors];
            for (int i = 0; i < processors; i++)
            {
                perProcessor[i] = runners[i].Progress.EventsIn / Math.Max(elapsed.TotalSeconds, 1e-9);
            }

            return new Result(new StageResult("process", events, elapsed, cpu, wire, records.Count) { Gc = gc }, perProcessor, sampler.MaxThreads);
        }
        finally
        {
            await stop.CancelAsync();
            progress.ProcessedBy(null);
            foreach (Task run in runs)
            {
                try
                {
                    await run.WaitAsync(TimeSpan.FromSeconds(60), CancellationToken.None);
                }
                catch (OperationCanceledException)
                {
                    // stopped on purpose
                }
            }
        }
    }

    private static int Assigned(ProcessorRunner[] runners)
    {
        int total = 0;
        foreach (ProcessorRunner runner in runners)
        {
            total += runner.Progress.AssignedPartitions;
        }

        return total;
    }

    private bool AllAssigned(ProcessorRunner[] runners)
    {
        foreach (ProcessorRunner runner in runners)
        {
            if (runner.Progress.AssignedPartitions == 0 && processors <= partitions)
            {
                return false;
            }
        }

        return true;
    }
}
