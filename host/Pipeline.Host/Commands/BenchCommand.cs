using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Confluent.Kafka;
using Microsoft.Extensions.Logging;
using Pipeline.Privacy;
using Pipeline.Bench;
using Pipeline.Host.Hosting;
using Pipeline.Kafka;
using Pipeline.Privacy.Pseudonyms;

namespace Pipeline.Host.Commands;

/// <summary>
/// <c>pipeline bench</c>: the end-to-end benchmark. Runs the whole pipeline under load, then the two references on the
/// same broker and machine (the ceiling and the naive design), and reports each figure also as a ratio.
/// </summary>
internal static class BenchCommand
{
    public static void AddTo(RootCommand root, GlobalOptions globals)
    {
        var events = new Option<long>("--events") { Description = "Events through the pipeline at full speed", DefaultValueFactory = _ => 1_000_000 };
        var devices = new Option<int>("--devices") { Description = "Devices (people) the events come from", DefaultValueFactory = _ => 64 };
        var batch = new Option<int>("--batch-events") { Description = "Events per Kafka record (the capture batcher's size bound)", DefaultValueFactory = _ => 100 };
        var naive = new Option<long>("--naive-events") { Description = "Events through the naive design (slower: fewer keep the run short)", DefaultValueFactory = _ => 200_000 };
        var steady = new Option<double>("--steady-seconds") { Description = "Length of the latency phase at half the maximum rate", DefaultValueFactory = _ => 10 };
        var partitions = new Option<int>("--partitions") { Description = "Partitions of the bench topics", DefaultValueFactory = _ => TopicCatalog.DefaultPartitions };
        var json = new Option<FileInfo?>("--json") { Description = "Also write the figures as JSON to this file" };
        var command = new Command("bench", "The end-to-end benchmark: throughput, latency, CPU and memory of the whole pipeline, next to the ceiling and the naive design on the same broker")
        {
            events, devices, batch, naive, steady, partitions, json,
        };
        command.SetAction(async (parse, cancel) =>
        {
            await using HostContext host = HostContext.Create(parse, globals, cancel, LogLevel.Warning);
            long eventCount = parse.GetValue(events);
            int deviceCount = parse.GetValue(devices);
            int perRecord = parse.GetValue(batch);
            long naiveCount = Math.Min(parse.GetValue(naive), eventCount);
            double steadySeconds = parse.GetValue(steady);
            int partitionCount = parse.GetValue(partitions);
            if (eventCount is < 1000 or > 1_000_000_000 || deviceCount is < 1 or > 100_000 || perRecord is < 1 or > 10_000
                || naiveCount < 1 || !(steadySeconds >= 1 && steadySeconds <= 3600) || partitionCount is < 1 or > 1000)
            {
                throw new CliException("bench options out of range: --events 1000..1e9, --devices 1..100000, --batch-events 1..10000, --naive-events ≥ 1, --steady-seconds 1..3600, --partitions 1..1000");
            }

            return await RunAsync(host, eventCount, deviceCount, perRecord, naiveCount, TimeSpan.FromSeconds(steadySeconds), partitionCount, parse.GetValue(json));
        });
        root.Subcommands.Add(command);
    }

    private static async Task<int> RunAsync(HostContext host, long events, int devices, int perRecord, long naiveEvents, TimeSpan steady, int partitions, FileInfo? json)
    {
        var topics = new BenchTopics(DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture), partitions);
        TopicNames pipelineTopics = topics.For("pipeline"), ceilingTopics = topics.For("ceiling"), naiveTopics = topics.For("naive");
        EmbeddedBroker? broker = null;
        try
        {
            string bootstrap;
            if (host.Bootstrap is null)
            {
                broker = BrokerCommand.StartBroker(new EmbeddedBrokerOptions { Topics = TopicCatalog.ForPipeline(new TopicNames(), partitions) });
                foreach (TopicNames names in new[] { pipelineTopics, ceilingTopics, naiveTopics })
                {
                    foreach (TopicDefinition topic in TopicCatalog.ForPipeline(names, partitions).Topics)
                    {
                        broker.CreateTopic(topic.Name, topic.Partitions);
                    }
                }

                bootstrap = broker.BootstrapServers;
            }
            else
            {
                bootstrap = host.Bootstrap;
                using IAdminClient admin = new AdminClientBuilder(host.KafkaSettings(bootstrap).CreateAdminConfig()).Build();
                foreach (TopicNames names in new[] { pipelineTopics, ceilingTopics, naiveTopics })
                {
                    await TopicProvisioner.EnsureTopicsAsync(admin, TopicCatalog.ForPipeline(names, partitions).Topics, -1, TimeSpan.FromSeconds(30), host.Stopping);
                }
            }

            KafkaClientSettings kafka = host.KafkaSettings(bootstrap, embedded: broker is not null);
            string scratch = Directory.CreateTempSubdirectory("pipeline-bench-").FullName;
            PseudonymOptions pseudonyms = PseudonymConfiguration.Load(host.Configuration, allowDevelopmentKey: true);
            var progress = new BenchProgress();
            using var live = new BenchLiveView(host.Error, progress);
            long backlog = 200_000;

            live.Stage = "pipeline";
            var pipeline = new PipelineRun(kafka, pipelineTopics, partitions, pseudonyms, broker is not null,
                Path.Combine(scratch, "lake"), Path.Combine(scratch, "spool"), host.LoggerFactory, progress);
            PipelineRun.Result result = await pipeline.RunAsync(new BenchWorkload(devices, events, perRecord), steady, backlog, host.Stopping);
            double peakRssMb = PeakRssMegabytes();

            live.Stage = "ceiling";
            StageResult ceiling = await Task.Run(() => CeilingRun.Run(kafka, ceilingTopics, partitions, result.RawRecords, backlog, progress, host.Stopping));

            live.Stage = "naive";
            var naiveRun = new NaiveRun(new Redactor().Redact);
            StageResult baseline = await Task.Run(() => naiveRun.Run(kafka, naiveTopics, partitions, new BenchWorkload(devices, naiveEvents, perRecord), backlog, progress, host.Stopping));
            live.Stage = null;

            var report = new BenchReport
            {
                Events = events,
                Devices = devices,
                EventsPerRecord = perRecord,
                Broker = broker is null ? $"cluster at {bootstrap}" : "embedded broker (in this process)",
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
            await host.Out.WriteAsync(report.ToText());
            if (json is not null)
            {
                await File.WriteAllTextAsync(json.FullName, report.ToJson() + "\n", CancellationToken.None);
            }

            Directory.Delete(scratch, recursive: true);
            return ExitCodes.Ok;
        }
        finally
        {
            broker?.Dispose();
        }
    }

    /// <summary>The process's peak resident set (VmHWM) in MB; the pipeline stage runs first, so this is its peak.</summary>
    private static double PeakRssMegabytes()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / (1024.0 * 1024.0);
    }
}
