using Confluent.Kafka;
using Pipeline.Kafka;

namespace Pipeline.Bench;

/// <summary>
/// Reads a topic with read_committed until a number of events has arrived, as a downstream consumer does.
/// With <c>onRecord</c> it also lets the caller look at each record (latency sampling).
/// </summary>
internal static class CleanTopicReader
{
    public static void Drain(KafkaClientSettings settings, string topic, int partitions, long expectedEvents, BenchProgress progress,
        Func<ConsumeResult<byte[], byte[]>, long>? onRecord, CancellationToken cancel)
    {
        using IConsumer<byte[], byte[]> consumer = new ConsumerBuilder<byte[], byte[]>(settings.CreateConsumerConfig($"bench-reader-{Guid.NewGuid():N}")).Build();
        var assignment = new List<TopicPartitionOffset>(partitions);
        for (int p = 0; p < partitions; p++)
        {
            assignment.Add(new TopicPartitionOffset(topic, p, Offset.Beginning));
        }

        consumer.Assign(assignment);
        long seen = 0;
        while (seen < expectedEvents)
        {
            cancel.ThrowIfCancellationRequested();
            ConsumeResult<byte[], byte[]>? r = consumer.Consume(TimeSpan.FromMilliseconds(100));
            if (r is null || r.IsPartitionEOF)
            {
                continue;
            }

            long events = onRecord is null ? TransactionalCopier.DecodeCount(r.Message.Headers) : onRecord(r);
            seen += events;
            progress.AddDelivered(events);
        }
    }
}
