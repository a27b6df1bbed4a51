using Confluent.Kafka;
using Pipeline.Kafka;
using Pipeline.Kafka.Records;
using Pipeline.Telemetry;

namespace Pipeline.Processing.Runner;

/// <summary>
/// The one transactional producer of a processor instance and its open transaction, which every owned partition with
/// work joins (the KIP-447 model: one <c>transactional.id</c> per instance, the consumer's group metadata sent with the
/// offsets of every transaction). A commit writes each member's changelog, sends the members' positions with the
/// group metadata and commits; an abort undoes every member's work at once.
/// </summary>
/// <remarks>
/// One producer for all partitions replaces one per partition: its threads and connections do not grow with the
/// partition count, and one commit covers every partition's batch. Not thread-safe: the runner's loop thread only.
/// </remarks>
internal sealed class InstanceTransaction : IDisposable
{
    private readonly ProcessorOptions _options;
    private readonly TimeProvider _time;
    private readonly ProcessorProgress _progress;
    private readonly IProducer<byte[]?, byte[]?> _producer;
    private readonly List<PartitionWork> _members = [];
    private readonly List<TopicPartitionOffset> _positions = [];
    private readonly ExactLengthArrays _arrays = new();
    private readonly Message<byte[]?, byte[]?> _message = new();
    private readonly Headers _noHeaders = [];
    private long _started;

    /// <summary>Creates the producer and initialises its transactions (which aborts a predecessor's open transaction of the same id).</summary>
    public InstanceTransaction(string transactionalId, ProcessorOptions options, KafkaClientSettings kafka, TimeProvider time, ProcessorProgress progress)
    {
        _options = options;
        _time = time;
        _progress = progress;
        TransactionalId = transactionalId;
        ProducerConfig config = kafka.CreateTransactionalProducerConfig(TransactionalId);
        config.TransactionTimeoutMs = (int)options.TransactionTimeout.TotalMilliseconds;
        _producer = new ProducerBuilder<byte[]?, byte[]?>(config).Build();
        try
        {
            _producer.InitTransactions(options.KafkaTimeout);
        }
        catch
        {
            _producer.Dispose();
            throw;
        }
    }

    /// <summary>This instance's <c>transactional.id</c>.</summary>
    public string TransactionalId { get; }

    /// <summary>Whether a transaction is open.</summary>
    public bool IsOpen { get; private set; }

    /// <summary>Raw records processed in the open transaction, over all partitions.</summary>
    public int Records { get; private set; }

    /// <summary>The partitions whose work is in the open transaction.</summary>
    public IReadOnlyList<PartitionWork> Members => _members;

    /// <summary>Whether the open transaction has been open for <see cref="ProcessorOptions.MaxTransactionTime"/> at <paramref name="now"/>.</summary>
    public bool Due(long now) => IsOpen && _time.GetElapsedTime(_started, now) >= _options.MaxTransactionTime;

    /// <summary>Whether the open transaction is full (<see cref="ProcessorOptions.MaxRecordsPerTransaction"/>).</summary>
    public bool Full => Records >= _options.MaxRecordsPerTransaction;

    /// <summary>Adds <paramref name="work"/>, not yet a member, to the transaction, opening one if none is open.</summary>
    public void Enlist(PartitionWork work)
    {
        if (!IsOpen)
        {
            _producer.BeginTransaction();
            IsOpen = true;
            Records = 0;
            _started = _time.GetTimestamp();
        }

        _members.Add(work);
    }

    /// <summary>Counts one processed raw record.</summary>
    public void Counted() => Records++;

    /// <summary>
    /// Produces into the open transaction. The value is copied into a reused array of its exact length (librdkafka
    /// copies it again before this returns), so producing allocates nothing per record.
    /// </summary>
    public void Produce(TopicPartition target, byte[]? key, ReadOnlySpan<byte> value, Headers? headers) =>
        Produce(target, key, _arrays.Fill(value), headers);

    /// <summary>Produces a value that is already an exact-length array (a tombstone when null).</summary>
    public void Produce(TopicPartition target, byte[]? key, byte[]? value, Headers? headers)
    {
        // One message object for every produce: Confluent.Kafka reads it during the call and keeps nothing.
        _message.Key = key;
        _message.Value = value;
        _message.Headers = headers ?? _noHeaders;
        while (true)
        {
            try
            {
                _producer.Produce(target, _message);
                return;
            }
            catch (ProduceException<byte[]?, byte[]?> ex) when (ex.Error.Code == ErrorCode.Local_QueueFull)
            {
                // The producer's bounded queue is the back-pressure: let deliveries drain, then try again.
                _producer.Poll(TimeSpan.FromMilliseconds(50));
            }
        }
    }

    /// <summary>
    /// Writes every member's changelog (state changes and position), sends the members' positions with
    /// <paramref name="group"/> and commits. Without a <paramref name="group"/> no offsets are sent (a partition
    /// handed over after the consumer left the group; the changelog holds the position either way).
    /// </summary>
    public void Commit(IConsumerGroupMetadata? group)
    {
        if (!IsOpen)
        {
            return;
        }

        _positions.Clear();
        foreach (PartitionWork member in _members)
        {
            member.WriteChangelog();
            if (member.NextOffset >= 0)
            {
                _positions.Add(new TopicPartitionOffset(_options.Topics.Raw, member.Partition, member.NextOffset));
            }
        }

        if (group is not null && _positions.Count > 0)
        {
            // On a real cluster this is the fencing (KIP-447): the group coordinator refuses the offsets of a member
            // whose generation has passed, which dooms a zombie's transaction. The position itself is in the changelog.
            _producer.SendOffsetsToTransaction(_positions, group, _options.KafkaTimeout);
        }

        _producer.CommitTransaction(_options.KafkaTimeout);
        foreach (PartitionWork member in _members)
        {
            member.Committed();
        }

        Closed();
        _progress.AddCommitted();
        PipelineMetrics.TransactionsCommitted.Add(1);
    }

    /// <summary>Aborts the open transaction; the caller restores the members it returns (copied into <paramref name="aborted"/>).</summary>
    public void Abort(List<PartitionWork> aborted)
    {
        aborted.Clear();
        if (!IsOpen)
        {
            return;
        }

        aborted.AddRange(_members);
        try
        {
            _producer.AbortTransaction(_options.KafkaTimeout);
        }
        finally
        {
            foreach (PartitionWork member in _members)
            {
                member.Aborted();
            }

            Closed();
            _progress.AddAborted();
            PipelineMetrics.TransactionsAborted.Add(1);
        }
    }

    public void Dispose() => _producer.Dispose();

    private void Closed()
    {
        _members.Clear();
        IsOpen = false;
        Records = 0;
    }
}
