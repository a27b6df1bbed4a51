using System.Diagnostics;
using Confluent.Kafka;
using Pipeline.Kafka;
using Pipeline.Schemas.Codec;

namespace Pipeline.Cli.Bench;

/// <summary>
/// The ceiling: the workload's raw batches, encoded once up front, produced to a raw topic while a
/// <see cref="TransactionalCopier"/> copies them to a clean topic and a reader drains that topic, all at once, as
/// the pipeline runs. The same bytes, the same broker, the same transactions, no processing.
/// </summary>
internal static class CeilingRun
{
    public static StageResult Run(KafkaClientSettings settings, TopicNames topics, int partitions, BenchWorkload workload, long maxBacklogEvents, BenchProgress progress, CancellationToken cancel)
    {
        var records = new List<(byte[] Key, byte[] Value, int Events)>();
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(64 * 1024);
        workload.Generate(0, (_, batch) =>
        {
            buffer.ResetWrittenCount();
            RawBatchCodec.Write(batch, buffer);
            records.Add((System.Text.Encoding.UTF8.GetBytes(batch.Subject), buffer.WrittenSpan.ToArray(), batch.Count));
        });

        progress.Reset();
        string id = $"bench-ceiling-{Guid.NewGuid():N}";
        TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        Task copier = Task.Factory.StartNew(() => TransactionalCopier.Run(settings, topics.Raw, topics.Clean, partitions, id, workload.Events, progress, cancel), cancel, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        Task reader = Task.Factory.StartNew(() => CleanTopicReader.Drain(settings, topics.Clean, partitions, workload.Events, progress, null, cancel), cancel, TaskCreationOptions.LongRunning, TaskScheduler.Default);
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
        return new StageResult("ceiling", workload.Events, clock.Elapsed, cpu, wireBytes, records.Count);
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
