using System.Diagnostics;
using Confluent.Kafka;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging;
using Pipeline.Kafka;
using Pipeline.Telemetry;
using Pipeline.Lake.Storage;
using Pipeline.Lake.Tables;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;

namespace Pipeline.Lake.Sink;

/// <summary>
/// Reads the clean, sessions, idle and actions topics (read_committed) and writes them to the lake exactly once.
/// Where to resume comes from the lake itself: each file's name carries the topic, partition and offset range it
/// holds (as Kafka Connect's S3 sink does), so a crash at any point neither loses nor repeats a row, whatever the
/// consumer group's offsets say. Those are committed too, after each file set, for lag monitoring only.
/// </summary>
/// <remarks>
/// One instance reads every partition of the four topics (manual assignment): no group rebalance can hand a
/// partition to a second writer halfway through a file set. Run one sink per lake.
/// </remarks>
public sealed class LakeSink
{
    private static readonly KeyValuePair<string, object?> s_role = new("role", "sink");
    private static readonly KeyValuePair<string, object?> s_eventsTable = new("table", LakeLayout.TableName(LakeTable.Events));
    private static readonly KeyValuePair<string, object?> s_sessionsTable = new("table", LakeLayout.TableName(LakeTable.Sessions));
    private static readonly KeyValuePair<string, object?> s_idleTable = new("table", LakeLayout.TableName(LakeTable.IdlePeriods));
    private static readonly KeyValuePair<string, object?> s_actionsTable = new("table", LakeLayout.TableName(LakeTable.Actions));

    private readonly LakeSinkOptions _options;
    private readonly ConsumerConfig _consumerConfig;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly LakeLayout _layout;
    private readonly Dictionary<(string Topic, int Partition), PartitionBuffer> _buffers = [];
    private readonly EventBatch _batch = new();
    private readonly ActionBatch _actions = new();

    /// <summary>How long the sink's consumer waits before fetching again when its prefetch queue is full (ms).</summary>
    internal const int SinkFetchQueueBackoffMs = 10;

    /// <summary>Creates a sink; nothing connects or touches the disk until <see cref="RunAsync"/>.</summary>
    /// <param name="options">What to read and how to roll files; validated here.</param>
    /// <param name="kafka">How to reach Kafka; the sink's consumer comes from <see cref="KafkaClientSettings.CreateConsumerConfig"/>
    /// (read_committed, no auto-commit, <c>auto.offset.reset=error</c>).</param>
    /// <param name="loggerFactory">Logs; never given event content or raw ids.</param>
    /// <param name="time">The clock for rolling files by age and for <see cref="LakeSinkOptions.UntilIdle"/>.</param>
    public LakeSink(LakeSinkOptions options, KafkaClientSettings kafka, ILoggerFactory loggerFactory, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(kafka);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        ArgumentNullException.ThrowIfNull(time);
        options.Validate();
        kafka.Validate();
        _options = options;
        _time = time;
        _logger = loggerFactory.CreateLogger<LakeSink>();
        _layout = new LakeLayout(options.Lake);
        _consumerConfig = kafka.CreateConsumerConfig(options.GroupId);
        _consumerConfig.EnablePartitionEof = false;

        // With its prefetch queue full the sink is behind, and librdkafka's broker thread re-checks the queue when
        // the backoff ends: at the shared setting's 0 ms it spins (mutex, clock, poll) on a core the sink itself
        // needs to catch up, the busiest thread of the bench's profile while the sink lagged. 10 ms is nothing next
        // to the 16 MiB already queued or the sink's flush interval.
        _consumerConfig.FetchQueueBackoffMs = SinkFetchQueueBackoffMs;
        Progress = new LakeSinkProgress(time);
    }

    /// <summary>Running totals, for a progress view or a summary.</summary>
    public LakeSinkProgress Progress { get; }

    /// <summary>The lake's layout (root, table folders).</summary>
    public LakeLayout Layout => _layout;

    /// <summary>
    /// Runs until <paramref name="cancellationToken"/> is cancelled or, with <see cref="LakeSinkOptions.UntilIdle"/>,
    /// until nothing new has arrived for that long. Either way every row read is written out before it returns.
    /// While it runs, <c>pipeline_sink_lag_seconds</c> reports <see cref="LakeSinkProgress.LagSeconds"/>.
    /// Throws <see cref="LakeSinkException"/> when continuing would lose data (an offset out of range, a record it
    /// cannot decode).
    /// </summary>
    public Task RunAsync(CancellationToken cancellationToken) =>
        Task.Factory.StartNew(() => Run(cancellationToken), cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private void Run(CancellationToken cancellationToken)
    {
        // The lag gauge lives as long as the run: a sink that is not running has no rows waiting on it.
        using IDisposable lagGauge = PipelineMetrics.TrackSinkLag(_options.GroupId, () => Progress.LagSeconds);
        RecoveryResult recovery = LakeRecovery.Recover(_layout);
        LakeLog.Recovered(_logger, _layout.Root, recovery.CommittedFiles, recovery.RolledForward, recovery.RolledBack);

        Error? fatal = null;
        using IConsumer<Ignore, byte[]?> consumer = new ConsumerBuilder<Ignore, byte[]?>(_consumerConfig)
            .SetErrorHandler((_, e) =>
            {
                LakeLog.KafkaError(_logger, e.Reason);
                if (e.IsFatal)
                {
                    fatal = e;
                }
            })
            .Build();

        consumer.Assign(StartPositions(consumer, recovery, cancellationToken));
        long lastActivity = _time.GetTimestamp();
        int bufferedRows = 0;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                if (fatal is { } error)
                {
                    throw new LakeSinkException($"Kafka client failed: {error.Reason}");
                }

                ConsumeResult<Ignore, byte[]?>? result = Consume(consumer);
                long now = _time.GetTimestamp();
                if (result is not null && result.Message is not null)
                {
                    lastActivity = now;
                    PartitionBuffer buffer = Append(result);
                    Progress.AddRecord();
                    bufferedRows = CountBuffered();
                    if (buffer.Rows >= _options.MaxRowsPerFile || buffer.Hours > _options.MaxHoursPerFileSet)
                    {
                        bufferedRows -= Commit(consumer, buffer, "size");
                    }

                    while (bufferedRows > _options.MaxBufferedRows)
                    {
                        bufferedRows -= Commit(consumer, Fullest(), "memory");
                    }
                }

                bufferedRows -= CommitAged(consumer, now);
                Progress.SetBuffered(bufferedRows);
                if (_options.UntilIdle is { } idle && _time.GetElapsedTime(lastActivity, now) >= idle)
                {
                    CommitAll(consumer, "idle");
                    LakeLog.Idle(_logger, idle.TotalSeconds);
                    break;
                }
            }

            // A clean stop writes out what was read, so a restart has nothing to read twice.
            CommitAll(consumer, "stop");
            Progress.SetBuffered(0);
        }
        finally
        {
            consumer.Close();
        }
    }

    private ConsumeResult<Ignore, byte[]?>? Consume(IConsumer<Ignore, byte[]?> consumer)
    {
        try
        {
            return consumer.Consume(_options.PollTimeout);
        }
        catch (ConsumeException ex) when (ex.Error.Code is ErrorCode.OffsetOutOfRange or ErrorCode.Local_AutoOffsetReset)
        {
            throw new LakeSinkException(
                $"offset out of range on {ex.ConsumerRecord?.TopicPartitionOffset.ToString() ?? "an input partition"}: the records the lake needs next are gone from Kafka (retention or a lagging sink); stopping rather than skipping them",
                ex);
        }
        catch (ConsumeException ex)
        {
            throw new LakeSinkException($"consuming failed: {ex.Error.Reason}", ex) { IsTransient = !ex.Error.IsFatal };
        }
    }

    private List<TopicPartitionOffset> StartPositions(IConsumer<Ignore, byte[]?> consumer, RecoveryResult recovery, CancellationToken cancellationToken)
    {
        var positions = new List<TopicPartitionOffset>();
        using IAdminClient admin = new DependentAdminClientBuilder(consumer.Handle).Build();
        using var duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        foreach ((string topic, LakeTable table) in InputTopics())
        {
            foreach (int partition in PartitionsOf(admin, topic, cancellationToken))
            {
                long? next = recovery.NextOffset(topic, partition);
                positions.Add(new TopicPartitionOffset(topic, partition, next is { } n ? new Offset(n) : Offset.Beginning));
                LakeLog.Resuming(_logger, topic, partition, next?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "beginning", next is null ? "nothing in the lake yet" : "end of the lake");
                var replays = new ReplayFilter(_options.ReplayHorizonRecords, _options.MaxReplayIds);
                if (next is { } resume)
                {
                    List<string> files = recovery.FilesFrom(topic, partition, resume - _options.ReplayHorizonRecords);
                    replays.Load(duck, table, files, resume);
                    LakeLog.ReplayMarksLoaded(_logger, topic, partition, replays.Count, files.Count);
                }

                _buffers[(topic, partition)] = new PartitionBuffer(topic, partition, table, replays);
            }
        }

        return positions;
    }

    private (string Topic, LakeTable Table)[] InputTopics() =>
    [
        (_options.Topics.Clean, LakeTable.Events),
        (_options.Topics.Sessions, LakeTable.Sessions),
        (_options.Topics.Idle, LakeTable.IdlePeriods),
        (_options.Topics.Actions, LakeTable.Actions),
    ];

    private List<int> PartitionsOf(IAdminClient admin, string topic, CancellationToken cancellationToken)
    {
        long started = _time.GetTimestamp();
        bool logged = false;
        while (true)
        {
            Metadata metadata = admin.GetMetadata(topic, TimeSpan.FromSeconds(5));
            TopicMetadata? found = metadata.Topics.Find(t => t.Topic == topic);
            if (found is not null && found.Error.Code == ErrorCode.NoError && found.Partitions.Count > 0)
            {
                return found.Partitions.ConvertAll(p => p.PartitionId);
            }

            if (_time.GetElapsedTime(started) > _options.TopicWaitTimeout)
            {
                throw new LakeSinkException($"topic {topic} does not exist (waited {_options.TopicWaitTimeout.TotalSeconds:0} s)") { IsTransient = true };
            }

            if (!logged)
            {
                LakeLog.WaitingForTopic(_logger, topic);
                logged = true;
            }

            cancellationToken.WaitHandle.WaitOne(TimeSpan.FromMilliseconds(500));
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private PartitionBuffer Append(ConsumeResult<Ignore, byte[]?> result)
    {
        string topic = result.Topic;
        int partition = result.Partition.Value;
        long offset = result.Offset.Value;
        if (!_buffers.TryGetValue((topic, partition), out PartitionBuffer? buffer))
        {
            // Defence in depth: only the four assigned topics can arrive here, never raw or dead-letter data.
            throw new LakeSinkException($"record from unexpected topic {topic}[{partition}]; the lake takes only the clean, sessions, idle and actions topics");
        }

        buffer.NoteOffset(offset, _time.GetTimestamp());
        byte[]? value = result.Message.Value;
        if (value is null)
        {
            return buffer; // a tombstone carries no row
        }

        DecodeError error;
        switch (buffer.Table)
        {
            case LakeTable.Events:
                if (!CleanBatchCodec.TryRead(value, _batch, out error))
                {
                    throw Undecodable(topic, partition, offset, error);
                }

                int repeats = buffer.AppendEvents(_batch, offset);
                PipelineMetrics.EventsIn.Add(_batch.Count - repeats, s_role);
                if (repeats > 0)
                {
                    LakeLog.RepeatsDropped(_logger, "events", topic, partition, offset, repeats);
                    Progress.AddDuplicates(repeats);
                    PipelineMetrics.SinkDuplicatesDropped.Add(repeats, s_eventsTable);
                }

                break;
            case LakeTable.Sessions:
                if (!SessionSummaryCodec.TryRead(value, out SessionSummary? session, out error))
                {
                    throw Undecodable(topic, partition, offset, error);
                }

                if (!buffer.Append(session, offset))
                {
                    Progress.AddDuplicates(1);
                    PipelineMetrics.SinkDuplicatesDropped.Add(1, s_sessionsTable);
                }

                break;
            case LakeTable.IdlePeriods:
                if (!IdlePeriodCodec.TryRead(value, out IdlePeriod? idle, out error))
                {
                    throw Undecodable(topic, partition, offset, error);
                }

                if (!buffer.Append(idle, offset))
                {
                    Progress.AddDuplicates(1);
                    PipelineMetrics.SinkDuplicatesDropped.Add(1, s_idleTable);
                }

                break;
            case LakeTable.Actions:
                if (!ActionBatchCodec.TryRead(value, _actions, out error))
                {
                    throw Undecodable(topic, partition, offset, error);
                }

                int repeatedActions = buffer.AppendActions(_actions, offset);
                if (repeatedActions > 0)
                {
                    LakeLog.RepeatsDropped(_logger, "actions", topic, partition, offset, repeatedActions);
                    Progress.AddDuplicates(repeatedActions);
                    PipelineMetrics.SinkDuplicatesDropped.Add(repeatedActions, s_actionsTable);
                }

                break;
            default:
                throw new UnreachableException();
        }

        return buffer;
    }

    private static LakeSinkException Undecodable(string topic, int partition, long offset, DecodeError error) =>
        new($"record {topic}[{partition}]@{offset} cannot be decoded ({error.Reason}: {error.Detail}); the processor wrote it, so this build is older than the writer's schema: stopping rather than skipping it");

    private int CountBuffered()
    {
        int rows = 0;
        foreach (PartitionBuffer buffer in _buffers.Values)
        {
            rows += buffer.Rows;
        }

        return rows;
    }

    private PartitionBuffer Fullest()
    {
        PartitionBuffer? fullest = null;
        foreach (PartitionBuffer buffer in _buffers.Values)
        {
            if (fullest is null || buffer.Rows > fullest.Rows)
            {
                fullest = buffer;
            }
        }

        return fullest!;
    }

    private int CommitAged(IConsumer<Ignore, byte[]?> consumer, long now)
    {
        int committed = 0;
        foreach (PartitionBuffer buffer in _buffers.Values)
        {
            if (!buffer.IsEmpty && _time.GetElapsedTime(buffer.OpenedAt, now) >= _options.FlushInterval)
            {
                committed += Commit(consumer, buffer, "age");
            }
        }

        return committed;
    }

    private void CommitAll(IConsumer<Ignore, byte[]?> consumer, string reason)
    {
        foreach (PartitionBuffer buffer in _buffers.Values)
        {
            if (!buffer.IsEmpty)
            {
                Commit(consumer, buffer, reason);
            }
        }
    }

    /// <summary>Writes the buffer's file set, then tells the group (for lag only). Returns the rows written.</summary>
    private int Commit(IConsumer<Ignore, byte[]?> consumer, PartitionBuffer buffer, string reason)
    {
        int rows = buffer.Rows;
        LakeFileName name = buffer.FileName;
        (long bytes, int files) = rows > 0 ? FileSetWriter.Commit(buffer, _layout, _options.Parquet) : (0L, 0);
        Progress.AddCommitted(buffer.Table, rows, files, bytes);
        string table = LakeLayout.TableName(buffer.Table);
        if (files > 0)
        {
            PipelineMetrics.LakeFiles.Add(files, new KeyValuePair<string, object?>("table", table));
        }

        if (buffer.Table == LakeTable.Events)
        {
            PipelineMetrics.EventsOut.Add(rows, s_role);
        }

        LakeLog.Committed(_logger, table, name.Topic, name.Partition, name.FirstOffset, name.LastOffset, rows, files, bytes, reason);
        buffer.Reset();
        try
        {
            consumer.Commit([new TopicPartitionOffset(name.Topic, name.Partition, name.LastOffset + 1)]);
        }
        catch (KafkaException ex)
        {
            // Correctness rests on the lake's file names; the group offset only feeds lag dashboards.
            LakeLog.GroupCommitFailed(_logger, ex.Error.Reason);
        }

        return rows;
    }
}
