using Confluent.Kafka;
using Pipeline.Kafka;

namespace Pipeline.Processing.Runner;

/// <summary>The latest state per subject and the position, read back from one changelog partition.</summary>
internal sealed class ChangelogSnapshot
{
    private ChangelogSnapshot(Dictionary<string, byte[]?> states, Dictionary<int, long> consentMarks, long nextOffset, long maxTransactionSeq, long committedSeq)
    {
        States = states;
        ConsentMarks = consentMarks;
        NextOffset = nextOffset;
        MaxTransactionSeq = maxTransactionSeq;
        CommittedSeq = committedSeq;
    }

    /// <summary>Subject pseudonym to its latest state value; null for a tombstone.</summary>
    public Dictionary<string, byte[]?> States { get; }

    /// <summary>Consent partition to the next offset of it whose unreadable records are not yet dead-lettered.</summary>
    public Dictionary<int, long> ConsentMarks { get; }

    /// <summary>The next raw offset to process; -1 when the partition was never processed.</summary>
    public long NextOffset { get; }

    /// <summary>The highest transaction sequence number seen (committed or not): new transactions number above it.</summary>
    public long MaxTransactionSeq { get; }

    /// <summary>The highest transaction known to have committed; -1 when none.</summary>
    public long CommittedSeq { get; }

    /// <summary>
    /// Reads the partitions from their beginning to their end (read_committed), within
    /// <see cref="ProcessorOptions.KafkaTimeout"/> on <paramref name="time"/>. The end is the high watermark when the
    /// read starts, not merely the first end-of-partition: a read_committed reader stops short of an open transaction
    /// (a previous owner's, on a real cluster), and waiting past it until it commits or aborts is what keeps a
    /// zombie's last transaction either wholly in the state or wholly out of it. On a broker without isolation
    /// (<see cref="ProcessorOptions.BrokerLacksTransactionIsolation"/>), records of transactions after the last one a
    /// marker vouches for are ignored.
    /// </summary>
    /// <exception cref="TimeoutException">A partition's end was not reached in time.</exception>
    public static Dictionary<int, ChangelogSnapshot> Read(KafkaClientSettings kafka, ProcessorOptions options, TimeProvider time, IReadOnlyList<TopicPartition> changelogs)
    {
        ConsumerConfig config = kafka.CreateConsumerConfig($"{options.GroupId}-restore");
        config.EnablePartitionEof = true;
        config.FetchWaitMaxMs = 20; // the end of the partition is what we wait for: do not let the broker sit on it
        using IConsumer<byte[]?, byte[]?> consumer = new ConsumerBuilder<byte[]?, byte[]?>(config).Build();
        var records = new Dictionary<int, List<ChangelogRecord>>();
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
        var ends = new Dictionary<int, long>(changelogs.Count);
        foreach (TopicPartition tp in changelogs)
        {
            ends[tp.Partition.Value] = consumer.QueryWatermarkOffsets(tp, options.KafkaTimeout).High.Value;
        }

        var atEnd = new HashSet<int>();
        long started = time.GetTimestamp();
        while (atEnd.Count < assignment.Count)
        {
            ConsumeResult<byte[]?, byte[]?>? result = consumer.Consume(TimeSpan.FromMilliseconds(100));
            if (result is null)
            {
                if (time.GetElapsedTime(started) > options.KafkaTimeout)
                {
                    throw new TimeoutException($"restoring {options.Topics.ProcessorState} did not reach its end within {options.KafkaTimeout}");
                }

                continue;
            }

            if (result.IsPartitionEOF)
            {
                if (result.Offset.Value >= ends[result.Partition.Value])
                {
                    atEnd.Add(result.Partition.Value);
                }

                continue;
            }

            if (ChangelogFormat.TryRead(result.Message, out ChangelogRecord record))
            {
                records[result.Partition.Value].Add(record);
            }
        }

        consumer.Close();
        var snapshots = new Dictionary<int, ChangelogSnapshot>();
        foreach ((int partition, List<ChangelogRecord> partitionRecords) in records)
        {
            snapshots[partition] = FromRecords(partitionRecords, options.BrokerLacksTransactionIsolation);
        }

        return snapshots;
    }

    /// <summary>The snapshot of one partition's records in offset order; <paramref name="verifyCommits"/> as in <see cref="Read"/>.</summary>
    internal static ChangelogSnapshot FromRecords(List<ChangelogRecord> records, bool verifyCommits)
    {
        long committed = -1;
        long maxSeq = -1;
        foreach (ChangelogRecord record in records)
        {
            maxSeq = Math.Max(maxSeq, record.Transaction);
            if (record.Kind == ChangelogRecordKind.Committed)
            {
                committed = Math.Max(committed, record.CommittedTransaction);
            }
        }

        var states = new Dictionary<string, byte[]?>(StringComparer.Ordinal);
        var consentMarks = new Dictionary<int, long>();
        long nextOffset = -1;
        foreach (ChangelogRecord record in records)
        {
            if (verifyCommits && record.Transaction > committed)
            {
                continue;
            }

            if (record.Kind == ChangelogRecordKind.Position)
            {
                nextOffset = record.NextOffset;
            }
            else if (record.Kind == ChangelogRecordKind.State)
            {
                states[record.Key] = record.State;
            }
            else if (record.Kind == ChangelogRecordKind.ConsentMark)
            {
                consentMarks[record.ConsentPartition] = record.NextOffset;
            }
        }

        return new ChangelogSnapshot(states, consentMarks, nextOffset, maxSeq, verifyCommits ? committed : maxSeq);
    }
}
