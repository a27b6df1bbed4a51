using System.Diagnostics;
using Confluent.Kafka;
using Pipeline.Kafka;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;

namespace Pipeline.Bench;

/// <summary>
/// The raw records the pipeline stage's capture path produced, fed again into a fresh raw topic (with their consent
/// grants) while a processor under test works and a reader counts the clean events it commits, all at once, as the
/// pipeline runs: the setting of the processor-alone and Streamiz references. Feeding waits while more than the
/// backlog bound is unread, so the embedded broker's ~5 MB partitions never drop unread data.
/// </summary>
internal static class ReplayFeed
{
    /// <summary>A raw record with its event count, decoded once up front, outside the timed part.</summary>
    public readonly record struct RawRecord(byte[] Key, byte[] Value, int Events);

    /// <summary>Counts each record's events and finds the people, once, before any stage is timed.</summary>
    public static (List<RawRecord> Records, long Events, List<(string Subject, string Device, long FirstTime)> People) Prepare(IReadOnlyList<(byte[] Key, byte[] Value)> raw)
    {
        var records = new List<RawRecord>(raw.Count);
        var people = new Dictionary<string, (string Device, long FirstTime)>(StringComparer.Ordinal);
        var batch = new EventBatch();
        long total = 0;
        foreach ((byte[] key, byte[] value) in raw)
        {
            if (!RawBatchCodec.TryRead(value, batch, out DecodeError error))
            {
                throw new InvalidOperationException($"bench record does not decode: {error.Detail}");
            }

            records.Add(new RawRecord(key, value, batch.Count));
            total += batch.Count;
            long first = batch.Count > 0 ? batch.Events[0].TimeMicros : 0;
            if (!people.TryGetValue(batch.Subject, out var known) || first < known.FirstTime)
            {
                people[batch.Subject] = (batch.Device, first);
            }
        }

        var list = new List<(string, string, long)>(people.Count);
        foreach ((string subject, (string device, long firstTime)) in people)
        {
            list.Add((subject, device, firstTime));
        }

        return (records, total, list);
    }

    /// <summary>Grants consent for every person an hour before their first event, so the processor admits all of it.</summary>
    public static void GrantConsent(KafkaClientSettings settings, string consentTopic, IEnumerable<(string Subject, string Device, long FirstTime)> people)
    {
        using IProducer<byte[], byte[]> producer = new ProducerBuilder<byte[], byte[]>(settings.CreateProducerConfig()).Build();
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        foreach ((string subject, string device, long firstTime) in people)
        {
            buffer.ResetWrittenCount();
            ConsentChangeCodec.Write(new ConsentChange(subject, device, ConsentState.Granted, firstTime - 3_600_000_000L, null, "bench", []), buffer);
            producer.Produce(consentTopic, new Message<byte[], byte[]> { Key = System.Text.Encoding.UTF8.GetBytes(subject), Value = buffer.WrittenSpan.ToArray() });
        }

        producer.Flush(TimeSpan.FromSeconds(30));
    }

    /// <summary>
    /// Feeds <paramref name="records"/> to <paramref name="rawTopic"/> while a reader counts the clean events on
    /// <paramref name="cleanTopic"/>; returns when all <paramref name="events"/> arrived. The processor under test must
    /// already run. Time and CPU are the whole process's, from the first record fed to the last event read.
    /// </summary>
    public static (TimeSpan Elapsed, TimeSpan Cpu, long WireBytes, GcWindow Gc) Run(KafkaClientSettings settings, string rawTopic, string cleanTopic, int partitions,
        List<RawRecord> records, long events, long maxBacklogEvents, BenchProgress progress, CancellationToken cancel)
    {
        TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        GcWindow gcBefore = GcWindow.Now();
        var clock = Stopwatch.StartNew();
        Task reader = Task.Factory.StartNew(() => CleanTopicReader.Drain(settings, cleanTopic, partitions, events, progress, CountCleanEvents(), cancel),
            cancel, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        long wireBytes = 0;
        using (IProducer<byte[], byte[]> producer = new ProducerBuilder<byte[], byte[]>(settings.CreateProducerConfig()).Build())
        {
            foreach (RawRecord record in records)
            {
                while (progress.Produced - progress.Delivered > maxBacklogEvents && !reader.IsCompleted)
                {
                    cancel.ThrowIfCancellationRequested();
                    Thread.Sleep(1);
                }

                CeilingRun.ProduceWithBackpressure(producer, rawTopic, new Message<byte[], byte[]> { Key = record.Key, Value = record.Value });
                wireBytes += record.Value.Length;
                progress.AddProduced(record.Events);
            }

            producer.Flush(cancel);
        }

        reader.Wait(cancel);
        clock.Stop();
        return (clock.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpuBefore, wireBytes, GcWindow.Since(gcBefore));
    }

    private static Func<ConsumeResult<byte[], byte[]>, long> CountCleanEvents()
    {
        var batch = new EventBatch();
        return r => CleanBatchCodec.TryRead(r.Message.Value, batch, out _) ? batch.Count : 0;
    }
}
