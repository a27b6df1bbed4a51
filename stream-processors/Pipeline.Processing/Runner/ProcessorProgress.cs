using Pipeline.Processing.Consent;

namespace Pipeline.Processing.Runner;

/// <summary>
/// Live counters of a <see cref="ProcessorRunner"/>, safe to read from any thread (a progress view, a benchmark, a
/// test). Counts cover committed and, until a rewind, in-flight work; aborted transactions are counted separately.
/// </summary>
public sealed class ProcessorProgress
{
    private long _recordsIn;
    private long _eventsIn;
    private long _eventsOut;
    private long _droppedNoConsent;
    private long _droppedPaused;
    private long _droppedRevoked;
    private long _droppedConsentUnreadable;
    private long _droppedAppNotAllowed;
    private long _consentRecords;
    private long _consentUnreadable;
    private long _lateEvents;
    private long _deadLetters;
    private long _erasedBatches;
    private long _secretsMade;
    private long _peopleErased;
    private long _sessionsClosed;
    private long _idlePeriods;
    private long _actions;
    private long _transactionsCommitted;
    private long _transactionsAborted;
    private int _assignedPartitions;
    private long _partitionsRestored;
    private long _erasedStatesForgotten;

    /// <summary>Raw records consumed.</summary>
    public long RecordsIn => Volatile.Read(ref _recordsIn);

    /// <summary>Events decoded from raw records.</summary>
    public long EventsIn => Volatile.Read(ref _eventsIn);

    /// <summary>Clean events produced.</summary>
    public long EventsOut => Volatile.Read(ref _eventsOut);

    /// <summary>Events dropped: no consent at their time.</summary>
    public long DroppedNoConsent => Volatile.Read(ref _droppedNoConsent);

    /// <summary>Events dropped: captured while paused.</summary>
    public long DroppedPaused => Volatile.Read(ref _droppedPaused);

    /// <summary>Events dropped: consent revoked.</summary>
    public long DroppedRevoked => Volatile.Read(ref _droppedRevoked);

    /// <summary>Events dropped: their subject's latest consent record could not be read (fail closed).</summary>
    public long DroppedConsentUnreadable => Volatile.Read(ref _droppedConsentUnreadable);

    /// <summary>Events dropped by the stream's app gate: an application it does not admit had focus.</summary>
    public long DroppedAppNotAllowed => Volatile.Read(ref _droppedAppNotAllowed);

    /// <summary>Consent records read (at start and since), readable or not.</summary>
    public long ConsentRecords => Volatile.Read(ref _consentRecords);

    /// <summary>Consent records that could not be read; each blocked the subject its key names.</summary>
    public long ConsentUnreadable => Volatile.Read(ref _consentUnreadable);

    /// <summary>Events later than the grace period (sent to the dead-letter topic).</summary>
    public long LateEvents => Volatile.Read(ref _lateEvents);

    /// <summary>Dead-letter records written (undecodable, invalid, late).</summary>
    public long DeadLetters => Volatile.Read(ref _deadLetters);

    /// <summary>
    /// Raw records dropped because their data key is erased (not on the keys topic after reading it to its end): what
    /// stays on the raw topic of a person after erasure. Never dead-lettered; their events are not counted (unreadable).
    /// </summary>
    public long ErasedBatches => Volatile.Read(ref _erasedBatches);

    /// <summary>Person secrets made (first sight of a person whose secret was not on the keys topic).</summary>
    public long SecretsMade => Volatile.Read(ref _secretsMade);

    /// <summary>People whose secret a tombstone on the keys topic removed while running: their sessions were forgotten unemitted.</summary>
    public long PeopleErased => Volatile.Read(ref _peopleErased);

    /// <summary>Session summaries produced.</summary>
    public long SessionsClosed => Volatile.Read(ref _sessionsClosed);

    /// <summary>Idle periods produced.</summary>
    public long IdlePeriods => Volatile.Read(ref _idlePeriods);

    /// <summary>Actions produced (clicks, drags, scrolls, typing runs, hotkeys, focus changes).</summary>
    public long Actions => Volatile.Read(ref _actions);

    /// <summary>Transactions committed.</summary>
    public long TransactionsCommitted => Volatile.Read(ref _transactionsCommitted);

    /// <summary>Transactions aborted and rewound.</summary>
    public long TransactionsAborted => Volatile.Read(ref _transactionsAborted);

    /// <summary>Partition restores from the changelog finished (on assignment and after every abort).</summary>
    public long PartitionsRestored => Volatile.Read(ref _partitionsRestored);

    /// <summary>
    /// Subject states a restore found in the changelog although the keys topic says their person was erased (an
    /// erasure whose changelog tombstones had not committed), forgotten without output.
    /// </summary>
    public long ErasedStatesForgotten => Volatile.Read(ref _erasedStatesForgotten);

    /// <summary>Raw partitions this instance owns now.</summary>
    public int AssignedPartitions => Volatile.Read(ref _assignedPartitions);

    internal void AddRecord(long events)
    {
        Interlocked.Increment(ref _recordsIn);
        Interlocked.Add(ref _eventsIn, events);
    }

    internal void AddEventsOut(long events) => Interlocked.Add(ref _eventsOut, events);

    internal void AddDropped(in ConsentDrops dropped)
    {
        Interlocked.Add(ref _droppedNoConsent, dropped.NoConsent);
        Interlocked.Add(ref _droppedPaused, dropped.Paused);
        Interlocked.Add(ref _droppedRevoked, dropped.Revoked);
        Interlocked.Add(ref _droppedConsentUnreadable, dropped.ConsentUnreadable);
        Interlocked.Add(ref _droppedAppNotAllowed, dropped.AppNotAllowed);
    }

    internal void AddConsentRecord(bool readable)
    {
        Interlocked.Increment(ref _consentRecords);
        if (!readable)
        {
            Interlocked.Increment(ref _consentUnreadable);
        }
    }

    internal void AddLate(long events) => Interlocked.Add(ref _lateEvents, events);

    internal void AddDeadLetter() => Interlocked.Increment(ref _deadLetters);

    internal void AddErased() => Interlocked.Increment(ref _erasedBatches);

    internal void AddSecretMade() => Interlocked.Increment(ref _secretsMade);

    internal void AddPeopleErased(long people) => Interlocked.Add(ref _peopleErased, people);

    internal void AddSessions(long sessions) => Interlocked.Add(ref _sessionsClosed, sessions);

    internal void AddIdle(long periods) => Interlocked.Add(ref _idlePeriods, periods);

    internal void AddActions(long actions) => Interlocked.Add(ref _actions, actions);

    internal void AddCommitted() => Interlocked.Increment(ref _transactionsCommitted);

    internal void AddAborted() => Interlocked.Increment(ref _transactionsAborted);

    internal void AddRestored(int erasedStates)
    {
        Interlocked.Add(ref _erasedStatesForgotten, erasedStates);
        Interlocked.Increment(ref _partitionsRestored);
    }

    internal void SetAssigned(int partitions) => Volatile.Write(ref _assignedPartitions, partitions);
}
