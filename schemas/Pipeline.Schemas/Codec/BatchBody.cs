using System.Buffers;
using Pipeline.Schemas.Model;

namespace Pipeline.Schemas.Codec;

/// <summary>
/// The body of <c>InteractionBatch</c> and <c>CleanBatch</c>: the same events, the clean one with a key version
/// and a session id per event. Shared so both topics' batches are written and read by one loop.
/// </summary>
internal static class BatchBody
{
    // Decoder field constants: indexes into the shapes below.
    private const int Subject = 0;
    private const int Device = 1;
    private const int KeyVersion = 2;
    private const int ScreenWidth = 3;
    private const int ScreenHeight = 4;
    private const int Events = 5;

    private const int Seq = 0;
    private const int TimeUs = 1;
    private const int Kind = 2;
    private const int X = 3;
    private const int Y = 4;
    private const int Button = 5;
    private const int Dx = 6;
    private const int Dy = 7;
    private const int KeyClassField = 8;
    private const int App = 9;
    private const int Title = 10;
    private const int SessionId = 11;

    /// <summary>seq, time, kind, x, y, button, dx, dy, key class: the fixed part of one event at its largest.</summary>
    private const int MaxFixedEventBytes = (2 * AvroBodyWriter.MaxLongBytes) + (4 * AvroBodyWriter.MaxIntBytes) + 3;

    public static RecordShape Shape { get; } = new(
        ["subject", "device", "key_version", "screen_width", "screen_height", "events"],
        new Dictionary<string, RecordShape>(StringComparer.Ordinal)
        {
            ["events"] = new RecordShape(["seq", "time_us", "kind", "x", "y", "button", "dx", "dy", "key_class", "app", "title", "session_id"]),
        });

    /// <summary>An upper bound of the encoded length, header included, computed without encoding.</summary>
    public static int MaxLength(EventBatch batch, bool clean)
    {
        long total = SingleObject.HeaderLength + AvroBodyWriter.MaxStringBytes(batch.Subject) + AvroBodyWriter.MaxStringBytes(batch.Device)
            + (3 * AvroBodyWriter.MaxIntBytes) + AvroBodyWriter.MaxLongBytes + 1;
        foreach (ref readonly InteractionEvent e in batch.Events)
        {
            total += MaxFixedEventBytes + 2;
            if (e.App is not null)
            {
                total += AvroBodyWriter.MaxStringBytes(e.App);
            }

            if (e.Title is not null)
            {
                total += AvroBodyWriter.MaxStringBytes(e.Title);
            }

            if (clean)
            {
                total += AvroBodyWriter.MaxStringBytes(e.SessionId ?? "");
            }
        }

        return total <= int.MaxValue ? (int)total : throw new ArgumentException("batch too large to encode");
    }

    /// <summary>The exact encoded length, header included.</summary>
    public static int EncodedLength(EventBatch batch, bool clean)
    {
        long total = SingleObject.HeaderLength + AvroBodyWriter.StringBytes(batch.Subject) + AvroBodyWriter.StringBytes(batch.Device)
            + AvroBodyWriter.LongBytes(batch.ScreenWidth) + AvroBodyWriter.LongBytes(batch.ScreenHeight)
            + (clean ? AvroBodyWriter.LongBytes(batch.KeyVersion) : 0)
            + (batch.Count > 0 ? AvroBodyWriter.LongBytes(batch.Count) : 0) + 1;
        foreach (ref readonly InteractionEvent e in batch.Events)
        {
            total += AvroBodyWriter.LongBytes(e.Seq) + AvroBodyWriter.LongBytes(e.TimeMicros) + 3
                + AvroBodyWriter.LongBytes(e.X) + AvroBodyWriter.LongBytes(e.Y) + AvroBodyWriter.LongBytes(e.Dx) + AvroBodyWriter.LongBytes(e.Dy)
                + 1 + (e.App is null ? 0 : AvroBodyWriter.StringBytes(e.App))
                + 1 + (e.Title is null ? 0 : AvroBodyWriter.StringBytes(e.Title))
                + (clean ? AvroBodyWriter.StringBytes(e.SessionId ?? "") : 0);
        }

        return total <= int.MaxValue ? (int)total : throw new ArgumentException("batch too large to encode");
    }

    public static void Write(EventBatch batch, bool clean, SingleObjectRecord record, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(output);
        Span<byte> span = output.GetSpan(MaxLength(batch, clean));
        output.Advance(WriteUnchecked(batch, clean, record, span));
    }

    public static bool TryWrite(EventBatch batch, bool clean, SingleObjectRecord record, Span<byte> destination, out int bytesWritten)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (destination.Length < MaxLength(batch, clean) && destination.Length < EncodedLength(batch, clean))
        {
            bytesWritten = 0;
            return false;
        }

        bytesWritten = WriteUnchecked(batch, clean, record, destination);
        return true;
    }

    private static int WriteUnchecked(EventBatch batch, bool clean, SingleObjectRecord record, Span<byte> span)
    {
        var writer = record.BeginWrite(span);
        writer.WriteString(batch.Subject);
        writer.WriteString(batch.Device);
        if (clean)
        {
            writer.WriteInt(batch.KeyVersion);
        }

        writer.WriteInt(batch.ScreenWidth);
        writer.WriteInt(batch.ScreenHeight);
        ReadOnlySpan<InteractionEvent> events = batch.Events;
        if (events.Length > 0)
        {
            // One block, as Apache.Avro writes it, so the bytes are identical.
            writer.WriteLong(events.Length);
            foreach (ref readonly InteractionEvent e in events)
            {
                if ((uint)e.Kind > (uint)EventKind.Unlock || (uint)e.Button > (uint)MouseButton.Forward || (uint)e.KeyClass > (uint)KeyClass.Other)
                {
                    ThrowHelper.InvalidValue("event has an enum value outside its schema's symbols");
                }

                writer.WriteLong(e.Seq);
                writer.WriteLong(e.TimeMicros);
                writer.WriteSmall((int)e.Kind);
                writer.WriteInt(e.X);
                writer.WriteInt(e.Y);
                writer.WriteSmall((int)e.Button);
                writer.WriteInt(e.Dx);
                writer.WriteInt(e.Dy);
                writer.WriteSmall((int)e.KeyClass);
                writer.WriteOptionalString(e.App);
                writer.WriteOptionalString(e.Title);
                if (clean)
                {
                    if (e.SessionId is null)
                    {
                        ThrowHelper.InvalidValue("clean event without a session id");
                    }

                    writer.WriteString(e.SessionId);
                }
            }
        }

        writer.WriteSmall(0);
        return writer.Position;
    }

    public static bool TryRead(ReadOnlySpan<byte> input, SingleObjectRecord record, EventBatch into, DecodeContext context, out DecodeError error)
    {
        ArgumentNullException.ThrowIfNull(into);
        into.Clear();
        if (!record.TryBeginRead(input, context, out RecordPlan plan, out AvroBodyReader reader, out error))
        {
            return false;
        }

        Utf8StringPool strings = context.Strings;
        foreach (FieldStep step in plan.Steps)
        {
            switch (step.Target)
            {
                case Subject:
                    into.Subject = reader.ReadPooledString(strings);
                    break;
                case Device:
                    into.Device = reader.ReadPooledString(strings);
                    break;
                case KeyVersion:
                    into.KeyVersion = reader.ReadInt();
                    break;
                case ScreenWidth:
                    into.ScreenWidth = reader.ReadInt();
                    break;
                case ScreenHeight:
                    into.ScreenHeight = reader.ReadInt();
                    break;
                case Events:
                    ReadEvents(ref reader, step.Resolution!.Items!.Record!, into, strings);
                    break;
                default:
                    reader.Skip(step.Writer);
                    break;
            }
        }

        if (!reader.TryEnd(out error))
        {
            into.Clear();
            return false;
        }

        return true;
    }

    private static void ReadEvents(ref AvroBodyReader reader, RecordPlan plan, EventBatch into, Utf8StringPool strings)
    {
        if (plan.InOrder)
        {
            ReadEventsInOrder(ref reader, plan, into, strings);
            return;
        }

        FieldStep[] steps = plan.Steps;
        int total = 0;
        while (true)
        {
            int count = reader.ReadBlockCount(plan.MinBytes, total);
            if (count == 0)
            {
                return;
            }

            total += count;
            for (int i = 0; i < count; i++)
            {
                ref InteractionEvent e = ref into.Add();
                for (int s = 0; s < steps.Length; s++)
                {
                    FieldStep step = steps[s];
                    switch (step.Target)
                    {
                        case Seq:
                            e.Seq = reader.ReadLong();
                            break;
                        case TimeUs:
                            e.TimeMicros = reader.ReadLong();
                            break;
                        case Kind:
                            e.Kind = (EventKind)reader.ReadEnum(step.Resolution!);
                            break;
                        case X:
                            e.X = reader.ReadInt();
                            break;
                        case Y:
                            e.Y = reader.ReadInt();
                            break;
                        case Button:
                            e.Button = (MouseButton)reader.ReadEnum(step.Resolution!);
                            break;
                        case Dx:
                            e.Dx = reader.ReadInt();
                            break;
                        case Dy:
                            e.Dy = reader.ReadInt();
                            break;
                        case KeyClassField:
                            e.KeyClass = (KeyClass)reader.ReadEnum(step.Resolution!);
                            break;
                        case App:
                            e.App = reader.ReadBranch(step.Resolution!) is null ? null : reader.ReadPooledString(strings);
                            break;
                        case Title:
                            e.Title = reader.ReadBranch(step.Resolution!) is null ? null : reader.ReadString();
                            break;
                        case SessionId:
                            e.SessionId = reader.ReadPooledString(strings);
                            break;
                        default:
                            reader.Skip(step.Writer);
                            break;
                    }
                }

                if (reader.Failed)
                {
                    return;
                }
            }
        }
    }

    /// <summary>
    /// Data written under the decoder's own field list (this build's schema, or an identical older one): read
    /// straight through, without dispatching on the plan for every field of every event.
    /// </summary>
    private static void ReadEventsInOrder(ref AvroBodyReader reader, RecordPlan plan, EventBatch into, Utf8StringPool strings)
    {
        bool clean = plan.Steps.Length > SessionId;
        int kinds = plan.Steps[Kind].Writer.Symbols.Count;
        int buttons = plan.Steps[Button].Writer.Symbols.Count;
        int keyClasses = plan.Steps[KeyClassField].Writer.Symbols.Count;
        int total = 0;
        while (true)
        {
            int count = reader.ReadBlockCount(plan.MinBytes, total);
            if (count == 0)
            {
                return;
            }

            total += count;
            for (int i = 0; i < count; i++)
            {
                ref InteractionEvent e = ref into.Add();
                e.Seq = reader.ReadLong();
                e.TimeMicros = reader.ReadLong();
                e.Kind = (EventKind)reader.ReadSymbol(kinds);
                e.X = reader.ReadInt();
                e.Y = reader.ReadInt();
                e.Button = (MouseButton)reader.ReadSymbol(buttons);
                e.Dx = reader.ReadInt();
                e.Dy = reader.ReadInt();
                e.KeyClass = (KeyClass)reader.ReadSymbol(keyClasses);
                e.App = reader.ReadNullableIndex() ? reader.ReadPooledString(strings) : null;
                e.Title = reader.ReadNullableIndex() ? reader.ReadString() : null;
                if (clean)
                {
                    e.SessionId = reader.ReadPooledString(strings);
                }

                if (reader.Failed)
                {
                    return;
                }
            }
        }
    }
}
