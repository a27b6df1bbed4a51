using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using Confluent.Kafka;
using Microsoft.Extensions.Logging;
using Pipeline.Privacy;
using Pipeline.Kafka;
using Pipeline.Telemetry;
using Pipeline.Processing.Actions;
using Pipeline.Processing.Consent;
using Pipeline.Privacy.Pseudonyms;
using Pipeline.Processing.Sessions;
using Pipeline.Processing.Validation;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;

namespace Pipeline.Processing.Runner;

/// <summary>
/// One raw partition owned by this instance: its transactional producer, its sessions, its action reducer, and its
/// position. Every output (clean batches, sessions, idle periods, actions), the changed state and the position after
/// the last processed record go into one transaction.
/// </summary>
internal sealed class PartitionWork : IDisposable
{
    private static readonly KeyValuePair<string, object?> s_role = new("role", "process");
    private static readonly KeyValuePair<string, object?> s_noConsent = new("reason", "no_consent");
    private static readonly KeyValuePair<string, object?> s_paused = new("reason", "paused");
    private static readonly KeyValuePair<string, object?> s_revoked = new("reason", "revoked");
    private static readonly KeyValuePair<string, object?> s_late = new("reason", "late_event");

    private readonly ProcessorOptions _options;
    private readonly KafkaClientSettings _kafka;
    private readonly ProcessorProgress _progress;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly IProducer<byte[]?, byte[]?> _producer;
    private readonly TopicPartition _changelog;
    private readonly TopicPartition _cleanTopic;
    private readonly TopicPartition _sessionsTopic;
    private readonly TopicPartition _idleTopic;
    private readonly TopicPartition _actionsTopic;
    private readonly TopicPartition _deadLetterTopic;
    private readonly Pseudonymizer _pseudonymizer;
    private readonly Redactor _redactor;
    private readonly ConsentTable _consent;
    private readonly EventBatch _raw = new();
    private readonly EventBatch _clean = new();
    private readonly SessionOutput _output = new();
    private readonly ActionBatch _actions = new();
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private readonly List<string> _changed = [];
    private readonly List<string> _removed = [];
    private readonly Dictionary<string, byte[]> _keyBytes = new(StringComparer.Ordinal);
    private Sessionizer _sessions;
    private ActionReducer _reducer;
    private InteractionTransform _transform;
    private long _transactionSeq;
    private long _lastCommittedSeq = -1;
    private long _bytesSinceSnapshot;
    private long _transactionStarted;

    public PartitionWork(int partition, ProcessorOptions options, KafkaClientSettings kafka, Pseudonymizer pseudonymizer, Redactor redactor,
        ConsentTable consent, ProcessorProgress progress, TimeProvider time, ILogger logger)
    {
        Partition = partition;
        _options = options;
        _kafka = kafka;
        _pseudonymizer = pseudonymizer;
        _redactor = redactor;
        _consent = consent;
        _progress = progress;
        _time = time;
        _logger = logger;
        _changelog = new TopicPartition(options.Topics.ProcessorState, partition);
        _cleanTopic = new TopicPartition(options.Topics.Clean, Confluent.Kafka.Partition.Any);
        _sessionsTopic = new TopicPartition(options.Topics.Sessions, Confluent.Kafka.Partition.Any);
        _idleTopic = new TopicPartition(options.Topics.Idle, Confluent.Kafka.Partition.Any);
        _actionsTopic = new TopicPartition(options.Topics.Actions, Confluent.Kafka.Partition.Any);
        _deadLetterTopic = new TopicPartition(options.Topics.DeadLetter, Confluent.Kafka.Partition.Any);
        ResetState();
        string transactionalId = $"{options.TransactionalIdPrefix}-{options.Topics.Raw}-{partition}";
        _producer = new ProducerBuilder<byte[]?, byte[]?>(kafka.CreateTransactionalProducerConfig(transactionalId)).Build();
        try
        {
            // Fences a previous owner of this partition and aborts its open transaction before state is read back.
            _producer.InitTransactions(options.KafkaTimeout);
        }
        catch
        {
            _producer.Dispose();
            throw;
        }
    }

    public int Partition { get; }

    /// <summary>The next raw offset to process; -1 for a partition never processed (start at its beginning).</summary>
    public long NextOffset { get; private set; } = -1;

    public bool InTransaction { get; private set; }

    public int RecordsInTransaction { get; private set; }

    public int Subjects => _sessions.Subjects;

    /// <summary>
    /// Whether the open transaction has been open for <see cref="ProcessorOptions.MaxTransactionTime"/> at
    /// <paramref name="now"/>, a timestamp of the runner's <see cref="TimeProvider"/>.
    /// </summary>
    public bool TransactionDue(long now) => InTransaction && _time.GetElapsedTime(_transactionStarted, now) >= _options.MaxTransactionTime;

    public int OpenSessions => _sessions.OpenSessions;

    /// <summary>Rebuilds sessions and position from the changelog partition (on assignment and after an abort).</summary>
    public void Restore(long wallMicros) => Restore(ChangelogSnapshot.Read(_kafka, _options, _time, [_changelog])[Partition], wallMicros);

    /// <summary>Rebuilds sessions and position from a snapshot of the changelog partition.</summary>
    public void Restore(ChangelogSnapshot snapshot, long wallMicros)
    {
        ResetState();
        foreach ((string key, byte[]? value) in snapshot.States)
        {
            if (key.StartsWith(ChangelogFormat.ActionsKeyPrefix, StringComparison.Ordinal))
            {
                _reducer.RestoreState(key[ChangelogFormat.ActionsKeyPrefix.Length..], value);
            }
            else
            {
                _sessions.RestoreState(key, value, wallMicros);
            }
        }

        _sessions.TakeChanges(_changed, _removed);
        _reducer.TakeChanges(_changed, _removed);
        _changed.Clear();
        _removed.Clear();
        NextOffset = snapshot.NextOffset;
        _transactionSeq = snapshot.MaxTransactionSeq + 1;
        _lastCommittedSeq = snapshot.CommittedSeq;
        _bytesSinceSnapshot = long.MaxValue / 2; // the first commit rewrites everything, so old values age out together
    }

    /// <summary>Processes one raw record inside the partition's open transaction (opened if needed).</summary>
    public void Process(ConsumeResult<byte[]?, byte[]?> record, long wallMicros)
    {
        EnsureTransaction();
        byte[]? value = record.Message.Value;
        if (value is null)
        {
            DeadLetter(record, "empty_value", "the record has no value", ReadOnlyMemory<byte>.Empty);
        }
        else if (!RawBatchCodec.TryRead(value, _raw, out DecodeError error))
        {
            DeadLetter(record, error.Reason, error.Detail, value);
        }
        else if (!EventRules.TryValidate(_raw, out string violation))
        {
            DeadLetter(record, "invalid_event", violation, value);
        }
        else
        {
            _progress.AddRecord(_raw.Count);
            PipelineMetrics.EventsIn.Add(_raw.Count, s_role);
            string rawSubject = _raw.Subject;
            string rawDevice = _raw.Device;
            _output.Clear();
            var dropped = new ConsentDrops();
            _transform.Transform(_raw, _clean, wallMicros, _output, ref dropped);
            CountDrops(dropped);
            if (_clean.Count > 0)
            {
                _buffer.ResetWrittenCount();
                CleanBatchCodec.Write(_clean, _buffer);
                Produce(_cleanTopic, KeyOf(_clean.Subject), _buffer.WrittenSpan.ToArray(), null);
                _progress.AddEventsOut(_clean.Count);
                PipelineMetrics.EventsOut.Add(_clean.Count, s_role);

                // The clean events in sequence order per device (late ones already taken out), in the same transaction.
                _reducer.Process(_clean, _actions);
                EmitActions();
            }

            if (_output.Late.Count > 0)
            {
                // The late events only, as a raw batch under the original key: the dead-letter topic is guarded like raw.
                EventBatch late = _output.Late;
                late.Subject = rawSubject;
                late.Device = rawDevice;
                _buffer.ResetWrittenCount();
                RawBatchCodec.Write(late, _buffer);
                _progress.AddLate(late.Count);
                PipelineMetrics.EventsDropped.Add(late.Count, s_late);
                DeadLetter(record, "late_event", $"{late.Count} events later than the grace period", _buffer.WrittenSpan.ToArray(), log: false);
            }

            EmitSessionOutputs();
        }

        NextOffset = record.Offset.Value + 1;
        RecordsInTransaction++;
    }

    /// <summary>The wall-clock punctuation; true when it closed something (then a transaction is open).</summary>
    public bool Punctuate(long wallMicros)
    {
        _output.Clear();
        _sessions.Punctuate(wallMicros, _output);
        if (_output.Closed.Count == 0 && _output.Idle.Count == 0)
        {
            return false;
        }

        EnsureTransaction();
        EmitSessionOutputs();
        return true;
    }

    /// <summary>Writes the changelog and commits the open transaction with the position.</summary>
    public void Commit(IConsumerGroupMetadata group)
    {
        if (!InTransaction)
        {
            return;
        }

        WriteChangelog();
        if (NextOffset >= 0)
        {
            // Lag monitoring only: correctness rests on the position in the changelog (DESIGN.md).
            _producer.SendOffsetsToTransaction([new TopicPartitionOffset(_options.Topics.Raw, Partition, NextOffset)], group, _options.KafkaTimeout);
        }

        _producer.CommitTransaction(_options.KafkaTimeout);
        _lastCommittedSeq = _transactionSeq++;
        InTransaction = false;
        RecordsInTransaction = 0;
        _progress.AddCommitted();
        PipelineMetrics.TransactionsCommitted.Add(1);
    }

    /// <summary>
    /// On a broker without isolation, records that the last transaction committed, so a successor trusts its state.
    /// Called when the partition is handed over or the processor stops.
    /// </summary>
    public void Seal(IConsumerGroupMetadata group)
    {
        if (_options.BrokerLacksTransactionIsolation && _lastCommittedSeq >= 0 && !InTransaction)
        {
            EnsureTransaction();
            Commit(group);
        }
    }

    /// <summary>Aborts the open transaction and restores state and position from the changelog.</summary>
    public void AbortAndRestore(long wallMicros)
    {
        if (InTransaction)
        {
            _producer.AbortTransaction(_options.KafkaTimeout);
            InTransaction = false;
            RecordsInTransaction = 0;
            _progress.AddAborted();
            PipelineMetrics.TransactionsAborted.Add(1);
        }

        Restore(wallMicros);
    }

    /// <summary>Aborts without restoring (the partition was lost); errors are moot, the producer goes away.</summary>
    public void AbortQuietly()
    {
        if (!InTransaction)
        {
            return;
        }

        try
        {
            _producer.AbortTransaction(TimeSpan.FromSeconds(5));
        }
        catch (KafkaException)
        {
            // The partition belongs to another instance now, whose producer fenced this one: nothing to save.
        }

        InTransaction = false;
    }

    public void Dispose() => _producer.Dispose();

    private void EnsureTransaction()
    {
        if (InTransaction)
        {
            return;
        }

        _producer.BeginTransaction();
        InTransaction = true;
        RecordsInTransaction = 0;
        _transactionStarted = _time.GetTimestamp();
        if (_options.BrokerLacksTransactionIsolation && _lastCommittedSeq >= 0)
        {
            ProduceChangelog(ChangelogFormat.Committed(_lastCommittedSeq, _transactionSeq));
        }
    }

    private void EmitSessionOutputs()
    {
        foreach (SessionSummary summary in _output.Closed)
        {
            _buffer.ResetWrittenCount();
            SessionSummaryCodec.Write(summary, _buffer);
            Produce(_sessionsTopic, KeyOf(summary.Subject), _buffer.WrittenSpan.ToArray(), null);

            // What the closed session's devices still held (an open typing run, a click waiting for its double).
            _reducer.CloseSession(summary, _actions);
            EmitActions();
        }

        foreach (IdlePeriod idle in _output.Idle)
        {
            _buffer.ResetWrittenCount();
            IdlePeriodCodec.Write(idle, _buffer);
            Produce(_idleTopic, KeyOf(idle.Subject), _buffer.WrittenSpan.ToArray(), null);
        }

        _progress.AddSessions(_output.Closed.Count);
        _progress.AddIdle(_output.Idle.Count);
    }

    /// <summary>Produces the actions gathered in <see cref="_actions"/> (one subject's) as one record under its pseudonym, and clears them.</summary>
    private void EmitActions()
    {
        if (_actions.Count == 0)
        {
            _actions.Clear();
            return;
        }

        _buffer.ResetWrittenCount();
        ActionBatchCodec.Write(_actions, _buffer);
        Produce(_actionsTopic, KeyOf(_actions.Subject), _buffer.WrittenSpan.ToArray(), null);
        _progress.AddActions(_actions.Count);
        _actions.Clear();
    }

    private void WriteChangelog()
    {
        _sessions.TakeChanges(_changed, _removed);
        bool snapshot = _bytesSinceSnapshot >= _options.ChangelogSnapshotBytes;
        if (snapshot)
        {
            _changed.Clear();
            _sessions.AllSubjects(_changed);
            _bytesSinceSnapshot = 0;
        }

        foreach (string subject in _changed)
        {
            _buffer.ResetWrittenCount();
            _sessions.WriteState(subject, _buffer);
            _bytesSinceSnapshot += _buffer.WrittenCount + subject.Length;
            ProduceChangelog(ChangelogFormat.State(KeyOf(subject), _buffer.WrittenSpan.ToArray(), _transactionSeq));
        }

        foreach (string subject in _removed)
        {
            ProduceChangelog(ChangelogFormat.State(KeyOf(subject), null, _transactionSeq));
        }

        // The reducer's state under its own key per subject: it changes and is forgotten apart from the sessions'.
        _reducer.TakeChanges(_changed, _removed);
        if (snapshot)
        {
            _changed.Clear();
            _reducer.AllSubjects(_changed);
        }

        foreach (string subject in _changed)
        {
            _buffer.ResetWrittenCount();
            _reducer.WriteState(subject, _buffer);
            _bytesSinceSnapshot += _buffer.WrittenCount + subject.Length;
            ProduceChangelog(ChangelogFormat.State(ActionsKey(subject), _buffer.WrittenSpan.ToArray(), _transactionSeq));
        }

        foreach (string subject in _removed)
        {
            ProduceChangelog(ChangelogFormat.State(ActionsKey(subject), null, _transactionSeq));
        }

        _changed.Clear();
        _removed.Clear();
        ProduceChangelog(ChangelogFormat.Position(NextOffset, _transactionSeq));
        _bytesSinceSnapshot += 32;
        _changed.Clear();
        _removed.Clear();
    }

    private void ProduceChangelog(Message<byte[]?, byte[]?> record) => ProduceWithBackpressure(_changelog, record);

    /// <summary>Fresh sessions and the transform over them: at start and whenever state comes back from the changelog.</summary>
    [MemberNotNull(nameof(_sessions), nameof(_transform), nameof(_reducer))]
    private void ResetState()
    {
        _sessions = new Sessionizer(_options.Sessions, _consent);
        _reducer = new ActionReducer(_options.Actions, _options.Sessions);
        _transform = new InteractionTransform(_pseudonymizer, _redactor, _consent, _sessions);
    }

    private void DeadLetter(ConsumeResult<byte[]?, byte[]?> record, string reason, string detail, ReadOnlyMemory<byte> payload, bool log = true)
    {
        var letter = new DeadLetter(record.Topic, record.Partition.Value, record.Offset.Value, reason, detail, payload);
        _buffer.ResetWrittenCount();
        DeadLetterCodec.Write(letter, _buffer);
        Produce(_deadLetterTopic, record.Message.Key, _buffer.WrittenSpan.ToArray(), new Headers { { "reason", Encoding.UTF8.GetBytes(reason) } });
        _progress.AddDeadLetter();
        PipelineMetrics.DeadLetters.Add(1, new KeyValuePair<string, object?>("reason", reason));
        if (log)
        {
            ProcessorLog.DeadLettered(_logger, record.Topic, record.Partition.Value, record.Offset.Value, reason);
        }
    }

    private void CountDrops(in ConsentDrops dropped)
    {
        if (dropped.Total == 0)
        {
            return;
        }

        _progress.AddDropped(dropped.NoConsent, dropped.Paused, dropped.Revoked);
        if (dropped.NoConsent > 0)
        {
            PipelineMetrics.EventsDropped.Add(dropped.NoConsent, s_noConsent);
        }

        if (dropped.Paused > 0)
        {
            PipelineMetrics.EventsDropped.Add(dropped.Paused, s_paused);
        }

        if (dropped.Revoked > 0)
        {
            PipelineMetrics.EventsDropped.Add(dropped.Revoked, s_revoked);
        }
    }

    private byte[] KeyOf(string pseudonym)
    {
        if (!_keyBytes.TryGetValue(pseudonym, out byte[]? key))
        {
            if (_keyBytes.Count >= 100_000)
            {
                _keyBytes.Clear();
            }

            key = Encoding.UTF8.GetBytes(pseudonym);
            _keyBytes.Add(pseudonym, key);
        }

        return key;
    }

    private static byte[] ActionsKey(string subject) => Encoding.UTF8.GetBytes(ChangelogFormat.ActionsKeyPrefix + subject);

    private void Produce(TopicPartition topic, byte[]? key, byte[] value, Headers? headers) =>
        ProduceWithBackpressure(topic, new Message<byte[]?, byte[]?> { Key = key, Value = value, Headers = headers });

    private void ProduceWithBackpressure(TopicPartition target, Message<byte[]?, byte[]?> message)
    {
        while (true)
        {
            try
            {
                _producer.Produce(target, message);
                return;
            }
            catch (ProduceException<byte[]?, byte[]?> ex) when (ex.Error.Code == ErrorCode.Local_QueueFull)
            {
                // The producer's bounded queue is the back-pressure: let deliveries drain, then try again.
                _producer.Poll(TimeSpan.FromMilliseconds(50));
            }
        }
    }
}
