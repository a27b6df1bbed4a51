using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using Pipeline.Schemas.Model;

namespace Pipeline.Schemas.Codec;

/// <summary>Codec for <c>IdlePeriod</c> (idle topic values).</summary>
public static class IdlePeriodCodec
{
    /// <summary>The record's full name in the schemas.</summary>
    public const string RecordName = "pipeline.interaction.v1.IdlePeriod";

    private const int Subject = 0;
    private const int KeyVersion = 1;
    private const int SessionId = 2;
    private const int StartUs = 3;
    private const int EndUs = 4;
    private const int Reason = 5;

    private static readonly SingleObjectRecord s_record = new(RecordName, new RecordShape(["subject", "key_version", "session_id", "start_us", "end_us", "reason"]));

    /// <summary>The fingerprint this build writes (the current schema's).</summary>
    public static ulong Fingerprint => s_record.Fingerprint;

    /// <summary>Appends the single-object encoding (C3 01, fingerprint, body) of <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentException">The reason is outside the schema's symbols.</exception>
    public static void Write(IdlePeriod value, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(output);
        if ((uint)value.Reason > (uint)IdleReason.Lock)
        {
            ThrowHelper.InvalidValue("idle reason outside the schema's symbols");
        }

        int max = AvroBodyWriter.MaxStringBytes(value.Subject) + AvroBodyWriter.MaxStringBytes(value.SessionId)
            + AvroBodyWriter.MaxIntBytes + (2 * AvroBodyWriter.MaxLongBytes) + 1;
        var writer = s_record.BeginWrite(output, max, "idle period");
        writer.WriteString(value.Subject);
        writer.WriteInt(value.KeyVersion);
        writer.WriteString(value.SessionId);
        writer.WriteLong(value.StartMicros);
        writer.WriteLong(value.EndMicros);
        writer.WriteSmall((int)value.Reason);
        output.Advance(writer.Position);
    }

    /// <summary>Decodes a single-object encoded value written under any shipped version of the schema, with this thread's default context.</summary>
    public static bool TryRead(ReadOnlySpan<byte> input, [NotNullWhen(true)] out IdlePeriod? value, out DecodeError error) =>
        TryRead(input, DecodeContext.PerThread, out value, out error);

    /// <summary>Decodes a single-object encoded value with an explicit context (catalog, limits, string pool).</summary>
    public static bool TryRead(ReadOnlySpan<byte> input, DecodeContext context, [NotNullWhen(true)] out IdlePeriod? value, out DecodeError error)
    {
        value = null;
        if (!s_record.TryBeginRead(input, context, out RecordPlan plan, out AvroBodyReader reader, out error))
        {
            return false;
        }

        Utf8StringPool strings = context.Strings;
        string subject = "", sessionId = "";
        int keyVersion = 0;
        long start = 0, end = 0;
        IdleReason reason = default;
        foreach (FieldStep step in plan.Steps)
        {
            switch (step.Target)
            {
                case Subject:
                    subject = reader.ReadPooledString(strings);
                    break;
                case KeyVersion:
                    keyVersion = reader.ReadInt();
                    break;
                case SessionId:
                    sessionId = reader.ReadPooledString(strings);
                    break;
                case StartUs:
                    start = reader.ReadLong();
                    break;
                case EndUs:
                    end = reader.ReadLong();
                    break;
                case Reason:
                    reason = (IdleReason)reader.ReadEnum(step.Resolution!);
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

        value = new IdlePeriod(subject, keyVersion, sessionId, start, end, reason);
        return true;
    }
}
