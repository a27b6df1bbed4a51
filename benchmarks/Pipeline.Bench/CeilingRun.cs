using System.Diagnostics;
using Confluent.Kafka;
using Pipeline.Kafka;
using Pipeline.Privacy.Shredding;

namespace Pipeline.Bench;

/// <summary>
/// The ceiling: the workload's raw batches, encoded once up front, produced to a raw topic while a
/// <see cref="TransactionalCopier"/> copies them to a clean topic and a reader drains that topic, all at once, as
/// the pipeline runs. The same bytes, the same broker, the same transactions, no processing.
/// </summary>
internal static class CeilingRun
{
    /// <summary>Replays <paramref name="raw"/>, the records the pipeline stage's capture path produced.</summary>
    public static StageResult Run(KafkaClientSettings settings, TopicNames topics, int partitions, IReadOnlyList<(byte[] Key, byte[] Value)> raw,
        IReadOnlyList<(byte[] Key, byte[] Value)> keys, UnsealingOptions unsealing, long maxBacklogEvents, BenchProgress progress, CancellationToken cancel)
    {
        // Event counts come from one opening and decode up front, outside the timed part: the copier itself never decodes.
        int[] counts = SealedRecords.CountEvents(raw, keys, unsealing);
        var records = new List<(byte[] Key, byte[] Value, int Events)>(raw.Count);
        long total = 0;
        for (int i = 0; i < raw.Count; i++)
        {
            // One read per record: the bench's copy of the raw records is a file (SpilledRecords), read by index.
            (byte[] key, byte[] value) = raw[i];
            records.Add((key, value, counts[i]));
            total += counts[i];
        }

        progress.Reset();
        string id = $"bench-ceiling-{Guid.NewGuid():N}";
        TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        Task copier = Task.Factory.StartNew(() => TransactionalCopier.Run(settings, topics.Raw, topics.Clean, partitions, id, total, progress, cancel), cancel, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        Task reader = Task.Factory.StartNew(() => CleanTopicReader.Drain(settings, topics.Clean, partitions, total, progress, null, cancel), cancel, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        long wireBytes = 0;
        using (IProducer<byte[], byte[]> producer = new ProducerBuilder<byte[], byte[]>(settings.CreateProducerConfig()).Build())
        {
            foreach ((byte[] key, byte[] value, int events) in records)
            {
                while (progress.Produced - progress.Processed > maxBacklogEvents && !copier.IsCompleted)
                {
                    Thread.Sleep(1);
                }

                var headers = new Headers { { TransactionalCopier.EventsHeader, TransactionalCopier.EncodeCount(events) } };
                ProduceWithBackpressure(producer, topics.Raw, new Message<byte[], byte[]> { Key = key, Value = value, Headers = headers });
                wireBytes += value.Length;
                progress.AddProduced(events);
            }

            producer.Flush(cancel);
        }

        Task.WaitAll([copier, reader], cancel);
        clock.Stop();
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        return new StageResult("ceiling", total, clock.Elapsed, cpu, wireBytes, records.Count);
    }

    /// <summary>Produces, waiting while the client's bounded queue is full instead of failing.</summary>
    internal static void ProduceWithBackpressure(IProducer<byte[], byte[]> producer, string topic, Message<byte[], byte[]> message)
    {
        while (true)
        {
            try
            {
                producer.Produce(topic, message);
                return;
            }
            catch (ProduceException<byte[], byte[]> ex) when (ex.Error.Code == ErrorCode.Local_QueueFull)
            {
                producer.Poll(TimeSpan.FromMilliseconds(10));
            }
        }
    }
}
