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
    /// Reads the partition from its beginning to its end (read_committed). With <paramref name="verifyCommits"/>,
    /// records of transactions after the last one a marker vouches for are ignored.
    /// </summary>
    public static ChangelogSnapshot Read(KafkaClientSettings kafka, ProcessorOptions options, TopicPartition changelog, bool verifyCommits)
    {
        ConsumerConfig config = kafka.CreateConsumerConfig($"{options.GroupId}-restore");
        config.EnablePartitionEof = true;
        using IConsumer<byte[]?, byte[]?> consumer = new ConsumerBuilder<byte[]?, byte[]?>(config).Build();
        consumer.Assign(new TopicPartitionOffset(changelog, Offset.Beginning));
        var records = new List<(string Key, byte[]? Value, long Seq)>();
        long deadline = Environment.TickCount64 + (long)options.KafkaTimeout.TotalMilliseconds;
        while (true)
        {
            ConsumeResult<byte[]?, byte[]?>? result = consumer.Consume(TimeSpan.FromMilliseconds(100));
            if (result is null)
            {
                if (Environment.TickCount64 > deadline)
                {
                    throw new TimeoutException($"restoring {changelog} did not reach its end within {options.KafkaTimeout}");
                }

                continue;
            }

            if (result.IsPartitionEOF)
            {
                break;
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

            records.Add((Encoding.UTF8.GetString(key), result.Message.Value, seq));
        }

        consumer.Close();
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
