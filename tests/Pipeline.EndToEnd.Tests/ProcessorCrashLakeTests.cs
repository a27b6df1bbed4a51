using System.Globalization;
using System.Text;
using Confluent.Kafka;
using Pipeline.Kafka;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;
using Pipeline.TestSupport;
using Xunit.Abstractions;

namespace Pipeline.EndToEnd.Tests;

/// <summary>
/// The processor SIGKILLed mid-stream on the embedded broker, which shows read_committed readers the outputs of
/// transactions that never committed: the resumed processor produces some outputs again, so the clean topic holds
/// repeats, and the lake must still hold every delivered event exactly once. Every role is its own process.
/// </summary>
public sealed class ProcessorCrashLakeTests : IDisposable
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(1);

    // Each look at the watermarks starts a Kafka client; ten a second is plenty next to 200 ms transactions.
    private static readonly TimeSpan s_watermarkPoll = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// A killed processor's group member is only evicted when its session times out (45 s by default), and until then
    /// its successor gets no partitions; 6 s keeps the test short, as an operator would for fast fail-over.
    /// </summary>
    private const string SessionTimeout = "session.timeout.ms=6000";
    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-crash-lake-").FullName;
    private readonly Dictionary<string, string> _environment;
    private readonly ITestOutputHelper _output;

    public ProcessorCrashLakeTests(ITestOutputHelper output)
    {
        _output = output;
        _environment = new Dictionary<string, string>
        {
            ["PIPELINE__Pseudonym__CurrentVersion"] = "1",
            ["PIPELINE__Pseudonym__Keys__1"] = Convert.ToBase64String(Encoding.UTF8.GetBytes("processor-crash-test-key-0123456")),
            // --bootstrap names the broker explicitly, so the processor cannot tell it is the embedded one: say so.
            ["PIPELINE__Processor__BrokerLacksTransactionIsolation"] = "true",
            // Sealed batches: loadgen seals and the processor opens under the well-known development pair (the test is about crashes).
            ["PIPELINE__Shredding__AllowDevelopmentKeys"] = "true",
            // Short sessions, so sessions and idle periods close (and are repeated) within the test, not after 30 minutes.
            ["PIPELINE__Processor__SessionGap"] = "00:00:02",
            ["PIPELINE__Processor__SessionGrace"] = "00:00:01",
            ["PIPELINE__Processor__IdleThreshold"] = "00:00:01",
            ["PIPELINE__Processor__SessionQuietTimeout"] = "00:00:01",
            // The action rules must fit inside the 2-s session gap: a press held 1.5 s is closed as a mouse_down.
            ["PIPELINE__Processor__ActionMaxHold"] = "00:00:01.500",
        };
    }

    private string State => Path.Combine(_root, "state");

    private string Lake => Path.Combine(_root, "lake");

    [Fact]
    public void ProcessorKilledTwiceMidStream_LakeHoldsEveryDeliveredEventOnce()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using PipelineProcess broker = PipelineProcess.Start(["broker"], State, _environment);
        string bootstrap = broker.WaitForLine("bootstrap: ", s_timeout);
        // 20 s, so the second processor (started after the first one's group session times out) still has input arriving:
        // with 8 s it found the whole backlog waiting and produced it in one burst, and never "produced again".
        using PipelineProcess loadgen = PipelineProcess.Start(["loadgen", "--devices", "4", "--rate", "200", "--duration", "20", "--bootstrap", bootstrap], State, _environment);

        for (int kill = 0; kill < 2; kill++)
        {
            using PipelineProcess processor = PipelineProcess.Start(["process", "--bootstrap", bootstrap, "-X", SessionTimeout], State, _environment);
            // Kill only once this processor has produced (start-up and restore take seconds on a busy machine), and
            // then once it has produced again: outputs of an open transaction are visible (the embedded broker does not
            // isolate them) and it never marked that transaction's commit, so its successor repeats them.
            long before = CleanTopicEnd(bootstrap);
            Eventually.True(() => processor.HasExited || CleanTopicEnd(bootstrap) > before, "the processor's first outputs", s_timeout, s_watermarkPoll);
            long first = CleanTopicEnd(bootstrap);
            Eventually.True(() => processor.HasExited || CleanTopicEnd(bootstrap) > first, "the processor to produce again", s_timeout, s_watermarkPoll);
            Assert.False(processor.HasExited, $"the processor stopped by itself:\n{processor.StandardError}");
            processor.Signal(9);
            processor.WaitForExit(s_timeout);
            _output.WriteLine($"processor {kill + 1} killed at {clock.Elapsed.TotalSeconds:F1} s");
            if (kill == 0)
            {
                // A sink run between the crashes: the repeats the next processor makes arrive after a sink restart,
                // so they are dropped by marks read back from the lake, not only by the running sink's memory.
                Run(["sink", "--bootstrap", bootstrap, "--lake", Lake, "--until-idle", "2"]);
            }
        }

        Assert.Equal(0, loadgen.WaitForExit(s_timeout));
        _output.WriteLine($"loadgen done at {clock.Elapsed.TotalSeconds:F1} s");
        long delivered = long.Parse(Field(loadgen.StandardOutput, "events: "), CultureInfo.InvariantCulture);
        Run(["process", "--bootstrap", bootstrap, "--until-idle", "5", "-X", SessionTimeout]);
        _output.WriteLine($"processor done at {clock.Elapsed.TotalSeconds:F1} s");
        Run(["sink", "--bootstrap", bootstrap, "--lake", Lake, "--until-idle", "3"]);
        _output.WriteLine($"sink done at {clock.Elapsed.TotalSeconds:F1} s");

        (long topicEvents, long topicDistinct) = CountCleanTopic(bootstrap);
        const string Sql = "SELECT (SELECT count(*) FROM events), (SELECT count(DISTINCT (device, seq)) FROM events), "
            + "(SELECT count(*) - count(DISTINCT session_id) FROM sessions), (SELECT count(*) - count(DISTINCT (subject, session_id, start_time)) FROM idle_periods), "
            + "(SELECT count(*) FROM sessions), (SELECT count(*) FROM idle_periods), "
            + "(SELECT count(*) FROM sessions a JOIN sessions b ON a.subject = b.subject AND a.session_id < b.session_id "
            + "AND a.start_time < b.end_time AND b.start_time < a.end_time), "
            + "(SELECT count(*) FROM actions), (SELECT count(*) - count(DISTINCT (device, seq_first)) FROM actions), "
            + "(SELECT coalesce(sum(key_count), 0) FROM actions), (SELECT count(*) FROM events WHERE kind = 'key_down'), "
            + "(SELECT count(*) FROM actions a LEFT JOIN sessions s ON a.session_id = s.session_id "
            + "WHERE s.session_id IS NULL OR a.start_time < s.start_time OR a.end_time > s.end_time), "
            + "(SELECT count(*) FROM actions a ANTI JOIN sessions s ON a.session_id = s.session_id)";
        string[] lake = Run(["lake", "query", Sql, "--lake", Lake, "--format", "csv"])
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1].Split(',');
        long rows = long.Parse(lake[0], CultureInfo.InvariantCulture);
        long distinct = long.Parse(lake[1], CultureInfo.InvariantCulture);
        _output.WriteLine($"loadgen delivered {delivered} events; clean topic {topicEvents} events, {topicDistinct} distinct; lake {rows} rows, {distinct} distinct, {lake[4]} sessions, {lake[5]} idle periods, {lake[6]} overlapping session pairs; {clock.Elapsed.TotalSeconds:F1} s");

        Assert.True(topicEvents > topicDistinct, $"no repeats reached the clean topic ({topicEvents} events), so this run tested nothing; kill later or longer");
        Assert.Equal(distinct, rows);
        Assert.Equal(topicDistinct, rows);
        Assert.Equal(delivered, rows);
        Assert.Equal("0", lake[2]); // repeated session ids
        Assert.Equal("0", lake[3]); // repeated idle periods
        Assert.Equal("0", lake[6]); // a replay that cut a session differently would show as two overlapping sessions
        _output.WriteLine($"lake {lake[7]} actions, {lake[8]} repeated, {lake[9]} key presses in actions of {lake[10]} in events, {lake[11]} outside their session ({lake[12]} of them without a session row)");
        Assert.NotEqual("0", lake[7]);
        Assert.Equal("0", lake[8]);  // an action repeated by a resumed processor
        Assert.Equal(lake[10], lake[9]); // every key press in exactly one action, across both crashes (reducer state restored)
        // Every action inside its session's time range. Known to fail now and then on this broker: a killed run that
        // closed a session by the wall clock and its replay that did not are both visible (docs/processing.md, exactly once).
        Assert.True(lake[11] == "0", $"{lake[11]} actions outside their session's time range, {lake[12]} of them without a session row");

        broker.Signal(15);
        Assert.Equal(0, broker.WaitForExit(s_timeout));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // a killed child may still be closing a file; the temp folder goes eventually
        }
    }

    private static string Field(string output, string prefix)
    {
        foreach (string line in output.Split('\n', StringSplitOptions.TrimEntries))
        {
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                return line[prefix.Length..];
            }
        }

        throw new InvalidOperationException($"no '{prefix}' line in:\n{output}");
    }

    /// <summary>The sum of the clean topic's partitions' end offsets (records written, committed or not).</summary>
    private static long CleanTopicEnd(string bootstrap)
    {
        var settings = new KafkaClientSettings { BootstrapServers = bootstrap };
        using IConsumer<Ignore, byte[]> consumer = new ConsumerBuilder<Ignore, byte[]>(settings.CreateConsumerConfig("crash-test-watermarks")).Build();
        using IAdminClient admin = new DependentAdminClientBuilder(consumer.Handle).Build();
        string topic = new TopicNames().Clean;
        TopicMetadata metadata = admin.GetMetadata(topic, TimeSpan.FromSeconds(10)).Topics[0];
        long end = 0;
        foreach (PartitionMetadata partition in metadata.Partitions)
        {
            end += consumer.QueryWatermarkOffsets(new TopicPartition(topic, partition.PartitionId), TimeSpan.FromSeconds(10)).High.Value;
        }

        return end;
    }

    /// <summary>Every event in the clean topic as a read_committed reader sees it, and how many distinct (device, seq).</summary>
    private static (long Events, long Distinct) CountCleanTopic(string bootstrap)
    {
        var settings = new KafkaClientSettings { BootstrapServers = bootstrap };
        ConsumerConfig config = settings.CreateConsumerConfig($"crash-test-{Guid.NewGuid():N}");
        config.AutoOffsetReset = AutoOffsetReset.Earliest;
        config.EnablePartitionEof = true;
        string topic = new TopicNames().Clean;
        using IConsumer<Ignore, byte[]> consumer = new ConsumerBuilder<Ignore, byte[]>(config).Build();
        using IAdminClient admin = new DependentAdminClientBuilder(consumer.Handle).Build();
        List<PartitionMetadata> partitions = admin.GetMetadata(topic, TimeSpan.FromSeconds(10)).Topics[0].Partitions;
        consumer.Assign(partitions.ConvertAll(p => new TopicPartitionOffset(topic, p.PartitionId, Offset.Beginning)));
        var seen = new HashSet<(string Device, long Seq)>();
        var batch = new EventBatch();
        long events = 0;
        int ended = 0;
        DateTime deadline = DateTime.UtcNow + s_timeout;
        while (ended < partitions.Count && DateTime.UtcNow < deadline)
        {
            ConsumeResult<Ignore, byte[]>? result = consumer.Consume(TimeSpan.FromMilliseconds(500));
            if (result is null)
            {
                continue;
            }

            if (result.IsPartitionEOF)
            {
                ended++;
                continue;
            }

            Assert.True(CleanBatchCodec.TryRead(result.Message.Value, batch, out DecodeError error), error.Reason);
            foreach (ref readonly InteractionEvent e in batch.Events)
            {
                events++;
                seen.Add((batch.Device, e.Seq));
            }
        }

        Assert.True(ended == partitions.Count, "the clean topic was not read to its end");
        return (events, seen.Count);
    }

    private string Run(string[] args)
    {
        using PipelineProcess process = PipelineProcess.Start(args, State, _environment);
        int exit = process.WaitForExit(s_timeout);
        Assert.True(exit == 0, $"pipeline {string.Join(' ', args)} exited {exit}\nstdout:\n{process.StandardOutput}\nstderr:\n{process.StandardError}");
        return process.StandardOutput;
    }
}
