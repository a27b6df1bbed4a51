using System.Buffers;
using Avro;
using Avro.Generic;
using Avro.IO;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;

namespace Pipeline.Schemas.Tests;

/// <summary>
/// Apache.Avro as the independent implementation: converts the model to and from its generic records and
/// writes and reads Avro binary bodies with its generic writer and reader.
/// </summary>
internal static class AvroReference
{
    private static readonly DateTime s_epoch = DateTime.UnixEpoch;

    public static RecordSchema Schema(string recordName) =>
        (RecordSchema)global::Avro.Schema.Parse(SchemaCatalog.Shipped.Current(recordName).Json);

    public static byte[] WriteBody(RecordSchema schema, GenericRecord record)
    {
        using var stream = new MemoryStream();
        new GenericDatumWriter<GenericRecord>(schema).Write(record, new BinaryEncoder(stream));
        return stream.ToArray();
    }

    public static GenericRecord ReadBody(RecordSchema writer, RecordSchema reader, ReadOnlySpan<byte> body)
    {
        using var stream = new MemoryStream(body.ToArray());
        GenericRecord record = new GenericDatumReader<GenericRecord>(writer, reader).Read(null!, new BinaryDecoder(stream));
        Assert.Equal(stream.Length, stream.Position);
        return record;
    }

    /// <summary>Frames a body as single-object encoding with the fingerprint Apache.Avro computes for the schema.</summary>
    public static byte[] Frame(Schema schema, byte[] body)
    {
        var framed = new byte[10 + body.Length];
        framed[0] = 0xC3;
        framed[1] = 0x01;
        BitConverter.TryWriteBytes(framed.AsSpan(2), SchemaNormalization.ParsingFingerprint64(schema));
        body.CopyTo(framed, 10);
        return framed;
    }

    public static byte[] Encode<T>(T value, Action<T, IBufferWriter<byte>> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        write(value, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    public static object Micros(long micros) => s_epoch.AddTicks(micros * 10);

    public static long Micros(object value) => (((DateTime)value).ToUniversalTime() - s_epoch).Ticks / 10;

    public static GenericRecord FromBatch(RecordSchema schema, EventBatch batch, bool clean)
    {
        var record = new GenericRecord(schema);
        record.Add("subject", batch.Subject);
        record.Add("device", batch.Device);
        if (clean)
        {
            record.Add("key_version", batch.KeyVersion);
        }

        record.Add("screen_width", batch.ScreenWidth);
        record.Add("screen_height", batch.ScreenHeight);
        var eventSchema = (RecordSchema)((ArraySchema)schema["events"].Schema).ItemSchema;
        var events = new object[batch.Count];
        for (int i = 0; i < events.Length; i++)
        {
            InteractionEvent e = batch.Events[i];
            var r = new GenericRecord(eventSchema);
            r.Add("seq", e.Seq);
            r.Add("time_us", Micros(e.TimeMicros));
            r.Add("kind", Enum(eventSchema, "kind", (int)e.Kind));
            r.Add("x", e.X);
            r.Add("y", e.Y);
            r.Add("button", Enum(eventSchema, "button", (int)e.Button));
            r.Add("dx", e.Dx);
            r.Add("dy", e.Dy);
            r.Add("key_class", Enum(eventSchema, "key_class", (int)e.KeyClass));
            r.Add("app", e.App);
            r.Add("title", e.Title);
            if (clean)
            {
                r.Add("session_id", e.SessionId);
            }

            events[i] = r;
        }

        record.Add("events", events);
        return record;
    }

    public static EventBatch ToBatch(GenericRecord record, bool clean)
    {
        var batch = new EventBatch
        {
            Subject = (string)record["subject"],
            Device = (string)record["device"],
            KeyVersion = clean ? (int)record["key_version"] : 0,
            ScreenWidth = (int)record["screen_width"],
            ScreenHeight = (int)record["screen_height"],
        };
        foreach (object item in (object[])record["events"])
        {
            var r = (GenericRecord)item;
            ref InteractionEvent e = ref batch.Add();
            e.Seq = (long)r["seq"];
            e.TimeMicros = Micros(r["time_us"]);
            e.Kind = (EventKind)Index(r["kind"]);
            e.X = (int)r["x"];
            e.Y = (int)r["y"];
            e.Button = (MouseButton)Index(r["button"]);
            e.Dx = (int)r["dx"];
            e.Dy = (int)r["dy"];
            e.KeyClass = (KeyClass)Index(r["key_class"]);
            e.App = (string?)r["app"];
            e.Title = (string?)r["title"];
            e.SessionId = clean ? (string)r["session_id"] : null;
        }

        return batch;
    }

    public static GenericRecord FromConsent(RecordSchema schema, ConsentChange value)
    {
        var record = new GenericRecord(schema);
        record.Add("subject", value.Subject);
        record.Add("device", value.Device);
        record.Add("state", Enum(schema, "state", (int)value.State));
        record.Add("time_us", Micros(value.TimeMicros));
        record.Add("until_us", value.UntilMicros is { } untilValue ? Micros(untilValue) : null);
        record.Add("notice_version", value.NoticeVersion);
        var intervalSchema = (RecordSchema)((ArraySchema)schema["history"].Schema).ItemSchema;
        var history = new object[value.History.Count];
        for (int i = 0; i < history.Length; i++)
        {
            var r = new GenericRecord(intervalSchema);
            r.Add("state", Enum(intervalSchema, "state", (int)value.History[i].State));
            r.Add("time_us", Micros(value.History[i].TimeMicros));
            r.Add("until_us", value.History[i].UntilMicros is { } until ? Micros(until) : null);
            history[i] = r;
        }

        record.Add("history", history);
        return record;
    }

    public static ConsentChange ToConsent(GenericRecord record)
    {
        var history = new List<ConsentInterval>();
        foreach (object item in (object[])record["history"])
        {
            var r = (GenericRecord)item;
            history.Add(new ConsentInterval((ConsentState)Index(r["state"]), Micros(r["time_us"]), r["until_us"] is { } u ? Micros(u) : null));
        }

        return new ConsentChange(
            (string)record["subject"],
            (string)record["device"],
            (ConsentState)Index(record["state"]),
            Micros(record["time_us"]),
            record["until_us"] is { } until ? Micros(until) : null,
            (string?)record["notice_version"],
            history);
    }

    public static GenericRecord FromSession(RecordSchema schema, SessionSummary value)
    {
        var record = new GenericRecord(schema);
        record.Add("session_id", value.SessionId);
        record.Add("subject", value.Subject);
        record.Add("key_version", value.KeyVersion);
        record.Add("start_us", Micros(value.StartMicros));
        record.Add("end_us", Micros(value.EndMicros));
        record.Add("event_count", value.EventCount);
        record.Add("active_seconds", value.ActiveSeconds);
        record.Add("idle_seconds", value.IdleSeconds);
        record.Add("merged_from", value.MergedFrom.Cast<object>().ToArray());
        return record;
    }

    public static SessionSummary ToSession(GenericRecord record) => new(
        (string)record["session_id"],
        (string)record["subject"],
        (int)record["key_version"],
        Micros(record["start_us"]),
        Micros(record["end_us"]),
        (long)record["event_count"],
        (double)record["active_seconds"],
        (double)record["idle_seconds"],
        ((object[])record["merged_from"]).Cast<string>().ToList());

    public static GenericRecord FromIdle(RecordSchema schema, IdlePeriod value)
    {
        var record = new GenericRecord(schema);
        record.Add("subject", value.Subject);
        record.Add("key_version", value.KeyVersion);
        record.Add("session_id", value.SessionId);
        record.Add("start_us", Micros(value.StartMicros));
        record.Add("end_us", Micros(value.EndMicros));
        record.Add("reason", Enum(schema, "reason", (int)value.Reason));
        return record;
    }

    public static IdlePeriod ToIdle(GenericRecord record) => new(
        (string)record["subject"],
        (int)record["key_version"],
        (string)record["session_id"],
        Micros(record["start_us"]),
        Micros(record["end_us"]),
        (IdleReason)Index(record["reason"]));

    public static GenericRecord FromDeadLetter(RecordSchema schema, DeadLetter value)
    {
        var record = new GenericRecord(schema);
        record.Add("source_topic", value.SourceTopic);
        record.Add("source_partition", value.SourcePartition);
        record.Add("source_offset", value.SourceOffset);
        record.Add("reason", value.Reason);
        record.Add("detail", value.Detail);
        record.Add("payload", value.Payload.ToArray());
        return record;
    }

    public static DeadLetter ToDeadLetter(GenericRecord record) => new(
        (string)record["source_topic"],
        (int)record["source_partition"],
        (long)record["source_offset"],
        (string)record["reason"],
        (string)record["detail"],
        (byte[])record["payload"]);

    public static GenericRecord FromWrappedKey(RecordSchema schema, WrappedKey value)
    {
        var record = new GenericRecord(schema);
        record.Add("kind", Enum(schema, "kind", (int)value.Kind));
        record.Add("key_id", value.KeyId);
        record.Add("wrapping_version", value.WrappingVersion);
        record.Add("ephemeral_key", value.EphemeralKey);
        record.Add("nonce", value.Nonce);
        record.Add("ciphertext", value.Ciphertext);
        record.Add("created_us", Micros(value.CreatedMicros));
        return record;
    }

    public static WrappedKey ToWrappedKey(GenericRecord record) => new(
        (WrappedKeyKind)Index(record["kind"]),
        (string)record["key_id"],
        (int)record["wrapping_version"],
        (byte[])record["ephemeral_key"],
        (byte[])record["nonce"],
        (byte[])record["ciphertext"],
        Micros(record["created_us"]));

    public static GenericRecord FromKeyMaterial(RecordSchema schema, KeyMaterial value)
    {
        var record = new GenericRecord(schema);
        record.Add("secret", value.Secret);
        record.Add("subject", value.Subject);
        record.Add("device", value.Device);
        return record;
    }

    public static KeyMaterial ToKeyMaterial(GenericRecord record) => new((byte[])record["secret"], (string)record["subject"], (string?)record["device"]);

    public static GenericRecord FromSealedBatch(RecordSchema schema, SealedBatchValue value)
    {
        var record = new GenericRecord(schema);
        record.Add("key_id", value.KeyId);
        record.Add("payload_fingerprint", (long)value.PayloadFingerprint);
        record.Add("nonce", value.Nonce);
        record.Add("ciphertext", value.Ciphertext);
        return record;
    }

    public static SealedBatchValue ToSealedBatch(GenericRecord record) =>
        new((string)record["key_id"], (ulong)(long)record["payload_fingerprint"], (byte[])record["nonce"], (byte[])record["ciphertext"]);

    private static GenericEnum Enum(RecordSchema record, string field, int index)
    {
        var schema = (EnumSchema)record[field].Schema;
        return new GenericEnum(schema, schema.Symbols[index]);
    }

    private static int Index(object value)
    {
        var e = (GenericEnum)value;
        return e.Schema.Ordinal(e.Value);
    }
}
