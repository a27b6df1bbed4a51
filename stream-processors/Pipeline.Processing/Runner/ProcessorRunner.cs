using System.Runtime.ExceptionServices;
using Confluent.Kafka;
using Microsoft.Extensions.Logging;
using Pipeline.Privacy;
using Pipeline.Kafka;
using Pipeline.Kafka.Records;
using Pipeline.Processing.Consent;
using Pipeline.Privacy.Pseudonyms;
using Pipeline.Processing.Shredding;
using Pipeline.Telemetry;

namespace Pipeline.Processing.Runner;

/// <summary>
/// The exactly-once stream processor: consumes the raw topic as a member of a consumer group, and the whole consent
/// and keys topics as tables; per raw partition it opens (decrypts under the person's data key), decodes, enforces
/// consent and the app gate, scrubs, sessionizes and detects idle, then produces clean events, session summaries, idle
/// periods, dead letters, the person secrets it made, the state changes and the position in the instance's one open
/// Kafka transaction (<see cref="InstanceTransaction"/>), which every partition with work joins. On assignment a
/// partition's state and position come back from the changelog (<see cref="Pipeline.Kafka.TopicNames.ProcessorState"/>,
/// same partition number), never from the group's offsets.
/// </summary>
/// <remarks>
/// <para>Threads and clients do not grow with the partition count: one consumer for the raw topic, one reader each of
/// the consent and keys topics and one transactional producer per instance, all driven from one loop thread.</para>
/// <para>Errors are branched on in one place (<see cref="KafkaErrorClassifier"/>): a transaction that must abort is
/// aborted and every partition in it rewound to its last committed state; a fatal error (fenced, data gone because an offset
/// fell out of range, not authorised) stops the run, which then faults with a <see cref="ProcessorStoppedException"/>
/// saying why and whether a restart can help (classified in one place, <c>ProcessorStopClassifier</c>).</para>
/// <para>Every decision in time (transaction age, the punctuation, until-idle, the deadlines of restoring and of
/// loading consent) is taken on the injected <see cref="TimeProvider"/>: its timestamps for intervals, its wall clock
/// for sessions. Only waits are real time: inside librdkafka's calls (a consume's poll timeout) and the retry backoff.</para>
/// </remarks>
public sealed class ProcessorRunner
{
    private static readonly KeyValuePair<string, object?> s_person = new("kind", "person");

    private readonly ProcessorOptions _options;
    private readonly KafkaClientSettings _kafka;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Dictionary<int, PartitionWork> _partitions = [];
    private readonly List<PartitionWork> _aborted = [];
    private readonly List<PartitionWork> _sealing = [];
    private readonly RecordBytesDeserializer _keys = new(new RecordBytes(256));
    private readonly RecordBytesDeserializer _values = new();
    private LoopSchedule? _schedule;
    private Pseudonymizer? _pseudonymizer;
    private Redactor? _redactor;
    private ConsentTable? _consent;
    private KeysTable? _keysTable;
    private KeysTopicReader? _keysReader;
    private int _keysPartitions;
    private readonly List<PersonSecret> _erased = [];
    private int _rawPartitions;

    /// <summary>
    /// Unreadable consent records not yet known to be dead-lettered. Every instance reads the whole consent topic; the
    /// owner of raw partition (consent partition mod raw partitions) dead-letters a record, once, with a mark in its
    /// changelog. A record stays here until that owner's mark has passed it in a committed transaction, or, for
    /// partitions another instance owns, until the bound drops the oldest (their owner has its own list).
    /// </summary>
    private readonly List<ConsentLetter> _consentLetters = [];

    /// <summary>A bound on <see cref="_consentLetters"/>: a flood of garbage must not grow memory without end.</summary>
    private const int MaxConsentLetters = 10_000;
    private InstanceTransaction? _transaction;

    // Set once a clean stop has handed its work over, just before the consumer leaves the group: the revoke that
    // Close() then calls back has nothing left to commit, and librdkafka's group metadata may be gone by then (reading
    // it during Close() crashed the process in librdkafka's consumer_group_metadata_write on the embedded broker).
    private bool _handedOverForClose;

    public ProcessorRunner(ProcessorOptions options, KafkaClientSettings kafka, ILoggerFactory loggerFactory, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(kafka);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        ArgumentNullException.ThrowIfNull(time);
        options.Validate();
        kafka.Validate();
        _options = options;
        _kafka = kafka;
        _time = time;
        _logger = loggerFactory.CreateLogger("Pipeline.Processing");
    }

    /// <summary>Live counters, readable from any thread.</summary>
    public ProcessorProgress Progress { get; } = new();

    /// <summary>Runs until <paramref name="cancellationToken"/> is cancelled, committing finished work on the way out.</summary>
    public Task RunAsync(CancellationToken cancellationToken) => RunAsync(null, cancellationToken);

    /// <summary>
    /// Runs until cancelled or, with <paramref name="untilIdle"/>, until that long has passed on the
    /// <see cref="TimeProvider"/> with no record consumed and nothing closed by the punctuation. Completes normally
    /// then; on an error it faults with a <see cref="ProcessorStoppedException"/> whose inner exception is the cause.
    /// </summary>
    public Task RunAsync(TimeSpan? untilIdle, CancellationToken cancellationToken)
    {
        if (untilIdle is { } idle && idle <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(untilIdle), "until-idle must be positive");
        }

        // librdkafka's calls block: the loop gets a thread of its own rather than a pool thread.
        return Task.Factory.StartNew(() => Run(untilIdle, cancellationToken), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    private long WallMicros() => _time.GetUtcNow().ToUnixTimeMilliseconds() * 1000;

    private void Run(TimeSpan? untilIdle, CancellationToken cancellationToken)
    {
        _pseudonymizer = new Pseudonymizer(_options.Pseudonyms);
        _redactor = new Redactor();
        _consent = new ConsentTable();
        _schedule = new LoopSchedule(_time, _options.PunctuationInterval, untilIdle);
        TopicNames topics = _options.Topics;
        ProcessorLog.Started(_logger, _options.GroupId, topics.Raw, topics.Consent);
        try
        {
            _rawPartitions = PartitionCount(topics.Raw);
            using IConsumer<byte[]?, byte[]?> consentReader = OpenConsentReader();
            LoadConsent(consentReader, waitForEnd: true);
            ProcessorLog.ConsentLoaded(_logger, _consent.Count, _consent.UnreadableSubjects);
            using KeysTable keys = _keysTable = new KeysTable(_options.Unsealing);
            _keysPartitions = PartitionCount(topics.Keys);
            using KeysTopicReader keysReader = _keysReader = new KeysTopicReader(_kafka, _options, _keysPartitions, keys, _time);
            keysReader.CatchUp();
            ProcessorLog.KeysLoaded(_logger, keys.DataKeys, keys.PersonSecrets);

            using var transaction = new InstanceTransaction(_options.TransactionalIdFor(Guid.NewGuid().ToString("N")), _options, _kafka, _time, Progress);
            _transaction = transaction;
            _handedOverForClose = false;
            ConsumerConfig config = _kafka.CreateConsumerConfig(_options.GroupId);
            if (_options.InstanceId is { } instanceId)
            {
                config.GroupInstanceId = instanceId;
            }

            // The loop needs key, value, partition and offset: no headers, timestamps or topic names marshalled per record.
            config.ConsumeResultFields = "none";
            using IConsumer<RecordBytes, RecordBytes> consumer = new ConsumerBuilder<RecordBytes, RecordBytes>(config)
                .SetKeyDeserializer(_keys)
                .SetValueDeserializer(_values)
                .SetPartitionsAssignedHandler((c, assigned) => OnAssigned(assigned))
                .SetPartitionsRevokedHandler((c, revoked) => OnRevoked(c, revoked))
                .SetPartitionsLostHandler((c, lost) => OnLost(c, lost))
                .Build();
            consumer.Subscribe(topics.Raw);
            try
            {
                Loop(consumer, consentReader, _schedule, untilIdle, cancellationToken);
            }
            finally
            {
                // A clean stop hands finished work over: commit what is open, seal, then leave the group.
                HandOver(consumer, [.. _partitions.Values]);
                _handedOverForClose = true;
                consumer.Close();
                _partitions.Clear();
                Progress.SetAssigned(0);
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            ProcessorStoppedException stop = ProcessorStopClassifier.Classify(ex);
            ProcessorLog.Fatal(_logger, stop.Reason, stop.RestartCanHelp, stop.Message, ex);
            _partitions.Clear();
            Progress.SetAssigned(0);
            if (ReferenceEquals(stop, ex))
            {
                throw;
            }

            throw stop;
        }
        finally
        {
            _transaction = null;
        }
    }

    private void Loop(IConsumer<RecordBytes, RecordBytes> consumer, IConsumer<byte[]?, byte[]?> consentReader, LoopSchedule schedule, TimeSpan? untilIdle, CancellationToken cancellationToken)
    {
        InstanceTransaction transaction = _transaction!;
        while (!cancellationToken.IsCancellationRequested)
        {
            LoadConsent(consentReader, waitForEnd: false);
            DeadLetterConsent(consumer);
            _keysReader!.Poll();
            ForwardErasures(consumer);
            ConsumeResult<RecordBytes, RecordBytes>? record = ConsumeOne(consumer);
            long now = schedule.Now();
            if (record is not null && _partitions.TryGetValue(record.Partition.Value, out PartitionWork? work))
            {
                schedule.Active(now);
                if (!ProcessGuarded(consumer, work, record.Offset.Value, WallMicros(), keysAtEnd: false) && CatchUpKeys(consumer, work))
                {
                    ProcessGuarded(consumer, work, record.Offset.Value, WallMicros(), keysAtEnd: true);
                }
            }

            // Full, nothing more ready right now, or open long enough: make the work visible downstream.
            if (transaction.IsOpen && (record is null || transaction.Full || transaction.Due(now)))
            {
                Guard(consumer, static (t, c) => t.Commit(c.ConsumerGroupMetadata), transaction, consumer);
            }

            if (schedule.PunctuationDue(now))
            {
                long wall = WallMicros();
                foreach (PartitionWork p in _partitions.Values)
                {
                    if (PunctuateGuarded(consumer, p, wall))
                    {
                        schedule.Active(now);
                    }
                }
            }

            if (schedule.IdleLongEnough(now) && !transaction.IsOpen)
            {
                ProcessorLog.IdleExit(_logger, untilIdle!.Value.TotalSeconds);
                return;
            }
        }
    }

    /// <summary>
    /// For a batch (the consumed record, in the reused value buffer) whose data key the keys table does not know:
    /// commit the instance's open transaction (so none of this instance's secret writes holds back the keys topic's
    /// end), read the keys topic to its end, and settle the key as erased if it is still missing. False when the commit
    /// failed and rewound the record's partition: the record is read again from there.
    /// </summary>
    private bool CatchUpKeys(IConsumer<RecordBytes, RecordBytes> consumer, PartitionWork work)
    {
        int rewinds = work.Rewinds;
        InstanceTransaction transaction = _transaction!;
        if (transaction.IsOpen)
        {
            Guard(consumer, static (t, c) => t.Commit(c.ConsumerGroupMetadata), transaction, consumer);
        }

        // Neither the commit nor the keys reader touches the raw consumer's buffers: the record is still there.
        _keysReader!.CatchUp();
        _keysTable!.SettleAfterCatchUp(_values.Bytes.Span);
        return work.Rewinds == rewinds;
    }

    /// <summary>
    /// People whose secret a tombstone removed: each partition forgets their state. And partitions whose restore forgot
    /// erased state (after an abort, on assignment) join the open transaction, so its tombstones are committed.
    /// </summary>
    private void ForwardErasures(IConsumer<RecordBytes, RecordBytes> consumer)
    {
        _keysTable!.TakeErased(_erased);
        foreach (PartitionWork work in _partitions.Values)
        {
            try
            {
                if (_erased.Count > 0)
                {
                    work.Erase(_erased);
                }

                work.JoinIfErasedOnRestore();
            }
            catch (KafkaException ex)
            {
                // Joining the open transaction failed: like a raw record's step, abort and rewind (whose restore
                // forgets the erased people again, from the keys table).
                Recover(consumer, ex, attempt: int.MaxValue);
            }
        }

        if (_erased.Count == 0)
        {
            return;
        }

        ProcessorLog.Erased(_logger, _erased.Count);
        Progress.AddPeopleErased(_erased.Count);
        PipelineMetrics.Erasures.Add(_erased.Count, s_person);
        _erased.Clear();
    }

    private ConsumeResult<RecordBytes, RecordBytes>? ConsumeOne(IConsumer<RecordBytes, RecordBytes> consumer)
    {
        try
        {
            return consumer.Consume(TimeSpan.FromMilliseconds(50));
        }
        catch (ConsumeException ex)
        {
            KafkaErrorAction action = KafkaErrorClassifier.Classify(ex.Error);
            if (action == KafkaErrorAction.Retry)
            {
                ProcessorLog.Retrying(_logger, ex.Error.Code.ToString());
                return null;
            }

            if (ex.Error.Code is ErrorCode.Local_AutoOffsetReset or ErrorCode.OffsetOutOfRange)
            {
                throw new ProcessorStoppedException(ProcessorStopReason.DataLost,
                    $"offset out of range on {ex.ConsumerRecord?.TopicPartitionOffset.ToString() ?? _options.Topics.Raw}: the broker no longer holds data this processor has not processed; refusing to skip it", ex);
            }

            throw;
        }
    }

    /// <summary>
    /// The per-record step under the classifier: a failure aborts and rewinds the transaction (no retry: a
    /// half-produced record is not repeatable). False only when the batch's data key is unknown and the keys topic
    /// was not just read to its end (<see cref="PartitionWork.Process"/>: nothing done).
    /// </summary>
    private bool ProcessGuarded(IConsumer<RecordBytes, RecordBytes> consumer, PartitionWork work, long offset, long wall, bool keysAtEnd)
    {
        try
        {
            return work.Process(offset, _keys.Bytes, _values.Bytes, wall, keysAtEnd);
        }
        catch (KafkaException ex)
        {
            Recover(consumer, ex, attempt: int.MaxValue);
            return true;
        }
    }

    private bool PunctuateGuarded(IConsumer<RecordBytes, RecordBytes> consumer, PartitionWork work, long wall)
    {
        try
        {
            return work.Punctuate(wall);
        }
        catch (KafkaException ex)
        {
            Recover(consumer, ex, attempt: int.MaxValue);
            return false;
        }
    }

    /// <summary>Runs one Kafka step of the transaction and applies the classifier's verdict to a failure.</summary>
    private void Guard<TState>(IConsumer<RecordBytes, RecordBytes> consumer, Action<InstanceTransaction, TState> step, InstanceTransaction transaction, TState state)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                step(transaction, state);
                return;
            }
            catch (KafkaException ex)
            {
                if (!Recover(consumer, ex, attempt))
                {
                    return;
                }

                Thread.Sleep(100 * attempt);
            }
        }
    }

    /// <summary>
    /// Applies the classifier to a failed step: true to retry it; fatal rethrows; otherwise the open transaction is
    /// aborted and every partition in it restored from the changelog and sought back (false).
    /// </summary>
    private bool Recover(IConsumer<RecordBytes, RecordBytes> consumer, KafkaException ex, int attempt)
    {
        // A call made after the transaction failed (a produce, the commit) reports only "erroneous state" (its abort
        // flag is not public in Confluent.Kafka). Aborting is then the way out: if the producer is in fact fatally
        // broken, the abort itself throws a fatal error and the processor stops.
        KafkaErrorAction action = ex.Error.Code == ErrorCode.Local_State && _transaction!.IsOpen
            ? KafkaErrorAction.AbortAndRewind
            : KafkaErrorClassifier.Classify(ex);
        if (action == KafkaErrorAction.Retry && attempt < 5)
        {
            ProcessorLog.Retrying(_logger, ex.Error.Code.ToString());
            return true;
        }

        if (action == KafkaErrorAction.Fatal)
        {
            ExceptionDispatchInfo.Throw(ex);
        }

        // Abort and rewind (or a retry that kept failing): the outputs of the attempt never become visible to
        // read_committed readers; state and position of every partition in it return to the last commit.
        _transaction!.Abort(_aborted);
        Rewind(consumer, _aborted, ex.Error.Code.ToString());
        return false;
    }

    private void Rewind(IConsumer<RecordBytes, RecordBytes> consumer, List<PartitionWork> works, string code)
    {
        if (works.Count == 0)
        {
            return;
        }

        var changelogs = new List<TopicPartition>(works.Count);
        foreach (PartitionWork work in works)
        {
            changelogs.Add(new TopicPartition(_options.Topics.ProcessorState, work.Partition));
        }

        Dictionary<int, ChangelogSnapshot> snapshots = ChangelogSnapshot.Read(_kafka, _options, _time, changelogs);
        long wall = WallMicros();
        foreach (PartitionWork work in works)
        {
            work.Restore(snapshots[work.Partition], wall);
            ProcessorLog.Aborted(_logger, work.Partition, code, work.NextOffset);
            consumer.Seek(new TopicPartitionOffset(_options.Topics.Raw, work.Partition, work.NextOffset >= 0 ? work.NextOffset : Offset.Beginning));
        }
    }

    /// <summary>
    /// Commit on revoke (and on stop): the open transaction, which holds the finished work of every partition, is
    /// committed; then the handed-over partitions are sealed in one more transaction, so the next owner restores
    /// exactly what this one finished.
    /// </summary>
    private void HandOver(IConsumer<RecordBytes, RecordBytes> consumer, List<PartitionWork> handedOver)
    {
        InstanceTransaction transaction = _transaction!;
        Guard(consumer, static (t, c) => t.Commit(c.ConsumerGroupMetadata), transaction, consumer);
        _sealing.Clear();
        foreach (PartitionWork work in handedOver)
        {
            if (work.NeedsSeal)
            {
                _sealing.Add(work);
            }
        }

        if (_sealing.Count == 0)
        {
            return;
        }

        Guard(consumer, static (t, s) =>
        {
            foreach (PartitionWork work in s.Sealing)
            {
                work.JoinToSeal();
            }

            t.Commit(s.Consumer.ConsumerGroupMetadata);
        }, transaction, (Sealing: _sealing, Consumer: consumer));
    }

    private IEnumerable<TopicPartitionOffset> OnAssigned(List<TopicPartition> assigned)
    {
        int changelogPartitions = PartitionCount(_options.Topics.ProcessorState);
        var positions = new List<TopicPartitionOffset>(assigned.Count);
        var changelogs = new List<TopicPartition>(assigned.Count);
        foreach (TopicPartition tp in assigned)
        {
            if (tp.Partition.Value >= changelogPartitions)
            {
                throw new ProcessorStoppedException(ProcessorStopReason.Misconfigured,
                    $"{_options.Topics.ProcessorState} has {changelogPartitions} partitions but {tp} was assigned: the changelog needs at least as many partitions as the raw topic", null);
            }

            _partitions[tp.Partition.Value] = new PartitionWork(tp.Partition.Value, _transaction!, _options, _kafka, _pseudonymizer!, _redactor!, _consent!,
                _keysTable!, _keysPartitions, Progress, _time, _logger);
            changelogs.Add(new TopicPartition(_options.Topics.ProcessorState, tp.Partition));
        }

        // One reader for all of them: reaching the end of a partition costs a fetch round trip, paid once. On a real
        // cluster the read waits for any open transaction on these partitions (a previous owner's) to end first.
        Dictionary<int, ChangelogSnapshot> snapshots = ChangelogSnapshot.Read(_kafka, _options, _time, changelogs);

        // The previous owners' transactions wrote their secrets with their changelog, so they have ended too; reading the
        // keys topic to its high watermark now reads every secret they committed before any of their people's batches,
        // so no person gets a second secret.
        _keysReader!.CatchUp();
        foreach (TopicPartition tp in assigned)
        {
            PartitionWork work = _partitions[tp.Partition.Value];
            work.Restore(snapshots[tp.Partition.Value], WallMicros());
            ProcessorLog.Restored(_logger, work.Partition, work.Subjects, work.OpenSessions, work.NextOffset);
            positions.Add(new TopicPartitionOffset(tp, work.NextOffset >= 0 ? new Offset(work.NextOffset) : Offset.Beginning));
        }

        Progress.SetAssigned(_partitions.Count);
        _schedule!.Rebalanced();
        return positions;
    }

    private void OnRevoked(IConsumer<RecordBytes, RecordBytes> consumer, List<TopicPartitionOffset> revoked)
    {
        var handedOver = new List<PartitionWork>(revoked.Count);
        foreach (TopicPartitionOffset tpo in revoked)
        {
            if (_partitions.TryGetValue(tpo.Partition.Value, out PartitionWork? work))
            {
                handedOver.Add(work);
            }
        }

        // Commit on revoke: the open transaction holds work of kept partitions too, which is finished just as well
        // (unless the stop already handed everything over and this is Close() leaving the group).
        if (!_handedOverForClose)
        {
            HandOver(consumer, handedOver);
        }

        foreach (PartitionWork work in handedOver)
        {
            _partitions.Remove(work.Partition);
            ProcessorLog.Revoked(_logger, work.Partition);
        }

        Progress.SetAssigned(_partitions.Count);
    }

    private void OnLost(IConsumer<RecordBytes, RecordBytes> consumer, List<TopicPartitionOffset> lost)
    {
        // The open transaction holds work of the lost partitions, which their new owner redoes: abort all of it, and
        // rewind the partitions still owned.
        InstanceTransaction transaction = _transaction!;
        var kept = new List<PartitionWork>();
        if (transaction.IsOpen)
        {
            try
            {
                transaction.Abort(_aborted);
                kept.AddRange(_aborted);
            }
            catch (KafkaException)
            {
                // A fatal producer error shows again on the next transaction and stops the processor there.
            }
        }

        foreach (TopicPartitionOffset tpo in lost)
        {
            if (_partitions.Remove(tpo.Partition.Value, out PartitionWork? work))
            {
                kept.Remove(work);
                ProcessorLog.Lost(_logger, tpo.Partition.Value);
            }
        }

        Rewind(consumer, kept, "partitions_lost");
        Progress.SetAssigned(_partitions.Count);
    }

    private IConsumer<byte[]?, byte[]?> OpenConsentReader()
    {
        // The whole consent topic on every instance, like a global table: it is small and compacted, and any
        // instance may own any subject's raw partition after a rebalance. No group offsets: it is re-read at start.
        ConsumerConfig config = _kafka.CreateConsumerConfig($"{_options.GroupId}-consent");
        config.EnablePartitionEof = true;
        config.FetchWaitMaxMs = 20; // the end of the topic is news here: do not let the broker sit on an empty fetch
        IConsumer<byte[]?, byte[]?> reader = new ConsumerBuilder<byte[]?, byte[]?>(config).Build();
        int partitions = PartitionCount(_options.Topics.Consent);
        var assignment = new List<TopicPartitionOffset>(partitions);
        for (int p = 0; p < partitions; p++)
        {
            assignment.Add(new TopicPartitionOffset(_options.Topics.Consent, p, Offset.Beginning));
        }

        reader.Assign(assignment);
        return reader;
    }

    /// <summary>Applies consent records; at start, until every partition's end, so no event is judged on half a table.</summary>
    private void LoadConsent(IConsumer<byte[]?, byte[]?> reader, bool waitForEnd)
    {
        HashSet<int>? atEnd = waitForEnd ? [] : null;
        int partitions = reader.Assignment.Count;
        long started = _time.GetTimestamp();
        while (true)
        {
            ConsumeResult<byte[]?, byte[]?>? result = reader.Consume(waitForEnd ? TimeSpan.FromMilliseconds(100) : TimeSpan.Zero);
            if (result is null)
            {
                if (atEnd is null || atEnd.Count >= partitions)
                {
                    return;
                }

                if (_time.GetElapsedTime(started) > _options.KafkaTimeout)
                {
                    throw new TimeoutException($"reading {_options.Topics.Consent} did not reach its end within {_options.KafkaTimeout}");
                }

                continue;
            }

            if (result.IsPartitionEOF)
            {
                if (atEnd is not null && atEnd.Add(result.Partition.Value) && atEnd.Count >= partitions)
                {
                    return;
                }

                continue;
            }

            // Fail closed: an unreadable record blocks the subject its key names until a readable change arrives
            // (ConsentTable.TryApply), and goes to the dead-letter topic once (DeadLetterConsent).
            bool readable = _consent!.TryApply(result.Message.Key, result.Message.Value, out string fault);
            Progress.AddConsentRecord(readable);
            if (!readable)
            {
                PipelineMetrics.ConsentUnreadable.Add(1);
                ProcessorLog.ConsentUnreadable(_logger, result.Partition.Value, result.Offset.Value, fault);
                if (_consentLetters.Count >= MaxConsentLetters)
                {
                    ProcessorLog.ConsentLetterDropped(_logger, _consentLetters[0].Partition, _consentLetters[0].Offset);
                    _consentLetters.RemoveAt(0);
                }

                _consentLetters.Add(new ConsentLetter(result.Topic, result.Partition.Value, result.Offset.Value, result.Message.Key, result.Message.Value, fault));
            }
        }
    }

    /// <summary>
    /// Dead-letters the unreadable consent records whose owning raw partition is this instance's, in that partition's
    /// transaction, and forgets those whose dead letter has committed.
    /// </summary>
    private void DeadLetterConsent(IConsumer<RecordBytes, RecordBytes> consumer)
    {
        if (_consentLetters.Count == 0)
        {
            return;
        }

        int kept = 0;
        for (int i = 0; i < _consentLetters.Count; i++)
        {
            ConsentLetter letter = _consentLetters[i];
            if (_partitions.TryGetValue(letter.Partition % _rawPartitions, out PartitionWork? work))
            {
                if (letter.Offset < work.ConsentMark(letter.Partition))
                {
                    if (!work.InTransaction)
                    {
                        continue; // committed: done
                    }
                }
                else
                {
                    try
                    {
                        work.DeadLetterConsent(letter);
                    }
                    catch (KafkaException ex)
                    {
                        // A produce into the open transaction: like a raw record's step, not repeatable; abort and rewind
                        // (the restore takes the mark back, so the letter is tried again in the next transaction).
                        Recover(consumer, ex, attempt: int.MaxValue);
                    }
                }
            }

            _consentLetters[kept++] = letter;
        }

        _consentLetters.RemoveRange(kept, _consentLetters.Count - kept);
    }

    private int PartitionCount(string topic)
    {
        using IAdminClient admin = new AdminClientBuilder(_kafka.CreateAdminConfig()).Build();
        Metadata metadata = admin.GetMetadata(topic, _options.KafkaTimeout);
        TopicMetadata? found = metadata.Topics.Find(t => t.Topic == topic);
        if (found is null || found.Error.IsError || found.Partitions.Count == 0)
        {
            throw new ProcessorStoppedException(ProcessorStopReason.Misconfigured, $"topic {topic} is not available: {found?.Error.Reason ?? "missing from metadata"}", null);
        }

        return found.Partitions.Count;
    }
}
