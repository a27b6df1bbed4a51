using System.Diagnostics;
using System.Globalization;
using Confluent.Kafka;
using Microsoft.Extensions.Logging;
using Pipeline.Kafka;
using Pipeline.Privacy;
using Pipeline.Privacy.Shredding;

namespace Pipeline.Bench;

/// <summary>
/// The end-to-end benchmark: the whole pipeline under load, then the references on the same broker and machine
/// (the ceiling: the same bytes copied with no processing; <c>pipeline process</c> alone on the same raw records; the
/// same records' stateless work through a Streamiz.Kafka.Net topology; the naive design: one record and one generic
/// Avro encode per event), reported as figures and ratios. Each stage gets fresh topics, so reruns on one cluster
/// start clean; on the embedded broker a finished stage's topics are emptied, so their memory goes back.
/// </summary>
public sealed class BenchRunner
{
    private readonly BenchOptions _options;
    private readonly ILoggerFactory _loggers;
    private readonly TextWriter _liveView;

    /// <summary>Validates the options; nothing starts before <see cref="RunAsync"/>.</summary>
    /// <param name="options">What to measure and where.</param>
    /// <param name="loggers">Logs of the pipeline's components.</param>
    /// <param name="liveView">Where a status line a second goes while the stages run (standard error, say).</param>
    /// <exception cref="ArgumentException">An option is unusable (one-line reason).</exception>
    public BenchRunner(BenchOptions options, ILoggerFactory loggers, TextWriter liveView)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggers);
        ArgumentNullException.ThrowIfNull(liveView);
        options.Validate();
        _options = options;
        _loggers = loggers;
        _liveView = liveView;
    }

    /// <summary>Runs the three stages and returns the figures.</summary>
    public async Task<BenchReport> RunAsync(CancellationToken cancel)
    {
        int partitions = _options.Partitions;
        var topics = new BenchTopics(DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture), partitions);
        TopicNames pipelineTopics = topics.For("pipeline"), plainTopics = topics.For("plain"), ceilingTopics = topics.For("ceiling"), naiveTopics = topics.For("naive");
        TopicNames processTopics = topics.For("process"), streamizTopics = topics.For("streamiz"), inactionTopics = topics.For("noactions");
        TopicNames warmUpTopics = topics.For("warmup");
        TopicNames[] stages = [warmUpTopics, pipelineTopics, plainTopics, inactionTopics, ceilingTopics, processTopics, streamizTopics, naiveTopics];
        string scratch = Directory.CreateTempSubdirectory("pipeline-bench-").FullName;
        (EmbeddedBroker? broker, KafkaClientSettings kafka) = await OpenAsync(stages, partitions, cancel);
        try
        {
            var progress = new BenchProgress();
            using var live = new BenchLiveView(_liveView, progress);
            using var sampler = new ProcessSampler();
            long backlog = _options.MaxBacklogEvents;
            bool embedded = broker is not null;

            // Every pipeline stage: the same run over its own topics, lake and spool, differing only in sealing and
            // actions. Its topics are emptied by the caller, after what it reads of the process (memory, threads).
            async Task<PipelineRun.Result> RunPipelineAsync(string stage, TopicNames names, string suffix, SealingOptions? sealing, bool actions, long events, TimeSpan? steady)
            {
                live.Stage = stage;
                var run = new PipelineRun(kafka, names, partitions, _options.Pseudonyms, sealing, _options.Unsealing, brokerLacksIsolation: embedded,
                    Path.Combine(scratch, "lake" + suffix), Path.Combine(scratch, "spool" + suffix), Path.Combine(scratch, "tap" + suffix), _loggers, progress, actions);
                return await run.RunAsync(new BenchWorkload(_options.Devices, events, _options.EventsPerRecord), steady, backlog, cancel);
            }

            // A discarded run first, so the measured stages all start warm (compiled code, grown heap, the broker's
            // partitions in use) and compare like for like.
            (await RunPipelineAsync("warm-up", warmUpTopics, "-warmup", _options.Sealing, actions: true, _options.WarmUpEvents, steady: null)).Dispose();
            Shrink(broker, kafka, warmUpTopics, partitions);

            using PipelineRun.Result result = await RunPipelineAsync("pipeline", pipelineTopics, "", _options.Sealing, actions: true, _options.Events, _options.SteadyDuration);
            double peakRssMb = PeakRssMegabytes();
            int pipelineThreads = sampler.MaxThreads;
            double pipelineManagedMb = sampler.MaxManagedMb;
            Shrink(broker, kafka, pipelineTopics, partitions);

            // The same workload with batches in clear, right after: the price of encryption on the same machine state.
            StageResult? plain = null;
            if (_options.MeasureEncryptionCost)
            {
                using PipelineRun.Result plainRun = await RunPipelineAsync("pipeline in clear", plainTopics, "-plain", sealing: null, actions: true, _options.Events, steady: null);
                plain = plainRun.Throughput;
                Shrink(broker, kafka, plainTopics, partitions);
            }

            // Sealed again with the action reducer off, right after: the price of the actions stream, like for like.
            StageResult? inaction = null;
            if (_options.MeasureActionsCost)
            {
                using PipelineRun.Result inactionRun = await RunPipelineAsync("pipeline without actions", inactionTopics, "-noactions", _options.Sealing, actions: false, _options.Events, steady: null);
                inaction = inactionRun.Throughput;
                Shrink(broker, kafka, inactionTopics, partitions);
            }

            // The raw records of the measured phases, opened (here, not before the pipeline stages that follow, which then
            // run without this copy in the heap), replayed in clear by the references that read raw
            // records: Streamiz has no decrypt step, so both references compare the work after it like for like (the
            // price of encryption is the pipeline's sealed-versus-clear figure).
            (List<ReplayFeed.RawRecord> replay, long replayEvents, var people) =
                ReplayFeed.Prepare(SealedRecords.Open(result.RawRecords, result.KeyRecords, _options.Unsealing));

            live.Stage = "ceiling";
            StageResult ceiling = await Task.Run(() => CeilingRun.Run(kafka, ceilingTopics, partitions, result.RawRecords, result.KeyRecords, _options.Unsealing, backlog, progress, cancel), cancel);
            Shrink(broker, kafka, ceilingTopics, partitions);

            live.Stage = "process";
            var alone = new ProcessorAloneRun(kafka, processTopics, partitions, _options.Processors, _options.Pseudonyms, _options.Unsealing, embedded, _loggers, progress, sampler);
            ProcessorAloneRun.Result processor = await alone.RunAsync(replay, replayEvents, people, backlog, cancel);
            Shrink(broker, kafka, processTopics, partitions);

            live.Stage = "streamiz";
            var streamiz = await new StreamizRun(kafka, streamizTopics, partitions, _options.Pseudonyms, _loggers, progress, sampler).RunAsync(replay, replayEvents, backlog, cancel);
            Shrink(broker, kafka, streamizTopics, partitions);

            live.Stage = "naive";
            var naiveRun = new NaiveRun(new Redactor().Redact);
            var naiveWorkload = new BenchWorkload(_options.Devices, Math.Min(_options.NaiveEvents, _options.Events), _options.EventsPerRecord);
            StageResult baseline = await Task.Run(() => naiveRun.Run(kafka, naiveTopics, partitions, naiveWorkload, backlog, progress, cancel), cancel);
            live.Stage = null;
            GcWindow pipelineGc = result.Throughput.Gc ?? default;

            return new BenchReport
            {
                Events = _options.Events,
                Devices = _options.Devices,
                EventsPerRecord = _options.EventsPerRecord,
                Broker = broker is null ? $"cluster at {kafka.BootstrapServers}" : "embedded broker (in this process)",
                ProcessorCount = Environment.ProcessorCount,
                EventsPerSecond = result.Throughput.EventsPerSecond,
                CeilingEventsPerSecond = ceiling.EventsPerSecond,
                BaselineEventsPerSecond = baseline.EventsPerSecond,
                FractionOfCeiling = result.Throughput.EventsPerSecond / ceiling.EventsPerSecond,
                TimesBaseline = result.Throughput.EventsPerSecond / baseline.EventsPerSecond,
                SteadyEventsPerSecond = result.SteadyRate,
                P50LatencyMs = result.P50Ms,
                P99LatencyMs = result.P99Ms,
                MaxLatencyMs = result.MaxMs,
                P50LakeLatencyMs = result.LakeP50Ms,
                P99LakeLatencyMs = result.LakeP99Ms,
                MaxLakeLatencyMs = result.LakeMaxMs,
                CpuSecondsPerMillionEvents = result.Throughput.CpuSecondsPerMillionEvents,
                CeilingCpuSecondsPerMillionEvents = ceiling.CpuSecondsPerMillionEvents,
                BaselineCpuSecondsPerMillionEvents = baseline.CpuSecondsPerMillionEvents,
                PeakRssMb = peakRssMb,
                WireBytesPerEvent = result.Throughput.WireBytesPerEvent,
                BaselineWireBytesPerEvent = baseline.WireBytesPerEvent,
                LakeBytesPerEvent = result.LakeRows == 0 ? 0 : (double)result.LakeBytes / result.LakeRows,
                PlaintextEventsPerSecond = plain?.EventsPerSecond,
                PlaintextCpuSecondsPerMillionEvents = plain?.CpuSecondsPerMillionEvents,
                PlaintextWireBytesPerEvent = plain?.WireBytesPerEvent,
                WithoutActionsEventsPerSecond = inaction?.EventsPerSecond,
                WithoutActionsCpuSecondsPerMillionEvents = inaction?.CpuSecondsPerMillionEvents,
                Partitions = partitions,
                Processors = _options.Processors,
                PipelinePeakThreads = pipelineThreads,
                PipelinePeakManagedMb = pipelineManagedMb,
                PipelineAllocatedBytesPerEvent = result.Throughput.AllocatedBytesPerEvent,
                PipelineGcPauseFraction = result.Throughput.GcPauseFraction,
                PipelineGcCollections = [pipelineGc.Gen0, pipelineGc.Gen1, pipelineGc.Gen2],
                ProcessorEventsPerSecond = processor.Stage.EventsPerSecond,
                ProcessorEventsPerSecondEach = [.. processor.EventsPerSecondPerProcessor],
                ProcessorCpuSecondsPerMillionEvents = processor.Stage.CpuSecondsPerMillionEvents,
                ProcessorPeakThreads = processor.PeakThreads,
                ProcessorAllocatedBytesPerEvent = processor.Stage.AllocatedBytesPerEvent,
                StreamizEventsPerSecond = streamiz.Stage.EventsPerSecond,
                StreamizCpuSecondsPerMillionEvents = streamiz.Stage.CpuSecondsPerMillionEvents,
                StreamizPeakThreads = streamiz.PeakThreads,
                StreamizAllocatedBytesPerEvent = streamiz.Stage.AllocatedBytesPerEvent,
                ProcessorTimesStreamiz = processor.Stage.EventsPerSecond / streamiz.Stage.EventsPerSecond,
                StreamizCpuOverProcessorCpu = streamiz.Stage.CpuSecondsPerMillionEvents / processor.Stage.CpuSecondsPerMillionEvents,
                Timeline = live.Timeline,
                CleanLatencyMs = result.CleanLatencyMs,
                LakeLatencyMs = result.LakeLatencyMs,
            };
        }
        finally
        {
            broker?.Dispose();
            Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>
    /// Only the price of the actions stream (<c>--actions-ab</c>): after the same discarded warm-up, <paramref name="pairs"/>
    /// pairs of sealed pipeline runs with and without the action reducer, the order alternating from pair to pair (with
    /// first, then without first), so neither side always runs on a warmer or fuller process. Skips every other stage.
    /// </summary>
    public async Task<ActionsCostReport> RunActionsCostAsync(int pairs, CancellationToken cancel)
    {
        if (pairs is < 1 or > 20)
        {
            throw new ArgumentException($"bench actions A/B pairs {pairs} must be 1 to 20");
        }

        int partitions = _options.Partitions;
        var topics = new BenchTopics(DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture), partitions);
        TopicNames warmUpTopics = topics.For("warmup");
        var stages = new List<TopicNames> { warmUpTopics };
        for (int i = 0; i < 2 * pairs; i++)
        {
            stages.Add(topics.For($"ab{i}"));
        }

        string scratch = Directory.CreateTempSubdirectory("pipeline-bench-").FullName;
        (EmbeddedBroker? broker, KafkaClientSettings kafka) = await OpenAsync([.. stages], partitions, cancel);
        try
        {
            var progress = new BenchProgress();
            using var live = new BenchLiveView(_liveView, progress);
            bool embedded = broker is not null;

            async Task<StageResult> RunPipelineAsync(string stage, TopicNames names, string suffix, bool actions, long events)
            {
                live.Stage = stage;
                var run = new PipelineRun(kafka, names, partitions, _options.Pseudonyms, _options.Sealing, _options.Unsealing, brokerLacksIsolation: embedded,
                    Path.Combine(scratch, "lake" + suffix), Path.Combine(scratch, "spool" + suffix), Path.Combine(scratch, "tap" + suffix), _loggers, progress, actions);
                StageResult result = (await run.RunAsync(new BenchWorkload(_options.Devices, events, _options.EventsPerRecord), null, _options.MaxBacklogEvents, cancel)).Throughput;
                Shrink(broker, kafka, names, partitions);
                return result;
            }

            _ = await RunPipelineAsync("warm-up", warmUpTopics, "-warmup", actions: true, _options.WarmUpEvents);
            var runs = new List<ActionsCostReport.Run>(2 * pairs);
            for (int i = 0; i < 2 * pairs; i++)
            {
                // Pair p runs with-then-without for even p, without-then-with for odd p.
                bool actions = (i % 2 == 0) == ((i / 2) % 2 == 0);
                double started = MonotonicSeconds();
                StageResult r = await RunPipelineAsync(actions ? "with actions" : "without actions", stages[i + 1], $"-ab{i}", actions, _options.Events);
                runs.Add(new ActionsCostReport.Run(i / 2 + 1, actions, r.EventsPerSecond, r.CpuSecondsPerMillionEvents, r.AllocatedBytesPerEvent, started, MonotonicSeconds()));
            }

            live.Stage = null;
            return new ActionsCostReport { Events = _options.Events, Devices = _options.Devices, Runs = runs };
        }
        finally
        {
            broker?.Dispose();
            Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>
    /// CLOCK_MONOTONIC in seconds (what <see cref="Stopwatch"/> reads on Linux), so a run's span can be cut out of a
    /// whole-process profile: <c>perf record -k CLOCK_MONOTONIC</c>, then <c>perf report --time START,END</c>.
    /// </summary>
    private static double MonotonicSeconds() => (double)Stopwatch.GetTimestamp() / Stopwatch.Frequency;

    /// <summary>The cluster with every stage's topics, or an embedded broker in this process holding them.</summary>
    private async Task<(EmbeddedBroker? Broker, KafkaClientSettings Kafka)> OpenAsync(TopicNames[] stages, int partitions, CancellationToken cancel)
    {
        if (_options.Cluster is { } cluster)
        {
            using IAdminClient admin = new AdminClientBuilder(cluster.CreateAdminConfig()).Build();
            foreach (TopicNames names in stages)
            {
                await TopicProvisioner.EnsureTopicsAsync(admin, TopicCatalog.ForPipeline(names, partitions).Topics, -1, TimeSpan.FromSeconds(30), cancel);
            }

            return (null, cluster);
        }

        var broker = EmbeddedBroker.Start(new EmbeddedBrokerOptions { Topics = TopicCatalog.ForPipeline(new TopicNames(), partitions) });
        foreach (TopicNames names in stages)
        {
            foreach (TopicDefinition topic in TopicCatalog.ForPipeline(names, partitions).Topics)
            {
                broker.CreateTopic(topic.Name, topic.Partitions);
            }
        }

        return (broker, broker.ClientSettings with { Properties = _options.EmbeddedKafkaProperties });
    }

    /// <summary>
    /// Empties a finished stage's topics on the embedded broker, which keeps every partition's records (up to about
    /// 5 MB each) in this process's memory until it stops: later stages then run in the memory the earlier ones used.
    /// A real cluster keeps them (its retention decides).
    /// </summary>
    private static void Shrink(EmbeddedBroker? broker, KafkaClientSettings kafka, TopicNames names, int partitions)
    {
        if (broker is null)
        {
            return;
        }

        using IConsumer<byte[], byte[]> probe = new ConsumerBuilder<byte[], byte[]>(kafka.CreateConsumerConfig($"bench-shrink-{Guid.NewGuid():N}")).Build();
        foreach (string topic in (string[])[names.Raw, names.Consent, names.Clean, names.Sessions, names.Idle, names.Actions, names.DeadLetter, names.ProcessorState, names.Keys])
        {
            for (int p = 0; p < partitions; p++)
            {
                long high = probe.QueryWatermarkOffsets(new TopicPartition(topic, p), TimeSpan.FromSeconds(10)).High.Value;
                if (high > 0)
                {
                    broker.DeleteRecords(topic, p, high);
                }
            }
        }
    }

    /// <summary>The process's peak resident set (VmHWM) in MB; the pipeline stage runs first, so this is its peak.</summary>
    private static double PeakRssMegabytes()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / (1024.0 * 1024.0);
    }
}
