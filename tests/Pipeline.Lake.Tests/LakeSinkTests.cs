using Confluent.Kafka;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Kafka;
using Pipeline.Lake.Sink;
using Pipeline.TestSupport;

namespace Pipeline.Lake.Tests;

public sealed class LakeSinkTests : IClassFixture<BrokerFixture>, IDisposable
{
    private readonly BrokerFixture _broker;
    private readonly TempLake _lake = new();
    private readonly TopicNames _topics;

    public LakeSinkTests(BrokerFixture broker)
    {
        _broker = broker;
        _topics = new TopicNames
        {
            Clean = broker.CreateTopic("clean", partitions: 3),
            Sessions = broker.CreateTopic("sessions", partitions: 2),
            Idle = broker.CreateTopic("idle", partitions: 2),
            Actions = broker.CreateTopic("actions", partitions: 2),
        };
    }

    [Fact]
    public async Task RunAsync_UntilIdle_WritesExactlyTheRowsProducedInTheirHourPartitions()
    {
        int events = await ProduceAsync(people: 4, batchesEach: 5, eventsPerBatch: 40);

        LakeSink sink = await RunSinkAsync();

        Assert.Equal(events, sink.Progress.Events);
        using var duck = new DuckDb();
        string events_ = DuckDb.Scan(_lake.Root, "events");
        Assert.Equal(events, duck.Long($"SELECT count(*) FROM {events_}"));
        Assert.Equal(events, duck.Long($"SELECT count(DISTINCT (device, seq)) FROM {events_}"));
        Assert.Equal(0, duck.Long($"SELECT count(*) FROM {events_} WHERE hour <> hour(event_time) OR date <> CAST(event_time AS DATE)"));
        Assert.Equal(2, duck.Long($"SELECT count(DISTINCT hour) FROM {events_}"));
        Assert.Equal(4, duck.Long($"SELECT count(*) FROM {DuckDb.Scan(_lake.Root, "sessions")}"));
        Assert.Equal(4, duck.Long($"SELECT count(*) FROM {DuckDb.Scan(_lake.Root, "idle_periods")}"));
        Assert.Equal("inactivity", duck.Scalar($"SELECT DISTINCT reason FROM {DuckDb.Scan(_lake.Root, "idle_periods")}"));
        Assert.Equal(9.5, duck.Scalar($"SELECT idle_seconds FROM {DuckDb.Scan(_lake.Root, "sessions")} LIMIT 1"));
    }

    [Fact]
    public async Task RunAsync_RestartedAfterMoreRecords_WritesEachRowOnce()
    {
        int first = await ProduceAsync(people: 2, batchesEach: 3, eventsPerBatch: 30);
        await RunSinkAsync();
        int second = await ProduceAsync(people: 2, batchesEach: 2, eventsPerBatch: 30, seqBase: 1000);

        await RunSinkAsync();
        await RunSinkAsync();

        using var duck = new DuckDb();
        string events = DuckDb.Scan(_lake.Root, "events");
        Assert.Equal(first + second, duck.Long($"SELECT count(*) FROM {events}"));
        Assert.Equal(first + second, duck.Long($"SELECT count(DISTINCT (device, seq)) FROM {events}"));
        Assert.Equal(2, duck.Long($"SELECT count(*) FROM {DuckDb.Scan(_lake.Root, "sessions")}"));
    }

    [Fact]
    public async Task RunAsync_ProcessorRepeatsRecords_WritesEachRowOnceAndCountsTheRepeats()
    {
        int events = await ProduceAsync(people: 3, batchesEach: 3, eventsPerBatch: 20);
        int repeated = await ProduceAsync(people: 3, batchesEach: 3, eventsPerBatch: 20); // what a resumed processor re-sends

        LakeSink sink = await RunSinkAsync();

        Assert.Equal(events, sink.Progress.Events);
        Assert.Equal(repeated + 6, sink.Progress.DuplicatesDropped); // the events plus one session and one idle period each
        using var duck = new DuckDb();
        string scan = DuckDb.Scan(_lake.Root, "events");
        Assert.Equal(events, duck.Long($"SELECT count(*) FROM {scan}"));
        Assert.Equal(events, duck.Long($"SELECT count(DISTINCT (device, seq)) FROM {scan}"));
        Assert.Equal(3, duck.Long($"SELECT count(*) FROM {DuckDb.Scan(_lake.Root, "sessions")}"));
        Assert.Equal(3, duck.Long($"SELECT count(*) FROM {DuckDb.Scan(_lake.Root, "idle_periods")}"));
    }

    [Fact]
    public async Task RunAsync_RepeatsArriveAfterARestart_DroppedByMarksReadFromTheLake()
    {
        int first = await ProduceAsync(people: 2, batchesEach: 3, eventsPerBatch: 20);
        await RunSinkAsync();
        await ProduceAsync(people: 2, batchesEach: 3, eventsPerBatch: 20);
        int fresh = await ProduceAsync(people: 2, batchesEach: 2, eventsPerBatch: 20, seqBase: 60);

        LakeSink restarted = await RunSinkAsync();

        Assert.Equal(fresh, restarted.Progress.Events);
        Assert.Equal(first + 4, restarted.Progress.DuplicatesDropped);
        using var duck = new DuckDb();
        string scan = DuckDb.Scan(_lake.Root, "events");
        Assert.Equal(first + fresh, duck.Long($"SELECT count(*) FROM {scan}"));
        Assert.Equal(first + fresh, duck.Long($"SELECT count(DISTINCT (device, seq)) FROM {scan}"));
        Assert.Equal(2, duck.Long($"SELECT count(*) FROM {DuckDb.Scan(_lake.Root, "sessions")}"));
    }

    [Fact]
    public async Task RunAsync_ActionsProducedTwice_ActionsTableHoldsEachOnce()
    {
        using (IProducer<byte[]?, byte[]> producer = _broker.CreateProducer())
        {
            for (int round = 0; round < 2; round++) // the second round is what a resumed processor re-sends
            {
                for (int person = 1; person <= 3; person++)
                {
                    byte[] key = System.Text.Encoding.UTF8.GetBytes(LakeTestData.Pseudonym(person));
                    await producer.ProduceAsync(_topics.Actions, new Message<byte[]?, byte[]> { Key = key, Value = LakeTestData.Encode(LakeTestData.Actions(person, 0, LakeTestData.BaseMicros)) });
                }
            }
        }

        LakeSink sink = await RunSinkAsync();

        Assert.Equal(15, sink.Progress.Actions);
        Assert.Equal(15, sink.Progress.DuplicatesDropped);
        using var duck = new DuckDb();
        string scan = DuckDb.Scan(_lake.Root, "actions");
        Assert.Equal(15, duck.Long($"SELECT count(DISTINCT (device, seq_first)) FROM {scan}"));
        Assert.Equal(15, duck.Long($"SELECT count(*) FROM {scan}"));
        Assert.Equal(3, duck.Long($"SELECT count(*) FROM {scan} WHERE action = 'click' AND len(pre_move_path) = 3"));
    }

    [Fact]
    public async Task RunAsync_AfterCommits_GroupOffsetsShowNoLagForMonitoring()
    {
        await ProduceAsync(people: 3, batchesEach: 2, eventsPerBatch: 10);
        string group = BrokerFixture.UniqueGroup("sink");

        await RunSinkAsync(o => o with { GroupId = group });

        using IConsumer<byte[]?, byte[]> reader = new ConsumerBuilder<byte[]?, byte[]>(_broker.Settings.CreateConsumerConfig(group)).Build();
        long checkedRecords = 0;
        foreach (int partition in _broker.Partitions(_topics.Clean))
        {
            var tp = new TopicPartition(_topics.Clean, partition);
            long end = reader.QueryWatermarkOffsets(tp, TimeSpan.FromSeconds(10)).High.Value;
            long committed = reader.Committed([tp], TimeSpan.FromSeconds(10))[0].Offset.Value;
            Assert.True(end == 0 || committed == end, $"partition {partition}: committed {committed}, end {end}");
            checkedRecords += end;
        }

        Assert.Equal(6, checkedRecords);
    }

    [Fact]
    public async Task RunAsync_SmallFileLimit_RollsBySizeIntoContiguousOffsetRanges()
    {
        int events = await ProduceAsync(people: 1, batchesEach: 10, eventsPerBatch: 10, startMicros: LakeTestData.BaseMicros + 10_000_000);

        await RunSinkAsync(o => o with { MaxRowsPerFile = 25 });

        string[] files = _lake.Files("events");
        Assert.True(files.Length >= 4, $"expected several files, got {files.Length}");
        var ranges = files.Select(f => { Storage.LakeFileName.TryParse(Path.GetFileName(f), out Storage.LakeFileName n, out _); return n; })
            .OrderBy(n => n.FirstOffset).ToList();
        for (int i = 1; i < ranges.Count; i++)
        {
            Assert.Equal(ranges[i - 1].LastOffset + 1, ranges[i].FirstOffset);
        }

        using var duck = new DuckDb();
        Assert.Equal(events, duck.Long($"SELECT count(*) FROM {DuckDb.Scan(_lake.Root, "events")}"));
    }

    [Fact]
    public async Task RunAsync_LakeClaimsOffsetsKafkaNoLongerHas_StopsWithOffsetOutOfRange()
    {
        await ProduceAsync(people: 1, batchesEach: 1, eventsPerBatch: 5);
        // A lake that already holds offsets up to 1000 of partition 0: the next offset is beyond the log.
        string directory = Path.Combine(_lake.Root, "events", "date=2026-03-01", "hour=09");
        Directory.CreateDirectory(directory);
        await File.WriteAllBytesAsync(Path.Combine(directory, $"{_topics.Clean}+0+000000000990-000000001000.parquet"), []);

        LakeSinkException error = await Assert.ThrowsAsync<LakeSinkException>(() => RunSinkAsync());

        Assert.Contains("out of range", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task RunAsync_RowsWaiting_LagGaugeOfItsGroupOnTheSinksClockUntilTheRunEnds()
    {
        await ProduceAsync(people: 1, batchesEach: 1, eventsPerBatch: 10);
        var time = new ManualTime();
        LakeSinkOptions options = Options() with { UntilIdle = null };
        var sink = new LakeSink(options, _broker.Settings, NullLoggerFactory.Instance, time);
        using var lag = new GaugeReader("pipeline_sink_lag_seconds", "consumergroup");
        Assert.DoesNotContain(options.GroupId, lag.Read().Keys);
        using var stop = new CancellationTokenSource();

        Task running = sink.RunAsync(stop.Token);
        await Eventually.TrueAsync(() => sink.Progress.BufferedRows > 0, "the sink to buffer the rows");
        time.Advance(TimeSpan.FromSeconds(42)); // less than the flush interval: the rows keep waiting

        Assert.Equal(42, lag.Read()[options.GroupId]);
        await stop.CancelAsync();
        await running;
        Assert.DoesNotContain(options.GroupId, lag.Read().Keys);
        Assert.Equal(10, sink.Progress.Events);
    }

    [Fact]
    public void Constructor_RawOrDeadLetterTopicAsInput_Refused()
    {
        LakeSinkOptions options = Options() with { Topics = _topics with { Clean = _topics.Raw } };

        ArgumentException error = Assert.Throws<ArgumentException>(() => new LakeSink(options, _broker.Settings, NullLoggerFactory.Instance, TimeProvider.System));

        Assert.Contains("never reads", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new LakeSink(Options() with { Topics = _topics with { Sessions = _topics.DeadLetter } }, _broker.Settings, NullLoggerFactory.Instance, TimeProvider.System));
    }

    private LakeSinkOptions Options() => new()
    {
        Lake = _lake.Root,
        Topics = _topics,
        GroupId = BrokerFixture.UniqueGroup("sink"),
        UntilIdle = TimeSpan.FromSeconds(1.5),
        TopicWaitTimeout = TimeSpan.FromSeconds(5),
    };

    private async Task<LakeSink> RunSinkAsync(Func<LakeSinkOptions, LakeSinkOptions>? adjust = null)
    {
        LakeSinkOptions options = Options();
        var sink = new LakeSink(adjust is null ? options : adjust(options), _broker.Settings, NullLoggerFactory.Instance, TimeProvider.System);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await sink.RunAsync(timeout.Token);
        Assert.False(timeout.IsCancellationRequested, "the sink should stop by itself once idle");
        return sink;
    }

    /// <summary>Produces batches for each person (keyed by pseudonym) plus one session and one idle period each; returns the events.</summary>
    private async Task<int> ProduceAsync(int people, int batchesEach, int eventsPerBatch, long seqBase = 0, long? startMicros = null)
    {
        int events = 0;
        using IProducer<byte[]?, byte[]> producer = _broker.CreateProducer();
        for (int person = 1; person <= people; person++)
        {
            byte[] key = System.Text.Encoding.UTF8.GetBytes(LakeTestData.Pseudonym(person));
            long time = startMicros ?? LakeTestData.BaseMicros;
            for (int b = 0; b < batchesEach; b++)
            {
                long seq = seqBase + (b * eventsPerBatch);
                var batch = LakeTestData.Batch(person, seq, time + (seq * 20_000L), eventsPerBatch);
                await producer.ProduceAsync(_topics.Clean, new Message<byte[]?, byte[]> { Key = key, Value = LakeTestData.Encode(batch) });
                events += eventsPerBatch;
            }

            if (seqBase == 0) // sessions and idle periods only with the first batches (seqBase 0 again means a repeat)
            {
                await producer.ProduceAsync(_topics.Sessions, new Message<byte[]?, byte[]> { Key = key, Value = LakeTestData.Encode(LakeTestData.Session(person, time)) });
                await producer.ProduceAsync(_topics.Idle, new Message<byte[]?, byte[]> { Key = key, Value = LakeTestData.Encode(LakeTestData.Idle(person, time)) });
            }
        }

        return events;
    }

    public void Dispose() => _lake.Dispose();
}
