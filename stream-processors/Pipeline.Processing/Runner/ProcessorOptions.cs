using Pipeline.Processing.Actions;
using Pipeline.Kafka;
using Pipeline.Privacy.Pseudonyms;
using Pipeline.Privacy.Shredding;
using Pipeline.Processing.Apps;
using Pipeline.Processing.Sessions;

namespace Pipeline.Processing.Runner;

/// <summary>Everything <see cref="ProcessorRunner"/> runs with besides the Kafka connection. Immutable; validated once.</summary>
public sealed record ProcessorOptions
{
    /// <summary>The topics read and written.</summary>
    public TopicNames Topics { get; init; } = new();

    /// <summary>The consumer group that splits the raw topic's partitions among processor instances.</summary>
    public string GroupId { get; init; } = "pipeline-processor";

    /// <summary>
    /// Prefix of the instance's transactional id: <c>prefix-instanceid</c> with <see cref="InstanceId"/> (stable across
    /// restarts, so a restarted pod aborts its predecessor's open transaction at once), else <c>prefix-</c> and a random
    /// suffix per run. One transactional producer per instance for every partition it owns (KIP-447): a zombie is
    /// fenced by the group generation its offsets carry, not by the id (docs/processing.md, Exactly once).
    /// </summary>
    public string TransactionalIdPrefix { get; init; } = "pipeline-processor";

    /// <summary>
    /// A stable id of this instance for static group membership (<c>group.instance.id</c>; in Kubernetes, the pod
    /// name), or null. A restarted instance with the same id gets its partitions back at once instead of waiting for
    /// the group's session timeout and a rebalance of every member; a new instance with a new id gains nothing.
    /// </summary>
    public string? InstanceId { get; init; }

    /// <summary>The pseudonym keys (required).</summary>
    public required PseudonymOptions Pseudonyms { get; init; }

    /// <summary>The processing key pairs and routing secret that open sealed batches and wrap person secrets (required).</summary>
    public required UnsealingOptions Unsealing { get; init; }

    /// <summary>
    /// Whether batches in clear (agents from before encryption) are processed as before instead of dead-lettered without
    /// their payload as <c>unencrypted</c>: false. Set it only while the last old agents are upgraded; their data is then
    /// on the raw and dead-letter topics in clear, out of reach of erasure by crypto-shredding.
    /// </summary>
    public bool AcceptUnencryptedBatches { get; init; }

    /// <summary>Sessions and idle detection.</summary>
    public SessionOptions Sessions { get; init; } = new();

    /// <summary>How clean events become actions (<c>interaction.actions.v1</c>); its time rules must be shorter than the session gap.</summary>
    public ActionOptions Actions { get; init; } = new();

    /// <summary>
    /// The stream's app gate (<c>--allow-apps</c>, <c>--deny-apps</c>): no lists by default, so the stream lets through
    /// what the devices let through; with a list, input in an application it does not admit is dropped here.
    /// </summary>
    public AppGateOptions Apps { get; init; } = new();

    /// <summary>
    /// Raw records per transaction at most, over all the instance's partitions: 1,000 records of about a hundred
    /// events keep a transaction well under a second of work, so a rewind repeats little, while a commit (a few broker
    /// round trips) is spread over a hundred thousand events. The ceiling's copier in the bench uses the same bound.
    /// </summary>
    public int MaxRecordsPerTransaction { get; init; } = 1000;

    /// <summary>
    /// How long a transaction may stay open while records trickle in: 200 ms bounds the latency that batching adds
    /// downstream (read_committed readers see nothing before the commit).
    /// </summary>
    public TimeSpan MaxTransactionTime { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How often the wall-clock punctuation runs to close the sessions of quiet subjects: once a second.</summary>
    public TimeSpan PunctuationInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Rewrite every subject's state into the changelog after this many changelog bytes, so each key's latest value is
    /// recent: the embedded broker does not compact and drops a partition's oldest data past about 5 MB. 1 MiB keeps
    /// a full snapshot within that window; on a real cluster compaction makes it merely redundant.
    /// </summary>
    public int ChangelogSnapshotBytes { get; init; } = 1024 * 1024;

    /// <summary>
    /// Set for brokers that do not isolate transactions (the embedded broker: read_committed readers also see aborted
    /// records). The changelog then marks each committed transaction in the next one, and a restore ignores state from
    /// transactions not known to have committed, so it never resumes past outputs that were not all delivered.
    /// Downstream readers on such a broker must drop duplicates by device + sequence number.
    /// </summary>
    public bool BrokerLacksTransactionIsolation { get; init; }

    /// <summary>How long a Kafka call of the loop (commit, restore, metadata) may take before it counts as failed.</summary>
    public TimeSpan KafkaTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long the broker lets a transaction stay open before aborting it (<c>transaction.timeout.ms</c>): 10 s, as
    /// Kafka Streams chooses for exactly-once. A successor restoring a partition waits, on a real cluster, for a dead
    /// instance's open transaction on the changelog to end, so this bounds that wait; it must stay below
    /// <see cref="KafkaTimeout"/>, the restore's deadline, and far above <see cref="MaxTransactionTime"/>.
    /// </summary>
    public TimeSpan TransactionTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The instance's <c>transactional.id</c> for a run (<see cref="TransactionalIdPrefix"/>).</summary>
    public string TransactionalIdFor(string runSuffix) => $"{TransactionalIdPrefix}-{InstanceId ?? runSuffix}";

    /// <summary>Rejects an unusable value with a one-line reason.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Topics);
        Topics.Validate();
        if (string.IsNullOrWhiteSpace(GroupId))
        {
            throw new ArgumentException("processor group id must not be empty");
        }

        if (string.IsNullOrWhiteSpace(TransactionalIdPrefix))
        {
            throw new ArgumentException("processor transactional id prefix must not be empty");
        }

        if (InstanceId is not null && (string.IsNullOrWhiteSpace(InstanceId) || InstanceId.Length > 249))
        {
            throw new ArgumentException("processor instance id must be 1 to 249 characters when set");
        }

        ArgumentNullException.ThrowIfNull(Pseudonyms);
        Pseudonyms.Validate();
        ArgumentNullException.ThrowIfNull(Unsealing);
        Unsealing.Validate();
        ArgumentNullException.ThrowIfNull(Sessions);
        Sessions.Validate();
        ArgumentNullException.ThrowIfNull(Actions);
        _ = new ActionReducer(Actions, Sessions); // validates the rules and their bounds against the session gap
        ArgumentNullException.ThrowIfNull(Apps);
        Apps.Validate();
        if (MaxRecordsPerTransaction is < 1 or > 100_000)
        {
            throw new ArgumentException($"max records per transaction {MaxRecordsPerTransaction} must be 1 to 100000");
        }

        if (MaxTransactionTime <= TimeSpan.Zero || MaxTransactionTime > TimeSpan.FromMinutes(1))
        {
            throw new ArgumentException($"max transaction time {MaxTransactionTime} must be positive and at most a minute");
        }

        if (PunctuationInterval <= TimeSpan.Zero)
        {
            throw new ArgumentException($"punctuation interval {PunctuationInterval} must be positive");
        }

        if (ChangelogSnapshotBytes < 4096)
        {
            throw new ArgumentException($"changelog snapshot bytes {ChangelogSnapshotBytes} must be at least 4096");
        }

        if (KafkaTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentException($"Kafka timeout {KafkaTimeout} must be positive");
        }

        if (TransactionTimeout < TimeSpan.FromSeconds(1) || TransactionTimeout >= KafkaTimeout || TransactionTimeout <= MaxTransactionTime)
        {
            throw new ArgumentException($"transaction timeout {TransactionTimeout} must be at least a second, above the max transaction time and below the Kafka timeout {KafkaTimeout}");
        }
    }
}
