using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using Pipeline.Schemas.Model;

namespace Pipeline.Schemas.Codec;

/// <summary>Codec for <c>SessionSummary</c> (sessions topic values).</summary>
public static class SessionSummaryCodec
{
    /// <summary>The record's full name in the schemas.</summary>
    public const string RecordName = "pipeline.interaction.v1.SessionSummary";

    private const int SessionId = 0;
    private const int Subject = 1;
    private const int KeyVersion = 2;
    private const int StartUs = 3;
    private const int EndUs = 4;
    private const int EventCount = 5;
    private const int ActiveSeconds = 6;
    private const int IdleSeconds = 7;
    private const int MergedFrom = 8;

    private static readonly SingleObjectRecord s_record = new(RecordName, new RecordShape(
        ["session_id", "subject", "key_version", "start_us", "end_us", "event_count", "active_seconds", "idle_seconds", "merged_from"]));

    /// <summary>The fingerprint this build writes (the current schema's).</summary>
    public static ulong Fingerprint => s_record.Fingerprint;

    /// <summary>Appends the single-object encoding (C3 01, fingerprint, body) of <paramref name="value"/>.</summary>
    public static void Write(SessionSummary value, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(output);
        IReadOnlyList<string> merged = value.MergedFrom ?? [];
        long max = AvroBodyWriter.MaxStringBytes(value.SessionId) + AvroBodyWriter.MaxStringBytes(value.Subject)
            + AvroBodyWriter.MaxIntBytes + (3 * AvroBodyWriter.MaxLongBytes) + 16 + AvroBodyWriter.MaxLongBytes + 1;
        for (int i = 0; i < merged.Count; i++)
        {
            max += AvroBodyWriter.MaxStringBytes(merged[i]);
        }

        var writer = s_record.BeginWrite(output, max, "session summary");
        writer.WriteString(value.SessionId);
        writer.WriteString(value.Subject);
        writer.WriteInt(value.KeyVersion);
        writer.WriteLong(value.StartMicros);
        writer.WriteLong(value.EndMicros);
        writer.WriteLong(value.EventCount);
        writer.WriteDouble(value.ActiveSeconds);
        writer.WriteDouble(value.IdleSeconds);
        if (merged.Count > 0)
        {
            writer.WriteLong(merged.Count);
            for (int i = 0; i < merged.Count; i++)
            {
                writer.WriteString(merged[i]);
            }
        }

        writer.WriteSmall(0);
        output.Advance(writer.Position);
    }

    /// <summary>Decodes a single-object encoded value written under any shipped version of the schema, with this thread's default context.</summary>
    public static bool TryRead(ReadOnlySpan<byte> input, [NotNullWhen(true)] out SessionSummary? value, out DecodeError error) =>
        TryRead(input, DecodeContext.PerThread, out value, out error);

    /// <summary>Decodes a single-object encoded value with an explicit context (catalog, limits, string pool).</summary>
    public static bool TryRead(ReadOnlySpan<byte> input, DecodeContext context, [NotNullWhen(true)] out SessionSummary? value, out DecodeError error)
    {
        value = null;
        if (!s_record.TryBeginRead(input, context, out RecordPlan plan, out AvroBodyReader reader, out error))
        {
            return false;
        }

        Utf8StringPool strings = context.Strings;
        string sessionId = "", subject = "";
        int keyVersion = 0;
        long start = 0, end = 0, count = 0;
        double active = 0, idle = 0;
        List<string>? merged = null;
        foreach (FieldStep step in plan.Steps)
        {
            switch (step.Target)
            {
                case SessionId:
                    sessionId = reader.ReadPooledString(strings);
                    break;
                case Subject:
                    subject = reader.ReadPooledString(strings);
                    break;
                case KeyVersion:
                    keyVersion = reader.ReadInt();
                    break;
                case StartUs:
                    start = reader.ReadLong();
                    break;
                case EndUs:
                    end = reader.ReadLong();
                    break;
                case EventCount:
                    count = reader.ReadLong();
                    break;
                case ActiveSeconds:
                    active = reader.ReadDouble(step.Resolution!);
                    break;
                case IdleSeconds:
                    idle = reader.ReadDouble(step.Resolution!);
                    break;
                case MergedFrom:
                    merged = ReadStrings(ref reader, strings);
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

        value = new SessionSummary(sessionId, subject, keyVersion, start, end, count, active, idle, (IReadOnlyList<string>?)merged ?? []);
        return true;
    }

    private static List<string> ReadStrings(ref AvroBodyReader reader, Utf8StringPool strings)
    {
        var list = new List<string>();
        int total = 0;
        while (true)
        {
            int count = reader.ReadBlockCount(1, total);
            if (count == 0)
            {
                return list;
            }

            total += count;
            for (int i = 0; i < count && !reader.Failed; i++)
            {
                list.Add(reader.ReadPooledString(strings));
            }
        }
    }
}
