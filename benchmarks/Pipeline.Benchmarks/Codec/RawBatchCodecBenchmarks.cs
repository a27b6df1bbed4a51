using System.Buffers;
using Avro;
using Avro.Generic;
using Avro.IO;
using BenchmarkDotNet.Attributes;
using Pipeline.Schemas;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;

namespace Pipeline.Benchmarks.Codec;

/// <summary>
/// Encode and decode of one 100-event raw batch (mostly moves, some clicks, keys and scrolls, one focus with an
/// app) by the hand-written codec, and by Apache.Avro's generic writer and reader on the same batch.
/// Divide by <see cref="Events"/> for the per-event figures.
/// </summary>
[MemoryDiagnoser]
public class RawBatchCodecBenchmarks
{
    public const int Events = 100;

    private readonly ArrayBufferWriter<byte> _output = new(16 * 1024);
    private readonly EventBatch _batch = new(Events);
    private readonly EventBatch _into = new(Events);
    private readonly DecodeContext _context = new(SchemaCatalog.Shipped);
    private readonly MemoryStream _apacheOutput = new(16 * 1024);
    private byte[] _encoded = [];
    private byte[] _body = [];
    private GenericRecord _generic = null!;
    private GenericDatumWriter<GenericRecord> _apacheWriter = null!;
    private GenericDatumReader<GenericRecord> _apacheReader = null!;
    private BinaryEncoder _apacheEncoder = null!;
    private MemoryStream _apacheInput = null!;
    private BinaryDecoder _apacheDecoder = null!;

    [GlobalSetup]
    public void Setup()
    {
        FillRealisticBatch(_batch);
        RawBatchCodec.Write(_batch, _output);
        _encoded = _output.WrittenSpan.ToArray();
        _body = _encoded[10..];

        var schema = (RecordSchema)Schema.Parse(SchemaCatalog.Shipped.Current(RawBatchCodec.RecordName).Json);
        _generic = ToGeneric(schema, _batch);
        _apacheWriter = new GenericDatumWriter<GenericRecord>(schema);
        _apacheReader = new GenericDatumReader<GenericRecord>(schema, schema);
        _apacheEncoder = new BinaryEncoder(_apacheOutput);
        _apacheInput = new MemoryStream(_body, writable: false);
        _apacheDecoder = new BinaryDecoder(_apacheInput);
        if (!RawBatchCodec.TryRead(_encoded, _into, _context, out DecodeError error))
        {
            throw new InvalidOperationException("benchmark batch does not decode: " + error.Detail);
        }
    }

    [Benchmark(Description = "hand codec: encode 100-event batch")]
    public int Encode()
    {
        _output.ResetWrittenCount();
        RawBatchCodec.Write(_batch, _output);
        return _output.WrittenCount;
    }

    [Benchmark(Description = "hand codec: decode 100-event batch")]
    public int Decode()
    {
        RawBatchCodec.TryRead(_encoded, _into, _context, out _);
        return _into.Count;
    }

    [Benchmark(Description = "Apache.Avro generic: encode 100-event batch (body only)")]
    public long ApacheEncode()
    {
        _apacheOutput.Position = 0;
        _apacheWriter.Write(_generic, _apacheEncoder);
        return _apacheOutput.Position;
    }

    [Benchmark(Description = "Apache.Avro generic: decode 100-event batch (body only)")]
    public int ApacheDecode()
    {
        _apacheInput.Position = 0;
        GenericRecord record = _apacheReader.Read(null!, _apacheDecoder);
        return ((object[])record["events"]).Length;
    }

    /// <summary>About one second of a person at work: pointer sampled at 60 Hz, a click, a few keys, a scroll, one focus change.</summary>
    internal static void FillRealisticBatch(EventBatch batch)
    {
        batch.Clear();
        batch.Subject = "subject-7f3a9c";
        batch.Device = "device-ws-0421";
        batch.ScreenWidth = 2560;
        batch.ScreenHeight = 1440;
        long time = 1_763_880_000_000_000;
        int x = 1200, y = 700;
        for (int i = 0; i < Events; i++)
        {
            ref InteractionEvent e = ref batch.Add();
            e.Seq = 9_000_000 + i;
            e.TimeMicros = time += 16_667;
            switch (i % 20)
            {
                case 5:
                    e.Kind = EventKind.ButtonDown;
                    e.Button = MouseButton.Left;
                    break;
                case 6:
                    e.Kind = EventKind.ButtonUp;
                    e.Button = MouseButton.Left;
                    break;
                case 11:
                case 13:
                    e.Kind = EventKind.KeyDown;
                    e.KeyClass = KeyClass.Letter;
                    break;
                case 12:
                case 14:
                    e.Kind = EventKind.KeyUp;
                    e.KeyClass = KeyClass.Letter;
                    break;
                case 17:
                    e.Kind = EventKind.Scroll;
                    e.Dy = 1;
                    break;
                default:
                    e.Kind = EventKind.Move;
                    x += (i % 7) - 3;
                    y += (i % 5) - 2;
                    break;
            }

            if (i == 50)
            {
                e.Kind = EventKind.Focus;
                e.App = "org.mozilla.firefox";
            }

            if (e.Kind is EventKind.Move or EventKind.ButtonDown or EventKind.ButtonUp or EventKind.Scroll)
            {
                e.X = x;
                e.Y = y;
            }
        }
    }

    private static GenericRecord ToGeneric(RecordSchema schema, EventBatch batch)
    {
        var record = new GenericRecord(schema);
        record.Add("subject", batch.Subject);
        record.Add("device", batch.Device);
        record.Add("screen_width", batch.ScreenWidth);
        record.Add("screen_height", batch.ScreenHeight);
        var eventSchema = (RecordSchema)((ArraySchema)schema["events"].Schema).ItemSchema;
        var events = new object[batch.Count];
        for (int i = 0; i < events.Length; i++)
        {
            InteractionEvent e = batch.Events[i];
            var r = new GenericRecord(eventSchema);
            r.Add("seq", e.Seq);
            r.Add("time_us", DateTime.UnixEpoch.AddTicks(e.TimeMicros * 10));
            r.Add("kind", Symbol(eventSchema, "kind", (int)e.Kind));
            r.Add("x", e.X);
            r.Add("y", e.Y);
            r.Add("button", Symbol(eventSchema, "button", (int)e.Button));
            r.Add("dx", e.Dx);
            r.Add("dy", e.Dy);
            r.Add("key_class", Symbol(eventSchema, "key_class", (int)e.KeyClass));
            r.Add("app", e.App);
            r.Add("title", e.Title);
            events[i] = r;
        }

        record.Add("events", events);
        return record;
    }

    private static GenericEnum Symbol(RecordSchema record, string field, int index)
    {
        var schema = (EnumSchema)record[field].Schema;
        return new GenericEnum(schema, schema.Symbols[index]);
    }
}
