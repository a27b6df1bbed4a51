using System.Buffers.Binary;
using Confluent.Kafka;
using Pipeline.Kafka;

namespace Pipeline.Bench;

/// <summary>
/// The ceiling's "processor": reads committed records and writes the same bytes to another topic inside Kafka
/// transactions that also carry the consumed offsets, at the processor's cadence. No decoding, no work: what is
/// left is the broker, the clients and exactly-once bookkeeping, which the real processor cannot beat.
/// </summary>
internal static class TransactionalCopier
{
    /// <summary>Header carrying the event count of a bench record, so copies count events without decoding.</summary>
    public const string EventsHeader = "bench-events";

    /// <summary>Records per transaction at most; matches the processor's default batch bound.</summary>
    public const int MaxRecordsPerTransaction = 1000;

    /// <summary>How long to gather records for one transaction; matches the processor's default.</summary>
    public static readonly TimeSpan MaxTransactionAge = TimeSpan.FromMilliseconds(50);

    public static byte[] EncodeCount(int events)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, events);
        return bytes;
    }

    public static int DecodeCount(Headers? headers) =>
        headers is not null && headers.TryGetLastBytes(EventsHeader, out byte[] bytes) && bytes.Length == 4
            ? BinaryPrimitives.ReadInt32LittleEndian(bytes)
            : 0;

    /// <summary>Copies <paramref name="from"/> to <paramref name="to"/> until <paramref name="expectedEvents"/> were committed.</summary>
    public static void Run(KafkaClientSettings settings, string from, string to, int partitions, string id, long expectedEvents, BenchProgress progress, CancellationToken cancel) =>
        RunTransactions(settings, from, partitions, id, expectedEvents,
            (producer, r) =>
            {
                producer.Produce(to, new Message<byte[], byte[]> { Key = r.Message.Key, Value = r.Message.Value, Headers = r.Message.Headers });
                return DecodeCount(r.Message.Headers);
            },
            progress.AddProcessed, cancel);

    /// <summary>
    /// The processor's loop shape, shared by the references: every partition of <paramref name="from"/> from the
    /// beginning, records gathered into transactions with the processor's bounds, <paramref name="onRecord"/> producing
    /// each record's outputs and returning how many units (events or records) it counts, the consumed offsets sent in
    /// the transaction, then commit; until <paramref name="expected"/> units were committed.
    /// </summary>
    public static void RunTransactions(KafkaClientSettings settings, string from, int partitions, string id, long expected,
        Func<IProducer<byte[], byte[]>, ConsumeResult<byte[], byte[]>, long> onRecord, Action<long> committed, CancellationToken cancel)
    {
        using IConsumer<byte[], byte[]> consumer = new ConsumerBuilder<byte[], byte[]>(settings.CreateConsumerConfig(id)).Build();
        using IProducer<byte[], byte[]> producer = new ProducerBuilder<byte[], byte[]>(settings.CreateTransactionalProducerConfig(id)).Build();
        producer.InitTransactions(TimeSpan.FromSeconds(30));
        var assignment = new List<TopicPartitionOffset>(partitions);
        for (int p = 0; p < partitions; p++)
        {
            assignment.Add(new TopicPartitionOffset(from, p, Offset.Beginning));
        }

        consumer.Assign(assignment);
        var next = new Dictionary<TopicPartition, TopicPartitionOffset>();
        long done = 0;
        while (done < expected)
        {
            cancel.ThrowIfCancellationRequested();
            ConsumeResult<byte[], byte[]>? first = consumer.Consume(TimeSpan.FromMilliseconds(100));
            if (first is null)
            {
                continue;
            }

            producer.BeginTransaction();
            next.Clear();
            long units = 0;
            int records = 0;
            DateTime deadline = DateTime.UtcNow + MaxTransactionAge;
            for (ConsumeResult<byte[], byte[]>? r = first; r is not null; r = records < MaxRecordsPerTransaction && DateTime.UtcNow < deadline ? consumer.Consume(0) : null)
            {
                units += onRecord(producer, r);
                next[r.TopicPartition] = new TopicPartitionOffset(r.TopicPartition, r.Offset + 1);
                records++;
            }

            producer.SendOffsetsToTransaction(next.Values, consumer.ConsumerGroupMetadata, TimeSpan.FromSeconds(30));
            producer.CommitTransaction(TimeSpan.FromSeconds(30));
            done += units;
            committed(units);
        }
    }
}
