using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using Pipeline.Schemas.Model;

namespace Pipeline.Schemas.Codec;

/// <summary>Codec for <c>DeadLetter</c> (dead-letter topic values).</summary>
public static class DeadLetterCodec
{
    /// <summary>The record's full name in the schemas.</summary>
    public const string RecordName = "pipeline.interaction.v1.DeadLetter";

    private const int SourceTopic = 0;
    private const int SourcePartition = 1;
    private const int SourceOffset = 2;
    private const int Reason = 3;
    private const int Detail = 4;
    private const int Payload = 5;

    private static readonly SingleObjectRecord s_record = new(RecordName, new RecordShape(["source_topic", "source_partition", "source_offset", "reason", "detail", "payload"]));

    /// <summary>The fingerprint this build writes (the current schema's).</summary>
    public static ulong Fingerprint => s_record.Fingerprint;

    /// <summary>Appends the single-object encoding (C3 01, fingerprint, body) of <paramref name="value"/>.</summary>
    public static void Write(DeadLetter value, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(output);
        long max = AvroBodyWriter.MaxStringBytes(value.SourceTopic) + AvroBodyWriter.MaxIntBytes
            + AvroBodyWriter.MaxLongBytes + AvroBodyWriter.MaxStringBytes(value.Reason) + AvroBodyWriter.MaxStringBytes(value.Detail)
            + AvroBodyWriter.MaxLongBytes + value.Payload.Length;
        var writer = s_record.BeginWrite(output, max, "dead letter");
        writer.WriteString(value.SourceTopic);
        writer.WriteInt(value.SourcePartition);
        writer.WriteLong(value.SourceOffset);
        writer.WriteString(value.Reason);
        writer.WriteString(value.Detail);
        writer.WriteBytes(value.Payload.Span);
        output.Advance(writer.Position);
    }

    /// <summary>Decodes a single-object encoded value written under any shipped version of the schema, with this thread's default context.</summary>
    public static bool TryRead(ReadOnlySpan<byte> input, [NotNullWhen(true)] out DeadLetter? value, out DecodeError error) =>
        TryRead(input, DecodeContext.PerThread, out value, out error);

    /// <summary>Decodes a single-object encoded value with an explicit context (catalog, limits, string pool). The payload is copied.</summary>
    public static bool TryRead(ReadOnlySpan<byte> input, DecodeContext context, [NotNullWhen(true)] out DeadLetter? value, out DecodeError error)
    {
        value = null;
        if (!s_record.TryBeginRead(input, context, out RecordPlan plan, out AvroBodyReader reader, out error))
        {
            return false;
        }

        Utf8StringPool strings = context.Strings;
        string topic = "", reason = "", detail = "";
        int partition = 0;
        long offset = 0;
        byte[] payload = [];
        foreach (FieldStep step in plan.Steps)
        {
            switch (step.Target)
            {
                case SourceTopic:
                    topic = reader.ReadPooledString(strings);
                    break;
                case SourcePartition:
                    partition = reader.ReadInt();
                    break;
                case SourceOffset:
                    offset = reader.ReadLong();
                    break;
                case Reason:
                    reason = reader.ReadPooledString(strings);
                    break;
                case Detail:
                    detail = reader.ReadString();
                    break;
                case Payload:
                    payload = reader.ReadBytes();
                    break;
                default:
                    reader.Skip(step.Writer);
                    break;
            }
        }

        if (!reader.TryEnd(out error))
        {
            return false;
        }

        value = new DeadLetter(topic, partition, offset, reason, detail, payload);
        return true;
    }
}
