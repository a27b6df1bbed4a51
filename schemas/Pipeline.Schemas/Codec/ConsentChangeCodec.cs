using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using Pipeline.Schemas.Model;

namespace Pipeline.Schemas.Codec;

/// <summary>Codec for <c>ConsentChange</c> (consent topic values).</summary>
public static class ConsentChangeCodec
{
    /// <summary>The record's full name in the schemas.</summary>
    public const string RecordName = "pipeline.interaction.v1.ConsentChange";

    private const int Subject = 0;
    private const int Device = 1;
    private const int State = 2;
    private const int TimeUs = 3;
    private const int UntilUs = 4;
    private const int NoticeVersion = 5;
    private const int History = 6;

    private const int IntervalState = 0;
    private const int IntervalTimeUs = 1;
    private const int IntervalUntilUs = 2;

    /// <summary>state, time, until (union index and long) of one history entry at their largest.</summary>
    private const int MaxIntervalBytes = 1 + AvroBodyWriter.MaxLongBytes + 1 + AvroBodyWriter.MaxLongBytes;

    private static readonly SingleObjectRecord s_record = new(RecordName, new RecordShape(
        ["subject", "device", "state", "time_us", "until_us", "notice_version", "history"],
        new Dictionary<string, RecordShape>(StringComparer.Ordinal)
        {
            ["history"] = new RecordShape(["state", "time_us", "until_us"]),
        }));

    /// <summary>The fingerprint this build writes (the current schema's).</summary>
    public static ulong Fingerprint => s_record.Fingerprint;

    /// <summary>Appends the single-object encoding (C3 01, fingerprint, body) of <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentException">A state is outside the schema's symbols.</exception>
    public static void Write(ConsentChange value, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(output);
        IReadOnlyList<ConsentInterval> history = value.History ?? [];
        long max = AvroBodyWriter.MaxStringBytes(value.Subject) + AvroBodyWriter.MaxStringBytes(value.Device)
            + 1 + AvroBodyWriter.MaxLongBytes + 1 + AvroBodyWriter.MaxLongBytes
            + 1 + (value.NoticeVersion is null ? 0 : AvroBodyWriter.MaxStringBytes(value.NoticeVersion))
            + AvroBodyWriter.MaxLongBytes + 1 + ((long)history.Count * MaxIntervalBytes);
        var writer = s_record.BeginWrite(output, max, "consent change");
        writer.WriteString(value.Subject);
        writer.WriteString(value.Device);
        writer.WriteSmall(CheckState(value.State));
        writer.WriteLong(value.TimeMicros);
        writer.WriteOptionalLong(value.UntilMicros);
        writer.WriteOptionalString(value.NoticeVersion);
        if (history.Count > 0)
        {
            writer.WriteLong(history.Count);
            for (int i = 0; i < history.Count; i++)
            {
                ConsentInterval interval = history[i];
                writer.WriteSmall(CheckState(interval.State));
                writer.WriteLong(interval.TimeMicros);
                writer.WriteOptionalLong(interval.UntilMicros);
            }
        }

        writer.WriteSmall(0);
        output.Advance(writer.Position);
    }

    /// <summary>Decodes a single-object encoded value written under any shipped version of the schema, with this thread's default context.</summary>
    public static bool TryRead(ReadOnlySpan<byte> input, [NotNullWhen(true)] out ConsentChange? value, out DecodeError error) =>
        TryRead(input, DecodeContext.PerThread, out value, out error);

    /// <summary>Decodes a single-object encoded value with an explicit context (catalog, limits, string pool).</summary>
    public static bool TryRead(ReadOnlySpan<byte> input, DecodeContext context, [NotNullWhen(true)] out ConsentChange? value, out DecodeError error)
    {
        value = null;
        if (!s_record.TryBeginRead(input, context, out RecordPlan plan, out AvroBodyReader reader, out error))
        {
            return false;
        }

        Utf8StringPool strings = context.Strings;

        // Schema defaults for fields an older writer may lack.
        string subject = "", device = "";
        ConsentState state = default;
        long time = 0;
        long? until = null;
        string? notice = null;
        List<ConsentInterval>? history = null;
        foreach (FieldStep step in plan.Steps)
        {
            switch (step.Target)
            {
                case Subject:
                    subject = reader.ReadPooledString(strings);
                    break;
                case Device:
                    device = reader.ReadPooledString(strings);
                    break;
                case State:
                    state = (ConsentState)reader.ReadEnum(step.Resolution!);
                    break;
                case TimeUs:
                    time = reader.ReadLong();
                    break;
                case UntilUs:
                    until = reader.ReadBranch(step.Resolution!) is null ? null : reader.ReadLong();
                    break;
                case NoticeVersion:
                    notice = reader.ReadBranch(step.Resolution!) is null ? null : reader.ReadPooledString(strings);
                    break;
                case History:
                    history = ReadHistory(ref reader, step.Resolution!.Items!.Record!);
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

        value = new ConsentChange(subject, device, state, time, until, notice, (IReadOnlyList<ConsentInterval>?)history ?? []);
        return true;
    }

    private static byte CheckState(ConsentState state)
    {
        if ((uint)state > (uint)ConsentState.Revoked)
        {
            ThrowHelper.InvalidValue("consent state outside the schema's symbols");
        }

        return (byte)state;
    }

    private static List<ConsentInterval> ReadHistory(ref AvroBodyReader reader, RecordPlan plan)
    {
        var history = new List<ConsentInterval>();
        int total = 0;
        while (true)
        {
            int count = reader.ReadBlockCount(plan.MinBytes, total);
            if (count == 0)
            {
                return history;
            }

            total += count;
            for (int i = 0; i < count && !reader.Failed; i++)
            {
                ConsentState state = default;
                long time = 0;
                long? until = null;
                foreach (FieldStep step in plan.Steps)
                {
                    switch (step.Target)
                    {
                        case IntervalState:
                            state = (ConsentState)reader.ReadEnum(step.Resolution!);
                            break;
                        case IntervalTimeUs:
                            time = reader.ReadLong();
                            break;
                        case IntervalUntilUs:
                            until = reader.ReadBranch(step.Resolution!) is null ? null : reader.ReadLong();
                            break;
                        default:
                            reader.Skip(step.Writer);
                            break;
                    }
                }

                history.Add(new ConsentInterval(state, time, until));
            }
        }
    }
}
