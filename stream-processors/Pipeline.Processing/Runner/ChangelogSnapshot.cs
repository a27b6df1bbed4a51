using System.Buffers.Binary;
using System.Text;
using Confluent.Kafka;
using Pipeline.Kafka;

namespace Pipeline.Processing.Runner;

/// <summary>The latest state per subject and the position, read back from one changelog partition.</summary>
internal sealed class ChangelogSnapshot
{
    private ChangelogSnapshot(Dictionary<string, byte[]?> states, long nextOffset, long maxTransactionSeq, long committedSeq)
    {
        States = states;
        NextOffset = nextOffset;
        MaxTransactionSeq = maxTransactionSeq;
        CommittedSeq = committedSeq;
    }

    /// <summary>Subject pseudonym to its latest state value; null for a tombstone.</summary>
    public Dictionary<string, byte[]?> States { get; }

    /// <summary>The next raw offset to process; -1 when the partition was never processed.</summary>
    public long NextOffset { get; }

    /// <summary>The highest transaction sequence number seen (committed or not): new transactions number above it.</summary>
    public long MaxTransactionSeq { get; }

    /// <summary>The highest transaction known to have committed; -1 when none.</summary>
    public long CommittedSeq { get; }

    /// <summary>
    /// Reads the partitions from their beginning to their end (read_committed). On a broker without isolation
    /// (<see cref="ProcessorOptions.BrokerLacksTransactionIsolation"/>), records of transactions after the last one a
    /// marker vouches for are ignored.
    /// </summary>
    public static Dictionary<int, ChangelogSnapshot> Read(KafkaClientSettings kafka, ProcessorOptions options, IReadOnlyList<TopicPartition> changelogs)
    {
        ConsumerConfig config = kafka.CreateConsumerConfig($"{options.GroupId}-restore");
        config.EnablePartitionEof = true;
        config.FetchWaitMaxMs = 20; // the end of the partition is what we wait for: do not let the broker sit on it
        using IConsumer<byte[]?, byte[]?> consumer = new ConsumerBuilder<byte[]?, byte[]?>(config).Build();
        var records = new Dictionary<int, List<(string Key, byte[]? Value, long Seq)>>();
        var assignment = new List<TopicPartitionOffset>(changelogs.Count);
        foreach (TopicPartition tp in changelogs)
        {
            records[tp.Partition.Value] = [];
            assignment.Add(new TopicPartitionOffset(tp, Offset.Beginning));
        }

        if (assignment.Count == 0)
        {
            return [];
        }

        consumer.Assign(assignment);
        var atEnd = new HashSet<int>();
        long deadline = Environment.TickCount64 + (long)options.KafkaTimeout.TotalMilliseconds;
        while (atEnd.Count < assignment.Count)
        {
            ConsumeResult<byte[]?, byte[]?>? result = consumer.Consume(TimeSpan.FromMilliseconds(100));
            if (result is null)
            {
                if (Environment.TickCount64 > deadline)
                {
                    throw new TimeoutException($"restoring {options.Topics.ProcessorState} did not reach its end within {options.KafkaTimeout}");
                }

                continue;
            }

            if (result.IsPartitionEOF)
            {
                atEnd.Add(result.Partition.Value);
                continue;
            }

            byte[]? key = result.Message.Key;
            if (key is null)
            {
                continue;
            }

            long seq = -1;
            if (result.Message.Headers?.TryGetLastBytes(PartitionWork.TransactionHeader, out byte[] seqBytes) == true && seqBytes.Length == 8)
            {
                seq = BinaryPrimitives.ReadInt64LittleEndian(seqBytes);
            }

            records[result.Partition.Value].Add((Encoding.UTF8.GetString(key), result.Message.Value, seq));
        }

        consumer.Close();
        var snapshots = new Dictionary<int, ChangelogSnapshot>();
        foreach ((int partition, List<(string Key, byte[]? Value, long Seq)> partitionRecords) in records)
        {
            snapshots[partition] = FromRecords(partitionRecords, options.BrokerLacksTransactionIsolation);
        }

        return snapshots;
    }

    private static ChangelogSnapshot FromRecords(List<(string Key, byte[]? Value, long Seq)> records, bool verifyCommits)
    {
        long committed = -1;
        long maxSeq = -1;
        foreach ((string key, byte[]? value, long seq) in records)
        {
            maxSeq = Math.Max(maxSeq, seq);
            if (key == PartitionWork.CommittedKey && value is { Length: 8 })
            {
                committed = Math.Max(committed, BinaryPrimitives.ReadInt64LittleEndian(value));
            }
        }

        var states = new Dictionary<string, byte[]?>(StringComparer.Ordinal);
        long nextOffset = -1;
        foreach ((string key, byte[]? value, long seq) in records)
        {
            if (verifyCommits && seq > committed)
            {
                continue;
            }

            if (key == PartitionWork.OffsetsKey)
            {
                if (value is { Length: 16 })
                {
                    nextOffset = BinaryPrimitives.ReadInt64LittleEndian(value);
                }
            }
            else if (key != PartitionWork.CommittedKey)
            {
                states[key] = value;
            }
        }

        return new ChangelogSnapshot(states, nextOffset, maxSeq, verifyCommits ? committed : maxSeq);
    }
}
