using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Avro;
using Avro.Generic;
using Avro.IO;
using Confluent.Kafka;
using Pipeline.Kafka;
using Pipeline.Schemas;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;

namespace Pipeline.Bench;

/// <summary>
/// The naive design, measured on the same broker: one Kafka record per event, Apache.Avro's generic writer and
/// reader for every event, and per-event processing (consent look-up, an HMAC per id, redaction, session
/// assignment) with the same transactions as the real processor. It shows what batching and the span codec buy.
/// </summary>
internal sealed class NaiveRun
{
    private static readonly string[] s_kinds = ["MOVE", "BUTTON_DOWN", "BUTTON_UP", "SCROLL", "KEY_DOWN", "KEY_UP", "FOCUS", "LOCK", "UNLOCK"];
    private static readonly string[] s_buttons = ["NONE", "LEFT", "RIGHT", "MIDDLE", "BACK", "FORWARD"];
    private static readonly string[] s_keys = ["NONE", "LETTER", "DIGIT", "SPACE", "PUNCTUATION", "MODIFIER", "NAVIGATION", "EDITING", "FUNCTION", "OTHER"];

    private readonly RecordSchema _rawSchema;
    private readonly RecordSchema _cleanSchema;
    private readonly byte[] _rawHeader;
    private readonly byte[] _cleanHeader;
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);
    private readonly Func<string, string> _redact;

    public NaiveRun(Func<string, string> redact)
    {
        _redact = redact;
        SchemaCatalog catalog = SchemaCatalog.Shipped;
        _rawSchema = (RecordSchema)Schema.Parse(catalog.Current(RawBatchCodec.RecordName).Json);
        _cleanSchema = (RecordSchema)Schema.Parse(catalog.Current(CleanBatchCodec.RecordName).Json);
        _rawHeader = Header(RawBatchCodec.Fingerprint);
        _cleanHeader = Header(CleanBatchCodec.Fingerprint);
    }

    public StageResult Run(KafkaClientSettings settings, TopicNames topics, int partitions, BenchWorkload workload, long maxBacklogEvents, BenchProgress progress, CancellationToken cancel)
    {
        progress.Reset();
        string id = $"bench-naive-{Guid.NewGuid():N}";
        TimeSpan cpuBefore = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        Task processor = Task.Factory.StartNew(() => ProcessRecords(settings, topics, partitions, id, workload.Events, progress, cancel), cancel, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        long wireBytes = 0;
        long records = 0;
        using (IProducer<byte[], byte[]> producer = new ProducerBuilder<byte[], byte[]>(settings.CreateProducerConfig()).Build())
        {
            var writer = new GenericDatumWriter<GenericRecord>(_rawSchema);
            workload.Generate(0, (_, batch) =>
            {
                foreach (ref InteractionEvent e in batch.Events)
                {
                    while (progress.Produced - progress.Delivered > maxBacklogEvents && !processor.IsCompleted)
                    {
                        Thread.Sleep(1);
                    }

                    byte[] value = Encode(writer, _rawSchema, _rawHeader, batch.Subject, batch.Device, 0, batch.ScreenWidth, batch.ScreenHeight, e, sessionId: null);
                    CeilingRun.ProduceWithBackpressure(producer, topics.Raw, new Message<byte[], byte[]> { Key = Encoding.UTF8.GetBytes(batch.Subject), Value = value });
                    wireBytes += value.Length;
                    records++;
                    progress.AddProduced(1);
                }
            });
            producer.Flush(cancel);
        }

        processor.Wait(cancel);
        clock.Stop();
        TimeSpan cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        return new StageResult("naive", workload.Events, clock.Elapsed, cpu, wireBytes, records);
    }

    private void ProcessRecords(KafkaClientSettings settings, TopicNames topics, int partitions, string id, long expected, BenchProgress progress, CancellationToken cancel)
    {
        var reader = new GenericDatumReader<GenericRecord>(_rawSchema, _rawSchema);
        var writer = new GenericDatumWriter<GenericRecord>(_cleanSchema);
        var consented = new Dictionary<string, bool>(StringComparer.Ordinal);
        var sessions = new Dictionary<string, (string Id, long Last)>(StringComparer.Ordinal);
        TransactionalCopier.RunTransactions(settings, topics.Raw, partitions, id, expected,
            (producer, r) =>
            {
                byte[] raw = r.Message.Value;
                GenericRecord batch = reader.Read(null!, new BinaryDecoder(new MemoryStream(raw, 10, raw.Length - 10)));
                string subject = (string)batch["subject"];
                if (!consented.TryGetValue(subject, out bool ok))
                {
                    consented[subject] = ok = true;
                }

                if (ok)
                {
                    foreach (object item in (object[])batch["events"])
                    {
                        var e = (GenericRecord)item;
                        string subjectPseudonym = Pseudonym(subject);
                        string devicePseudonym = Pseudonym((string)batch["device"]);
                        long time = Micros(e["time_us"]);
                        if (!sessions.TryGetValue(subjectPseudonym, out var session) || time - session.Last > 30L * 60 * 1_000_000)
                        {
                            session = ($"{subjectPseudonym[..16]}-{time}", time);
                        }

                        sessions[subjectPseudonym] = (session.Id, time);
                        InteractionEvent clean = FromGeneric(e);
                        if (clean.Title is not null)
                        {
                            clean.Title = _redact(clean.Title);
                        }

                        byte[] value = Encode(writer, _cleanSchema, _cleanHeader, subjectPseudonym, devicePseudonym, 1, (int)batch["screen_width"], (int)batch["screen_height"], clean, session.Id);
                        producer.Produce(topics.Clean, new Message<byte[], byte[]> { Key = Encoding.UTF8.GetBytes(subjectPseudonym), Value = value });
                    }
                }

                return 1;
            },
            records =>
            {
                progress.AddProcessed(records);
                progress.AddDelivered(records);
            },
            cancel);
    }

    private string Pseudonym(string id) => Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(id)));

    private static InteractionEvent FromGeneric(GenericRecord e) => new()
    {
        Seq = (long)e["seq"],
        TimeMicros = Micros(e["time_us"]),
        Kind = (EventKind)Array.IndexOf(s_kinds, ((GenericEnum)e["kind"]).Value),
        X = (int)e["x"],
        Y = (int)e["y"],
        Button = (MouseButton)Array.IndexOf(s_buttons, ((GenericEnum)e["button"]).Value),
        Dx = (int)e["dx"],
        Dy = (int)e["dy"],
        KeyClass = (KeyClass)Array.IndexOf(s_keys, ((GenericEnum)e["key_class"]).Value),
        App = e["app"] as string,
        Title = e["title"] as string,
    };

    private static byte[] Encode(GenericDatumWriter<GenericRecord> writer, RecordSchema schema, byte[] header, string subject, string device, int keyVersion, int width, int height, in InteractionEvent e, string? sessionId)
    {
        var batch = new GenericRecord(schema);
        batch.Add("subject", subject);
        batch.Add("device", device);
        if (schema.Contains("key_version"))
        {
            batch.Add("key_version", keyVersion);
        }

        batch.Add("screen_width", width);
        batch.Add("screen_height", height);
        var itemSchema = (RecordSchema)((ArraySchema)schema["events"].Schema).ItemSchema;
        var item = new GenericRecord(itemSchema);
        item.Add("seq", e.Seq);
        item.Add("time_us", DateTimeOffset.UnixEpoch.AddTicks(e.TimeMicros * 10).UtcDateTime);
        item.Add("kind", new GenericEnum((EnumSchema)itemSchema["kind"].Schema, s_kinds[(int)e.Kind]));
        item.Add("x", e.X);
        item.Add("y", e.Y);
        item.Add("button", new GenericEnum((EnumSchema)itemSchema["button"].Schema, s_buttons[(int)e.Button]));
        item.Add("dx", e.Dx);
        item.Add("dy", e.Dy);
        item.Add("key_class", new GenericEnum((EnumSchema)itemSchema["key_class"].Schema, s_keys[(int)e.KeyClass]));
        item.Add("app", e.App);
        item.Add("title", e.Title);
        if (sessionId is not null)
        {
            item.Add("session_id", sessionId);
        }

        batch.Add("events", new object[] { item });
        using var stream = new MemoryStream();
        stream.Write(header);
        writer.Write(batch, new BinaryEncoder(stream));
        return stream.ToArray();
    }

    /// <summary>Apache.Avro maps timestamp-micros to DateTime; the pipeline's event time is microseconds.</summary>
    private static long Micros(object value) => (((DateTime)value).ToUniversalTime().Ticks - DateTime.UnixEpoch.Ticks) / 10;

    private static byte[] Header(ulong fingerprint)
    {
        var header = new byte[10];
        header[0] = 0xC3;
        header[1] = 0x01;
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(header.AsSpan(2), fingerprint);
        return header;
    }
}
