using Confluent.Kafka;
using Pipeline.Kafka;
using Pipeline.Processing.Shredding;

namespace Pipeline.Processing.Runner;

/// <summary>
/// Reads the whole keys topic into the <see cref="KeysTable"/>, like the consent topic into its table: at start to its
/// end, then continuously, and to its end again whenever a batch names a key the table does not know. "Its end" is the
/// high watermark of every partition when the catch-up starts: a read_committed reader gets there once the open
/// transactions below it end, so a secret committed by a partition's previous owner is never missed, and the caller
/// commits its own open transactions first, so it never waits on itself.
/// </summary>
internal sealed class KeysTopicReader : IDisposable
{
    private readonly IConsumer<byte[]?, byte[]?> _consumer;
    private readonly KeysTable _table;
    private readonly TimeProvider _time;
    private readonly TimeSpan _timeout;
    private readonly string _topic;
    private readonly List<TopicPartition> _partitions = [];
    private readonly long[] _reached;

    public KeysTopicReader(KafkaClientSettings kafka, ProcessorOptions options, int partitions, KeysTable table, TimeProvider time)
    {
        _table = table;
        _time = time;
        _timeout = options.KafkaTimeout;
        _topic = options.Topics.Keys;
        // No group offsets: the table is rebuilt from the beginning at every start.
        ConsumerConfig config = kafka.CreateConsumerConfig($"{options.GroupId}-keys");
        config.EnablePartitionEof = true;
        config.FetchWaitMaxMs = 20; // the end of the topic is news here: do not let the broker sit on an empty fetch
        _consumer = new ConsumerBuilder<byte[]?, byte[]?>(config).Build();
        _reached = new long[partitions];
        var assignment = new List<TopicPartitionOffset>(partitions);
        for (int p = 0; p < partitions; p++)
        {
            _partitions.Add(new TopicPartition(_topic, p));
            assignment.Add(new TopicPartitionOffset(_topic, p, Offset.Beginning));
        }

        _consumer.Assign(assignment);
    }

    /// <summary>Records read so far.</summary>
    public long Records { get; private set; }

    /// <summary>Applies whatever has been fetched, without waiting.</summary>
    public void Poll()
    {
        while (_consumer.Consume(TimeSpan.Zero) is { } result)
        {
            Apply(result);
        }
    }

    /// <summary>Reads every partition up to its high watermark as of now.</summary>
    /// <exception cref="TimeoutException">Not there within <see cref="ProcessorOptions.KafkaTimeout"/> (an open transaction that does not end).</exception>
    public void CatchUp()
    {
        long[] targets = new long[_partitions.Count];
        foreach (TopicPartition tp in _partitions)
        {
            targets[tp.Partition.Value] = _consumer.QueryWatermarkOffsets(tp, _timeout).High.Value;
        }

        long started = _time.GetTimestamp();
        while (!AllReached(targets))
        {
            if (_consumer.Consume(TimeSpan.FromMilliseconds(100)) is { } result)
            {
                Apply(result);
            }
            else if (_time.GetElapsedTime(started) > _timeout)
            {
                throw new TimeoutException($"reading {_topic} did not reach its end within {_timeout}");
            }
        }
    }

    public void Dispose()
    {
        _consumer.Close();
        _consumer.Dispose();
    }

    private bool AllReached(long[] targets)
    {
        for (int p = 0; p < targets.Length; p++)
        {
            if (_reached[p] < targets[p])
            {
                return false;
            }
        }

        return true;
    }

    private void Apply(ConsumeResult<byte[]?, byte[]?> result)
    {
        // How far each partition has been read, across polls: a record's next offset, or where its end was met (past
        // any transaction markers, which are not delivered as records).
        int partition = result.Partition.Value;
        long next = result.IsPartitionEOF ? result.Offset.Value : result.Offset.Value + 1;
        _reached[partition] = Math.Max(_reached[partition], next);
        if (result.IsPartitionEOF)
        {
            return;
        }

        Records++;
        _table.Apply(result.Message.Key, result.Message.Value);
    }
}
