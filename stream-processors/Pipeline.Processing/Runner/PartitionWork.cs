using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using Confluent.Kafka;
using Microsoft.Extensions.Logging;
using Pipeline.Privacy;
using Pipeline.Kafka;
using Pipeline.Kafka.Records;
using Pipeline.Telemetry;
using Pipeline.Processing.Actions;
using Pipeline.Processing.Apps;
using Pipeline.Processing.Consent;
using Pipeline.Privacy.Pseudonyms;
using Pipeline.Privacy.Shredding;
using Pipeline.Processing.Sessions;
using Pipeline.Processing.Shredding;
using Pipeline.Processing.Validation;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;

namespace Pipeline.Processing.Runner;

/// <summary>
/// One raw partition owned by this instance: its sessions, its action reducer, its person secrets and its position.
/// Its work (clean batches, sessions, idle periods, actions) goes into the instance's open transaction
/// (<see cref="InstanceTransaction"/>) together with the person secrets it made (to the keys topic), the changed state
/// and the position after the last processed record (in the partition's changelog). A record is opened
/// (<see cref="BatchOpener"/>: decrypted under its data key) before it is decoded; one whose key is erased is dropped
/// as <c>erased</c>.
/// </summary>
internal sealed class PartitionWork
{
    /// <summary>The drop reason and dead-letter reason of an unreadable consent record.</summary>
    public const string ConsentUnreadableReason = "consent_unreadable";

    private static readonly KeyValuePair<string, object?> s_role = new("role", "process");
    private static readonly KeyValuePair<string, object?> s_noConsent = new("reason", "no_consent");
    private static readonly KeyValuePair<string, object?> s_paused = new("reason", "paused");
    private static readonly KeyValuePair<string, object?> s_revoked = new("reason", "revoked");
    /// <summary>
    /// Actions of one subject held for one record before it is produced early: 512 actions of about 320 bytes make a
    /// record of ~160 KB, well under Kafka's 1 MB <c>message.max.bytes</c>, and a subject rarely has that many in one
    /// transaction (a transaction is at most 200 ms of work).
    /// </summary>
    private const int MaxActionsPerRecord = 512;

    private static readonly KeyValuePair<string, object?> s_late = new("reason", "late_event");
    private static readonly KeyValuePair<string, object?> s_consentUnreadable = new("reason", ConsentUnreadableReason);
    private static readonly KeyValuePair<string, object?> s_appNotAllowed = new("reason", "app_not_allowed");
    private static readonly KeyValuePair<string, object?> s_erased = new("reason", "erased");
    private static readonly KeyValuePair<string, object?> s_stateOnRestore = new("kind", "state_on_restore");

    private readonly ProcessorOptions _options;
    private readonly KafkaClientSettings _kafka;
    private readonly ProcessorProgress _progress;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly InstanceTransaction _transaction;
    private readonly TopicPartition _changelog;
    private readonly TopicPartition _cleanTopic;
    private readonly TopicPartition _sessionsTopic;
    private readonly TopicPartition _idleTopic;
    private readonly TopicPartition _actionsTopic;
    private readonly TopicPartition _deadLetterTopic;
    private readonly Pseudonymizer _pseudonymizer;
    private readonly Redactor _redactor;
    private readonly ConsentTable _consent;
    private readonly BatchOpener _opener;
    private readonly KeysTable _keys;
    private readonly Func<SubjectOwner, string, bool> _isLiveOwner;
    private readonly PersonSecrets _secrets;
    private readonly int _keysPartitions;
    private readonly EventBatch _raw = new();
    private readonly EventBatch _clean = new();
    private readonly SessionOutput _output = new();
    private readonly ActionBatch _actions = new();
    private readonly Dictionary<string, ActionBatch> _pendingActions = new(StringComparer.Ordinal);
    private readonly Stack<ActionBatch> _spareActionBatches = new();
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private readonly ArrayBufferWriter<byte> _letterBuffer = new(4 * 1024);
    private readonly ArrayBufferWriter<byte> _sealed = new(16 * 1024);
    private readonly List<string> _changed = [];
    private readonly List<string> _removed = [];
    private readonly Dictionary<string, byte[]> _keyBytes = new(StringComparer.Ordinal);
    private readonly Dictionary<int, long> _consentMarks = [];
    private readonly HashSet<int> _changedConsentMarks = [];
    private Sessionizer _sessions;
    private ActionReducer? _reducer;
    private InteractionTransform _transform;
    private Headers _transactionHeaders = [];
    private long _transactionSeq;
    private long _lastCommittedSeq = -1;
    private long _bytesSinceSnapshot;
    private bool _erasedOnRestore;

    public PartitionWork(int partition, InstanceTransaction transaction, ProcessorOptions options, KafkaClientSettings kafka, Pseudonymizer pseudonymizer,
        Redactor redactor, ConsentTable consent, KeysTable keys, int keysPartitions, ProcessorProgress progress, TimeProvider time, ILogger logger)
    {
        Partition = partition;
        _transaction = transaction;
        _options = options;
        _kafka = kafka;
        _pseudonymizer = pseudonymizer;
        _redactor = redactor;
        _consent = consent;
        _keysPartitions = keysPartitions;
        _opener = new BatchOpener(keys, options.AcceptUnencryptedBatches);
        _keys = keys;
        _isLiveOwner = IsLiveOwner;
        _secrets = new PersonSecrets(keys, time, ProduceSecret);
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
    }

    public int Partition { get; }

    /// <summary>The next raw offset to process; -1 for a partition never processed (start at its beginning).</summary>
    public long NextOffset { get; private set; } = -1;

    /// <summary>Whether this partition's work is in the instance's open transaction.</summary>
    public bool InTransaction { get; private set; }

    public int Subjects => _sessions.Subjects;

    public int OpenSessions => _sessions.OpenSessions;

    /// <summary>How often the partition's transaction was aborted (then it is restored); a record read before is read again.</summary>
    public int Rewinds { get; private set; }

    /// <summary>Rebuilds sessions and position from the changelog partition.</summary>
    public void Restore(long wallMicros) => Restore(ChangelogSnapshot.Read(_kafka, _options, _time, [_changelog])[Partition], wallMicros);

    /// <summary>
    /// Rebuilds sessions and position from a snapshot of the changelog partition (on assignment and after an abort),
    /// then forgets the state of every person the keys table (read to its end before an assignment, and kept up to date
    /// since) says was erased: the changelog may still hold it, because the erasure's tombstones were in a transaction
    /// that aborted, or were not committed before a crash or a handover, or a commit wrote the state again after
    /// erasure's own tombstone. The keys topic is the source of truth; the changelog follows in the next commit
    /// (<see cref="JoinIfErasedOnRestore"/>).
    /// </summary>
    public void Restore(ChangelogSnapshot snapshot, long wallMicros)
    {
        ResetState();
        foreach ((string subject, byte[]? value) in snapshot.States)
        {
            _transform.RestoreState(subject, value, wallMicros);
        }

        _consentMarks.Clear();
        _changedConsentMarks.Clear();
        foreach ((int consentPartition, long next) in snapshot.ConsentMarks)
        {
            _consentMarks[consentPartition] = next;
        }

        _transform.TakeChanges(_changed, _removed);
        _changed.Clear();
        _removed.Clear();
        int orphans = _transform.EraseOrphans(_isLiveOwner);
        _erasedOnRestore = orphans > 0;
        if (orphans > 0)
        {
            ProcessorLog.ErasedOnRestore(_logger, Partition, orphans);
            PipelineMetrics.Erasures.Add(orphans, s_stateOnRestore);
        }

        NextOffset = snapshot.NextOffset;
        _transactionSeq = snapshot.MaxTransactionSeq + 1;
        _lastCommittedSeq = snapshot.CommittedSeq;
        _bytesSinceSnapshot = long.MaxValue / 2; // the first commit rewrites everything, so old values age out together
        _progress.AddRestored(orphans);
    }

    /// <summary>
    /// Processes one consumed raw record into the instance's open transaction (opened if needed): open (decrypt under
    /// its data key, <see cref="BatchOpener"/>) and decode → rules → transform (<see cref="InteractionTransform"/>) →
    /// encode → produce. <paramref name="key"/> and <paramref name="value"/> are the record's bytes, valid for this
    /// call only. False, with nothing done, when the batch's data key is not in the keys table and
    /// <paramref name="keysAtEnd"/> is false: the caller reads the keys topic to its end and calls again with true.
    /// </summary>
    public bool Process(long offset, RecordBytes key, RecordBytes value, long wallMicros, bool keysAtEnd = false)
    {
        var record = new RecordOrigin(_options.Topics.Raw, Partition, offset, key);
        if (value.IsNull)
        {
            EnsureTransaction();
            DeadLetter(record, "empty_value", "the record has no value", ReadOnlyMemory<byte>.Empty);
        }
        else
        {
            BatchOpening opening = _opener.Open(key.Span, value.Span, _raw, out DataKey? dataKey, out string reason, out string detail, out bool keepPayload, keysAtEnd);
            if (opening == BatchOpening.KeyUnknown)
            {
                return false;
            }

            EnsureTransaction();
            switch (opening)
            {
                case BatchOpening.Opened:
                    ProcessBatch(record, value, dataKey, wallMicros);
                    break;
                case BatchOpening.Erased:
                    // Its person was erased: nobody can read it, and nothing of it may come out or be kept.
                    _progress.AddErased();
                    PipelineMetrics.BatchesDropped.Add(1, s_erased);
                    break;
                default:
                    DeadLetter(record, reason, detail, keepPayload ? value.Memory : ReadOnlyMemory<byte>.Empty);
                    break;
            }
        }

        NextOffset = offset + 1;
        _transaction.Counted();
        return true;
    }

    /// <summary>
    /// Forgets the state (sessions, app focus) of people whose secret was erased, without emitting it, and drops their
    /// pseudonyms from the consent table's index; the changelog gets their tombstones in the next commit, which this
    /// partition joins when it had any.
    /// </summary>
    public void Erase(IReadOnlyList<PersonSecret> people)
    {
        bool erased = false;
        foreach (PersonSecret person in people)
        {
            foreach (int version in _pseudonymizer.Versions)
            {
                string pseudonym = _pseudonymizer.Subject(person, version);
                _consent.Unlink(pseudonym);
                erased |= _transform.Erase(pseudonym);
            }
        }

        if (erased)
        {
            EnsureTransaction();
        }
    }

    /// <summary>
    /// Joins the open transaction (opening one) when the last restore forgot erased state, so its tombstones reach the
    /// changelog even if no record of this partition comes; the caller handles a Kafka failure as for any step.
    /// </summary>
    public void JoinIfErasedOnRestore()
    {
        if (_erasedOnRestore)
        {
            EnsureTransaction();
            _erasedOnRestore = false;
        }
    }

    private bool IsLiveOwner(SubjectOwner owner, string pseudonym) => _keys.IsLiveOwner(owner, pseudonym, _pseudonymizer);

    private void ProcessBatch(in RecordOrigin record, RecordBytes value, DataKey? dataKey, long wallMicros)
    {
        if (!EventRules.TryValidate(_raw, out string violation))
        {
            DeadLetter(record, "invalid_event", violation, value.Memory);
            return;
        }

        _progress.AddRecord(_raw.Count);
        PipelineMetrics.EventsIn.Add(_raw.Count, s_role);
        string rawSubject = _raw.Subject;
        string rawDevice = _raw.Device;
        _output.Clear();
        var dropped = new ConsentDrops();
        long made = _secrets.Made;
        _transform.Transform(_raw, _clean, wallMicros, _output, ref dropped);
        if (_secrets.Made != made)
        {
            _progress.AddSecretMade();
        }

        CountDrops(dropped);
        if (_clean.Count > 0)
        {
            _buffer.ResetWrittenCount();
            CleanBatchCodec.Write(_clean, _buffer);
            _transaction.Produce(_cleanTopic, KeyOf(_clean.Subject), _buffer.WrittenSpan, null);
            _progress.AddEventsOut(_clean.Count);
            PipelineMetrics.EventsOut.Add(_clean.Count, s_role);

            // The clean events in sequence order per device (late ones already taken out), in the same transaction.
            _reducer?.Process(_clean, _actions);
            EmitActions();
        }

        if (_output.Late.Count > 0)
        {
            // The late events only, as a raw batch under the original key, sealed again under the batch's own data key:
            // like the raw record, the dead letter is readable only while its person's key exists.
            EventBatch late = _output.Late;
            late.Subject = rawSubject;
            late.Device = rawDevice;
            _buffer.ResetWrittenCount();
            RawBatchCodec.Write(late, _buffer);
            ReadOnlyMemory<byte> payload = _buffer.WrittenMemory;
            if (dataKey is not null)
            {
                _sealed.ResetWrittenCount();
                BatchSealing.Seal(dataKey, record.Key.Span, _buffer.WrittenSpan, _sealed);
                payload = _sealed.WrittenMemory;
                // The plaintext does not wait in the buffer for the next batch.
                _buffer.Clear();
            }

            _progress.AddLate(late.Count);
            PipelineMetrics.EventsDropped.Add(late.Count, s_late);
            DeadLetter(record, "late_event", $"{late.Count} events later than the grace period", payload, log: false);
        }

        EmitSessionOutputs();
    }

    /// <summary>
    /// The next offset of <paramref name="consentPartition"/> whose unreadable records are not yet dead-lettered (in
    /// the open transaction, if any; an abort takes it back to the committed mark).
    /// </summary>
    public long ConsentMark(int consentPartition) => _consentMarks.GetValueOrDefault(consentPartition);

    /// <summary>
    /// Dead-letters an unreadable consent record (reason <c>consent_unreadable</c>, under its original key) in the
    /// partition's transaction, with the mark that says it was, so a restart or a new owner does not repeat it.
    /// </summary>
    public void DeadLetterConsent(ConsentLetter letter)
    {
        EnsureTransaction();
        DeadLetter(letter.Topic, letter.Partition, letter.Offset, letter.Key, ConsentUnreadableReason, letter.Detail, letter.Value ?? ReadOnlyMemory<byte>.Empty, log: false);
        _consentMarks[letter.Partition] = letter.Offset + 1;
        _changedConsentMarks.Add(letter.Partition);
    }

    /// <summary>The wall-clock punctuation; true when it closed something (then this partition is in the open transaction).</summary>
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

    /// <summary>
    /// Whether a handover or stop must seal this partition: on a broker without isolation, a transaction of its own
    /// records that the last one committed, so a successor trusts its state (<see cref="EnsureTransaction"/> writes it).
    /// </summary>
    public bool NeedsSeal => _options.BrokerLacksTransactionIsolation && _lastCommittedSeq >= 0 && !InTransaction;

    /// <summary>Joins the open transaction to seal the partition (<see cref="NeedsSeal"/>); the caller commits.</summary>
    public void JoinToSeal() => EnsureTransaction();

    /// <summary>Writes the changed state and the position into the open transaction; called by its commit.</summary>
    public void WriteChangelog()
    {
        ProducePendingActions();
        _transform.TakeChanges(_changed, _removed);
        if (_bytesSinceSnapshot >= _options.ChangelogSnapshotBytes)
        {
            _changed.Clear();
            _transform.AllSubjects(_changed);
            _changedConsentMarks.UnionWith(_consentMarks.Keys);
            _bytesSinceSnapshot = 0;
        }

        foreach (int consentPartition in _changedConsentMarks)
        {
            ProduceChangelog(ChangelogFormat.ConsentMark(consentPartition, _consentMarks[consentPartition], _transactionSeq));
            _bytesSinceSnapshot += 32;
        }

        _changedConsentMarks.Clear();
        foreach (string subject in _changed)
        {
            _buffer.ResetWrittenCount();
            _transform.WriteState(subject, _buffer);
            _bytesSinceSnapshot += _buffer.WrittenCount + subject.Length;
            _transaction.Produce(_changelog, KeyOf(subject), _buffer.WrittenSpan, _transactionHeaders);
        }

        foreach (string subject in _removed)
        {
            _transaction.Produce(_changelog, KeyOf(subject), (byte[]?)null, _transactionHeaders);
        }

        ProduceChangelog(ChangelogFormat.Position(NextOffset, _transactionSeq));
        _bytesSinceSnapshot += 32;
        _changed.Clear();
        _removed.Clear();
    }

    /// <summary>The open transaction committed: the next one gets the next sequence number.</summary>
    public void Committed()
    {
        _secrets.Committed();
        _lastCommittedSeq = _transactionSeq++;
        InTransaction = false;
    }

    /// <summary>
    /// The open transaction was aborted: the person secrets it made are forgotten (they never reached the keys topic),
    /// and the caller restores this partition from the changelog.
    /// </summary>
    public void Aborted()
    {
        DiscardPendingActions();
        _secrets.Aborted();
        Rewinds++;
        InTransaction = false;
    }

    private void EnsureTransaction()
    {
        if (InTransaction)
        {
            return;
        }

        _transaction.Enlist(this);
        InTransaction = true;
        _transactionHeaders = ChangelogFormat.TransactionHeaders(_transactionSeq);
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
            _transaction.Produce(_sessionsTopic, KeyOf(summary.Subject), _buffer.WrittenSpan, null);

            // What the closed session's devices still held (an open typing run, a click waiting for its double).
            _reducer?.CloseSession(summary, _actions);
            EmitActions();
        }

        foreach (IdlePeriod idle in _output.Idle)
        {
            _buffer.ResetWrittenCount();
            IdlePeriodCodec.Write(idle, _buffer);
            _transaction.Produce(_idleTopic, KeyOf(idle.Subject), _buffer.WrittenSpan, null);
        }

        _progress.AddSessions(_output.Closed.Count);
        _progress.AddIdle(_output.Idle.Count);
    }

    /// <summary>
    /// Moves the actions gathered in <see cref="_actions"/> (one subject's) to that subject's record of the open
    /// transaction, and clears them. Each subject's actions of a transaction go out as one record at its commit
    /// (<see cref="ProducePendingActions"/>) rather than one per clean batch: the same actions in the same order and
    /// transaction, in at most one record per subject and transaction instead of up to one per raw record (docs/benchmarks.md).
    /// </summary>
    private void EmitActions()
    {
        if (_actions.Count == 0)
        {
            _actions.Clear();
            return;
        }

        if (!_pendingActions.TryGetValue(_actions.Subject, out ActionBatch? pending))
        {
            pending = _spareActionBatches.Count > 0 ? _spareActionBatches.Pop() : new ActionBatch();
            _pendingActions.Add(_actions.Subject, pending);
        }
        else if (pending.Count > 0 && pending.KeyVersion != _actions.KeyVersion)
        {
            // A record carries one key version: the subject's key rotated within the transaction.
            ProduceActions(pending);
        }

        if (pending.Count == 0)
        {
            pending.Subject = _actions.Subject;
            pending.KeyVersion = _actions.KeyVersion;
        }

        pending.Actions.AddRange(_actions.Actions);
        if (pending.Count >= MaxActionsPerRecord)
        {
            ProduceActions(pending);
        }

        _actions.Clear();
    }

    /// <summary>Produces every subject's pending actions into the open transaction; called by its commit.</summary>
    private void ProducePendingActions()
    {
        foreach (ActionBatch pending in _pendingActions.Values)
        {
            if (pending.Count > 0)
            {
                ProduceActions(pending);
            }

            _spareActionBatches.Push(pending);
        }

        _pendingActions.Clear();
    }

    /// <summary>The transaction aborted: its pending actions are redone from the restored state, never produced.</summary>
    private void DiscardPendingActions()
    {
        foreach (ActionBatch pending in _pendingActions.Values)
        {
            pending.Clear();
            _spareActionBatches.Push(pending);
        }

        _pendingActions.Clear();
    }

    /// <summary>Produces one subject's actions as one record under its pseudonym, and empties the batch.</summary>
    private void ProduceActions(ActionBatch batch)
    {
        _buffer.ResetWrittenCount();
        ActionBatchCodec.Write(batch, _buffer);
        _transaction.Produce(_actionsTopic, KeyOf(batch.Subject), _buffer.WrittenSpan, null);
        _progress.AddActions(batch.Count);
        batch.Clear();
    }

    private void ProduceChangelog(Message<byte[]?, byte[]?> record) => _transaction.Produce(_changelog, record.Key, record.Value, record.Headers);

    /// <summary>A person secret as an output of the open transaction, to its route's keys partition.</summary>
    private void ProduceSecret(string recordKey, byte[] value)
    {
        byte[] key = Encoding.UTF8.GetBytes(recordKey);
        _transaction.Produce(new TopicPartition(_options.Topics.Keys, RecordKeys.KeysPartition(key, _keysPartitions)), key, value, null);
    }

    /// <summary>Fresh stage state and the transform over it: at start and whenever state comes back from the changelog.</summary>
    [MemberNotNull(nameof(_sessions), nameof(_transform))]
    private void ResetState()
    {
        DiscardPendingActions();
        _sessions = new Sessionizer(_options.Sessions, _consent);
        _reducer = _options.Actions.Enabled ? new ActionReducer(_options.Actions, _options.Sessions) : null;
        _transform = new InteractionTransform(_pseudonymizer, _redactor, _consent, _secrets, _sessions, new AppGate(_options.Apps, _pseudonymizer), _reducer);
    }

    private void DeadLetter(in RecordOrigin record, string reason, string detail, ReadOnlyMemory<byte> payload, bool log = true) =>
        DeadLetter(record.Topic, record.Partition, record.Offset, record.Key.ToArray(), reason, detail, payload, log);

    private void DeadLetter(string topic, int partition, long offset, byte[]? key, string reason, string detail, ReadOnlyMemory<byte> payload, bool log)
    {
        var letter = new DeadLetter(topic, partition, offset, reason, detail, payload);
        _letterBuffer.ResetWrittenCount();
        DeadLetterCodec.Write(letter, _letterBuffer);
        _transaction.Produce(_deadLetterTopic, key, _letterBuffer.WrittenSpan, new Headers { { "reason", Encoding.UTF8.GetBytes(reason) } });
        _progress.AddDeadLetter();
        PipelineMetrics.DeadLetters.Add(1, new KeyValuePair<string, object?>("reason", reason));
        if (log)
        {
            ProcessorLog.DeadLettered(_logger, topic, partition, offset, reason);
        }
    }

    private void CountDrops(in ConsentDrops dropped)
    {
        if (dropped.Total == 0)
        {
            return;
        }

        _progress.AddDropped(in dropped);
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

        if (dropped.ConsentUnreadable > 0)
        {
            PipelineMetrics.EventsDropped.Add(dropped.ConsentUnreadable, s_consentUnreadable);
        }

        if (dropped.AppNotAllowed > 0)
        {
            PipelineMetrics.EventsDropped.Add(dropped.AppNotAllowed, s_appNotAllowed);
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

    /// <summary>Where a raw record came from, for its dead letter.</summary>
    private readonly record struct RecordOrigin(string Topic, int Partition, long Offset, RecordBytes Key);
}
