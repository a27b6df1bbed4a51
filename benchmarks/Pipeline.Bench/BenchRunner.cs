using System.Diagnostics;
using System.Globalization;
using Confluent.Kafka;
using Microsoft.Extensions.Logging;
using Pipeline.Kafka;
using Pipeline.Privacy;

namespace Pipeline.Bench;

/// <summary>
/// The end-to-end benchmark: the whole pipeline under load, then the two references on the same broker and machine
/// (the ceiling: the same bytes copied with no processing; the naive design: one record and one generic Avro encode
/// per event), reported as figures and ratios. Each stage gets fresh topics, so reruns on one cluster start clean.
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
        TopicNames pipelineTopics = topics.For("pipeline"), ceilingTopics = topics.For("ceiling"), naiveTopics = topics.For("naive");
        TopicNames[] stages = [pipelineTopics, ceilingTopics, naiveTopics];
        EmbeddedBroker? broker = null;
        string scratch = Directory.CreateTempSubdirectory("pipeline-bench-").FullName;
        try
        {
            KafkaClientSettings kafka;
            if (_options.Cluster is { } cluster)
            {
                kafka = cluster;
                using IAdminClient admin = new AdminClientBuilder(kafka.CreateAdminConfig()).Build();
                foreach (TopicNames names in stages)
                {
                    await TopicProvisioner.EnsureTopicsAsync(admin, TopicCatalog.ForPipeline(names, partitions).Topics, -1, TimeSpan.FromSeconds(30), cancel);
                }
            }
            else
            {
                broker = EmbeddedBroker.Start(new EmbeddedBrokerOptions { Topics = TopicCatalog.ForPipeline(new TopicNames(), partitions) });
                foreach (TopicNames names in stages)
                {
                    foreach (TopicDefinition topic in TopicCatalog.ForPipeline(names, partitions).Topics)
                    {
                        broker.CreateTopic(topic.Name, topic.Partitions);
                    }
                }

                kafka = broker.ClientSettings with { Properties = _options.EmbeddedKafkaProperties };
            }

            var progress = new BenchProgress();
            using var live = new BenchLiveView(_liveView, progress);
            long backlog = _options.MaxBacklogEvents;

            live.Stage = "pipeline";
            var pipeline = new PipelineRun(kafka, pipelineTopics, partitions, _options.Pseudonyms, brokerLacksIsolation: broker is not null,
                Path.Combine(scratch, "lake"), Path.Combine(scratch, "spool"), _loggers, progress);
            PipelineRun.Result result = await pipeline.RunAsync(new BenchWorkload(_options.Devices, _options.Events, _options.EventsPerRecord), _options.SteadyDuration, backlog, cancel);
            double peakRssMb = PeakRssMegabytes();

            live.Stage = "ceiling";
            StageResult ceiling = await Task.Run(() => CeilingRun.Run(kafka, ceilingTopics, partitions, result.RawRecords, backlog, progress, cancel), cancel);

            live.Stage = "naive";
            var naiveRun = new NaiveRun(new Redactor().Redact);
            var naiveWorkload = new BenchWorkload(_options.Devices, Math.Min(_options.NaiveEvents, _options.Events), _options.EventsPerRecord);
            StageResult baseline = await Task.Run(() => naiveRun.Run(kafka, naiveTopics, partitions, naiveWorkload, backlog, progress, cancel), cancel);
            live.Stage = null;

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
            };
        }
        finally
        {
            broker?.Dispose();
            Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>The process's peak resident set (VmHWM) in MB; the pipeline stage runs first, so this is its peak.</summary>
    private static double PeakRssMegabytes()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / (1024.0 * 1024.0);
    }
}
