using System.Buffers;
using Confluent.Kafka;
using Microsoft.Extensions.Logging;
using Pipeline.Kafka;
using Pipeline.Privacy;
using Pipeline.Privacy.Pseudonyms;
using Pipeline.Processing.Scrubbing;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;
using Streamiz.Kafka.Net;
using Streamiz.Kafka.Net.SerDes;

namespace Pipeline.Bench;

/// <summary>
/// The peer a C# user would pick instead: a Streamiz.Kafka.Net topology (Kafka Streams for .NET) doing only the
/// stateless part of the processor's work with this project's own parts (decode with <see cref="RawBatchCodec"/>,
/// pseudonymise and redact with the processor's <see cref="Scrubber"/>, encode with <see cref="CleanBatchCodec"/>),
/// exactly once, with the library's defaults plus the client tuning every role here gets (linger, lz4, the fetch
/// wait, no fetch back-off), on the same raw records as the processor-alone reference.
/// </summary>
internal sealed class StreamizRun(KafkaClientSettings kafka, TopicNames topics, int partitions, PseudonymOptions pseudonyms, ILoggerFactory loggers,
    BenchProgress progress, ProcessSampler sampler)
{
    public sealed record Result(StageResult Stage, int PeakThreads);

    public async Task<Result> RunAsync(List<ReplayFeed.RawRecord> records, long events, long maxBacklogEvents, CancellationToken cancel)
    {
        progress.Reset();
        var work = new StatelessWork(pseudonyms);
        var config = new StreamConfig<ByteArraySerDes, ByteArraySerDes>
        {
            ApplicationId = $"bench-streamiz-{Guid.NewGuid():N}",
            BootstrapServers = kafka.BootstrapServers,
            Guarantee = ProcessingGuarantee.EXACTLY_ONCE,
            AutoOffsetReset = AutoOffsetReset.Earliest,
            Logger = loggers,

            // The tuning every client of this project gets (KafkaClientSettings), so the comparison is of designs.
            LingerMs = kafka.Linger.TotalMilliseconds,
            CompressionType = CompressionType.Lz4,
            QueueBufferingMaxKbytes = kafka.QueueBufferingMaxKilobytes,
            FetchWaitMaxMs = (int)kafka.FetchMaxWait.TotalMilliseconds,
            FetchQueueBackoffMs = 0,
        };
        foreach (KeyValuePair<string, string> property in kafka.Properties)
        {
            config.AddConfig(property.Key, property.Value);
        }

        var builder = new StreamBuilder();
        builder.Stream<byte[], byte[]>(topics.Raw)
            .MapValues((value, _) => work.Transform(value))
            .To(topics.Clean);
        using var stream = new KafkaStream(builder.Build(), config);
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        stream.StateChanged += (_, state) =>
        {
            if (state == KafkaStream.State.ERROR)
            {
                failed.Cancel();
            }
        };
        progress.ProcessedBy(() => work.Events);
        try
        {
            await stream.StartAsync(failed.Token);
            sampler.Reset();
            (TimeSpan elapsed, TimeSpan cpu, long wire, GcWindow gc) = await Task.Run(() => ReplayFeed.Run(kafka, topics.Raw, topics.Clean, partitions, records, events, maxBacklogEvents, progress, failed.Token), failed.Token);
            return new Result(new StageResult("streamiz", events, elapsed, cpu, wire, records.Count) { Gc = gc }, sampler.MaxThreads);
        }
        catch (OperationCanceledException) when (failed.IsCancellationRequested && !cancel.IsCancellationRequested)
        {
            throw new InvalidOperationException("the Streamiz reference failed: its stream threads died (its log above says why)");
        }
        finally
        {
            progress.ProcessedBy(null);
            stream.Dispose();
        }
    }

    /// <summary>The per-record function of the topology: one stream thread calls it, so its buffers are reused.</summary>
    private sealed class StatelessWork(PseudonymOptions pseudonyms)
    {
        // The clean schema requires a session id; sessions are stateful work this reference leaves out, so every
        // event gets the same id, of the length a real one has.
        private static readonly string s_noSession = new('0', 32);

        private readonly Pseudonymizer _pseudonymizer = new(pseudonyms);
        private readonly Scrubber _scrubber = new(new Pseudonymizer(pseudonyms), new Redactor());
        private readonly Dictionary<string, PersonSecret> _secrets = new(StringComparer.Ordinal);
        private readonly EventBatch _raw = new();
        private readonly EventBatch _clean = new();
        private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
        private long _events;

        public long Events => Interlocked.Read(ref _events);

        public byte[] Transform(byte[] value)
        {
            if (!RawBatchCodec.TryRead(value, _raw, out DecodeError error))
            {
                throw new InvalidOperationException($"bench record does not decode: {error.Detail}");
            }

            // Pseudonyms come from a per-person secret, as in the processor (which keeps its secrets in a table like
            // this one, made once per person): one dictionary lookup per batch here too.
            if (!_secrets.TryGetValue(_raw.Subject, out PersonSecret? person))
            {
                person = PersonSecret.Create(_raw.Subject);
                _secrets.Add(_raw.Subject, person);
            }

            _scrubber.Scrub(_raw, person, _pseudonymizer.CurrentVersion, _clean);
            foreach (ref InteractionEvent e in _clean.Events)
            {
                e.SessionId = s_noSession;
            }

            _buffer.ResetWrittenCount();
            CleanBatchCodec.Write(_clean, _buffer);
            Interlocked.Add(ref _events, _clean.Count);

            // Streamiz produces what the mapper returns: an array per record is its API.
            return _buffer.WrittenSpan.ToArray();
        }
    }
}
