using System.Buffers;
using Pipeline.Schemas.Model;

namespace Pipeline.Schemas.Codec;

/// <summary>Codec for <c>ActionBatch</c> (actions topic values): Avro single-object encoding.</summary>
public static class ActionBatchCodec
{
    /// <summary>The record's full name in the schemas.</summary>
    public const string RecordName = "pipeline.interaction.v1.ActionBatch";

    private const int Subject = 0;
    private const int KeyVersion = 1;
    private const int Actions = 2;

    private const int SessionId = 0;
    private const int Device = 1;
    private const int Kind = 2;
    private const int StartUs = 3;
    private const int EndUs = 4;
    private const int X = 5;
    private const int Y = 6;
    private const int Nx = 7;
    private const int Ny = 8;
    private const int EndX = 9;
    private const int EndY = 10;
    private const int EndNx = 11;
    private const int EndNy = 12;
    private const int Button = 13;
    private const int Dx = 14;
    private const int Dy = 15;
    private const int KeyCount = 16;
    private const int KeyClasses = 17;
    private const int InterKeyMs = 18;
    private const int App = 19;
    private const int PreMoveMs = 20;
    private const int PreMovePath = 21;
    private const int SeqFirst = 22;
    private const int SeqLast = 23;

    private const int PointX = 0;
    private const int PointY = 1;
    private const int PointT = 2;

    /// <summary>
    /// Everything of one action but its strings and lists at their largest: kind, two times, four optional ints and
    /// four optional doubles, button, dx, dy, key count, pre-move ms, two sequence numbers, the app's union index and
    /// each of the three arrays' block count and terminator.
    /// </summary>
    private const int MaxFixedActionBytes = 1 + (2 * AvroBodyWriter.MaxLongBytes) + (4 * (1 + AvroBodyWriter.MaxIntBytes)) + (4 * (1 + 8))
        + 1 + (4 * AvroBodyWriter.MaxIntBytes) + (2 * AvroBodyWriter.MaxLongBytes) + 1 + (3 * (AvroBodyWriter.MaxLongBytes + 1));

    private const int MaxPointBytes = 3 * AvroBodyWriter.MaxIntBytes;

    private static readonly SingleObjectRecord s_record = new(RecordName, new RecordShape(
        ["subject", "key_version", "actions"],
        new Dictionary<string, RecordShape>(StringComparer.Ordinal)
        {
            ["actions"] = new RecordShape(
                ["session_id", "device", "action", "start_us", "end_us", "x", "y", "nx", "ny", "end_x", "end_y", "end_nx", "end_ny",
                 "button", "dx", "dy", "key_count", "key_classes", "inter_key_ms", "app", "pre_move_ms", "pre_move_path", "seq_first", "seq_last"],
                new Dictionary<string, RecordShape>(StringComparer.Ordinal)
                {
                    ["pre_move_path"] = new RecordShape(["x", "y", "t_ms"]),
                }),
        }));

    /// <summary>The fingerprint this build writes (the current schema's).</summary>
    public static ulong Fingerprint => s_record.Fingerprint;

    /// <summary>Appends the single-object encoding (C3 01, fingerprint, body) of <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentException">An action holds an enum value outside its schema's symbols, or the batch is too large.</exception>
    public static void Write(ActionBatch value, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(output);
        List<InteractionAction> actions = value.Actions;
        long max = AvroBodyWriter.MaxStringBytes(value.Subject) + AvroBodyWriter.MaxIntBytes + AvroBodyWriter.MaxLongBytes + 1;
        for (int i = 0; i < actions.Count; i++)
        {
            InteractionAction a = actions[i];
            max += MaxFixedActionBytes + AvroBodyWriter.MaxStringBytes(a.SessionId) + AvroBodyWriter.MaxStringBytes(a.Device)
                + (a.App is null ? 0 : AvroBodyWriter.MaxStringBytes(a.App))
                + a.KeyClasses.Count + ((long)a.InterKeyMs.Count * AvroBodyWriter.MaxIntBytes) + ((long)a.PreMovePath.Count * MaxPointBytes);
        }

        var writer = s_record.BeginWrite(output, max, "action batch");
        writer.WriteString(value.Subject);
        writer.WriteInt(value.KeyVersion);
        if (actions.Count > 0)
        {
            // One block, as Apache.Avro writes it, so the bytes are identical.
            writer.WriteLong(actions.Count);
            for (int i = 0; i < actions.Count; i++)
            {
                WriteAction(ref writer, actions[i]);
            }
        }

        writer.WriteSmall(0);
        output.Advance(writer.Position);
    }

    /// <summary>
    /// Decodes a single-object encoded value written under any shipped version of the schema into
    /// <paramref name="into"/> (cleared first, and left empty on failure), with this thread's default context.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> input, ActionBatch into, out DecodeError error) =>
        TryRead(input, into, DecodeContext.PerThread, out error);

    /// <summary>As <see cref="TryRead(ReadOnlySpan{byte}, ActionBatch, out DecodeError)"/>, with an explicit context (catalog, limits, string pool).</summary>
    public static bool TryRead(ReadOnlySpan<byte> input, ActionBatch into, DecodeContext context, out DecodeError error)
    {
        ArgumentNullException.ThrowIfNull(into);
        into.Clear();
        if (!s_record.TryBeginRead(input, context, out RecordPlan plan, out AvroBodyReader reader, out error))
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
                case KeyVersion:
                    into.KeyVersion = reader.ReadInt();
                    break;
                case Actions:
                    ReadActions(ref reader, step.Resolution!.Items!.Record!, into.Actions, strings);
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

    private static void WriteAction(ref AvroBodyWriter writer, InteractionAction a)
    {
        if ((uint)a.Kind > (uint)ActionKind.Other || (uint)a.Button > (uint)MouseButton.Forward)
        {
            ThrowHelper.InvalidValue("action has an enum value outside its schema's symbols");
        }

        writer.WriteString(a.SessionId);
        writer.WriteString(a.Device);
        writer.WriteSmall((int)a.Kind);
        writer.WriteLong(a.StartMicros);
        writer.WriteLong(a.EndMicros);
        WriteOptionalInt(ref writer, a.X);
        WriteOptionalInt(ref writer, a.Y);
        WriteOptionalDouble(ref writer, a.Nx);
        WriteOptionalDouble(ref writer, a.Ny);
        WriteOptionalInt(ref writer, a.EndX);
        WriteOptionalInt(ref writer, a.EndY);
        WriteOptionalDouble(ref writer, a.EndNx);
        WriteOptionalDouble(ref writer, a.EndNy);
        writer.WriteSmall((int)a.Button);
        writer.WriteInt(a.Dx);
        writer.WriteInt(a.Dy);
        writer.WriteInt(a.KeyCount);
        IReadOnlyList<KeyClass> classes = a.KeyClasses;
        if (classes.Count > 0)
        {
            writer.WriteLong(classes.Count);
            for (int k = 0; k < classes.Count; k++)
            {
                if ((uint)classes[k] > (uint)KeyClass.Other)
                {
                    ThrowHelper.InvalidValue("key class outside its schema's symbols");
                }

                writer.WriteSmall((int)classes[k]);
            }
        }

        writer.WriteSmall(0);
        IReadOnlyList<int> gaps = a.InterKeyMs;
        if (gaps.Count > 0)
        {
            writer.WriteLong(gaps.Count);
            for (int k = 0; k < gaps.Count; k++)
            {
                writer.WriteInt(gaps[k]);
            }
        }

        writer.WriteSmall(0);
        writer.WriteOptionalString(a.App);
        writer.WriteInt(a.PreMoveMs);
        IReadOnlyList<PathPoint> path = a.PreMovePath;
        if (path.Count > 0)
        {
            writer.WriteLong(path.Count);
            for (int k = 0; k < path.Count; k++)
            {
                PathPoint p = path[k];
                writer.WriteInt(p.X);
                writer.WriteInt(p.Y);
                writer.WriteInt(p.OffsetMs);
            }
        }

        writer.WriteSmall(0);
        writer.WriteLong(a.SeqFirst);
        writer.WriteLong(a.SeqLast);
    }

    private static void WriteOptionalInt(ref AvroBodyWriter writer, int? value)
    {
        if (value is null)
        {
            writer.WriteSmall(0);
            return;
        }

        writer.WriteSmall(1);
        writer.WriteInt(value.Value);
    }

    private static void WriteOptionalDouble(ref AvroBodyWriter writer, double? value)
    {
        if (value is null)
        {
            writer.WriteSmall(0);
            return;
        }

        writer.WriteSmall(1);
        writer.WriteDouble(value.Value);
    }

    private static void ReadActions(ref AvroBodyReader reader, RecordPlan plan, List<InteractionAction> into, Utf8StringPool strings)
    {
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
                // Schema defaults for the fields an older writer may lack.
                string sessionId = "", device = "";
                string? app = null;
                ActionKind kind = ActionKind.Other;
                long start = 0, end = 0, seqFirst = 0, seqLast = 0;
                int? x = null, y = null, endX = null, endY = null;
                double? nx = null, ny = null, endNx = null, endNy = null;
                MouseButton button = MouseButton.None;
                int dx = 0, dy = 0, keyCount = 0, preMoveMs = 0;
                IReadOnlyList<KeyClass> classes = [];
                IReadOnlyList<int> gaps = [];
                IReadOnlyList<PathPoint> path = [];
                for (int s = 0; s < steps.Length; s++)
                {
                    FieldStep step = steps[s];
                    switch (step.Target)
                    {
                        case SessionId:
                            sessionId = reader.ReadPooledString(strings);
                            break;
                        case Device:
                            device = reader.ReadPooledString(strings);
                            break;
                        case Kind:
                            kind = (ActionKind)reader.ReadEnum(step.Resolution!);
                            break;
                        case StartUs:
                            start = reader.ReadLong();
                            break;
                        case EndUs:
                            end = reader.ReadLong();
                            break;
                        case X:
                            x = ReadOptionalInt(ref reader, step.Resolution!);
                            break;
                        case Y:
                            y = ReadOptionalInt(ref reader, step.Resolution!);
                            break;
                        case Nx:
                            nx = ReadOptionalDouble(ref reader, step.Resolution!);
                            break;
                        case Ny:
                            ny = ReadOptionalDouble(ref reader, step.Resolution!);
                            break;
                        case EndX:
                            endX = ReadOptionalInt(ref reader, step.Resolution!);
                            break;
                        case EndY:
                            endY = ReadOptionalInt(ref reader, step.Resolution!);
                            break;
                        case EndNx:
                            endNx = ReadOptionalDouble(ref reader, step.Resolution!);
                            break;
                        case EndNy:
                            endNy = ReadOptionalDouble(ref reader, step.Resolution!);
                            break;
                        case Button:
                            button = (MouseButton)reader.ReadEnum(step.Resolution!);
                            break;
                        case Dx:
                            dx = reader.ReadInt();
                            break;
                        case Dy:
                            dy = reader.ReadInt();
                            break;
                        case KeyCount:
                            keyCount = reader.ReadInt();
                            break;
                        case KeyClasses:
                            classes = ReadKeyClasses(ref reader, step.Resolution!.Items!);
                            break;
                        case InterKeyMs:
                            gaps = ReadInts(ref reader);
                            break;
                        case App:
                            app = reader.ReadBranch(step.Resolution!) is null ? null : reader.ReadPooledString(strings);
                            break;
                        case PreMoveMs:
                            preMoveMs = reader.ReadInt();
                            break;
                        case PreMovePath:
                            path = ReadPath(ref reader, step.Resolution!.Items!.Record!);
                            break;
                        case SeqFirst:
                            seqFirst = reader.ReadLong();
                            break;
                        case SeqLast:
                            seqLast = reader.ReadLong();
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

                into.Add(new InteractionAction
                {
                    SessionId = sessionId,
                    Device = device,
                    Kind = kind,
                    StartMicros = start,
                    EndMicros = end,
                    X = x,
                    Y = y,
                    Nx = nx,
                    Ny = ny,
                    EndX = endX,
                    EndY = endY,
                    EndNx = endNx,
                    EndNy = endNy,
                    Button = button,
                    Dx = dx,
                    Dy = dy,
                    KeyCount = keyCount,
                    KeyClasses = classes,
                    InterKeyMs = gaps,
                    App = app,
                    PreMoveMs = preMoveMs,
                    PreMovePath = path,
                    SeqFirst = seqFirst,
                    SeqLast = seqLast,
                });
            }
        }
    }

    private static int? ReadOptionalInt(ref AvroBodyReader reader, Resolution resolution) =>
        reader.ReadBranch(resolution) is null ? null : reader.ReadInt();

    private static double? ReadOptionalDouble(ref AvroBodyReader reader, Resolution resolution) =>
        reader.ReadBranch(resolution) is { } branch ? reader.ReadDouble(branch) : null;

    private static KeyClass[] ReadKeyClasses(ref AvroBodyReader reader, Resolution items)
    {
        List<KeyClass>? list = null;
        int total = 0;
        while (true)
        {
            int count = reader.ReadBlockCount(1, total);
            if (count == 0)
            {
                return list is null ? [] : [.. list];
            }

            total += count;
            list ??= new List<KeyClass>(count);
            for (int i = 0; i < count && !reader.Failed; i++)
            {
                list.Add((KeyClass)reader.ReadEnum(items));
            }
        }
    }

    private static int[] ReadInts(ref AvroBodyReader reader)
    {
        List<int>? list = null;
        int total = 0;
        while (true)
        {
            int count = reader.ReadBlockCount(1, total);
            if (count == 0)
            {
                return list is null ? [] : [.. list];
            }

            total += count;
            list ??= new List<int>(count);
            for (int i = 0; i < count && !reader.Failed; i++)
            {
                list.Add(reader.ReadInt());
            }
        }
    }

    private static PathPoint[] ReadPath(ref AvroBodyReader reader, RecordPlan plan)
    {
        List<PathPoint>? list = null;
        int total = 0;
        while (true)
        {
            int count = reader.ReadBlockCount(plan.MinBytes, total);
            if (count == 0)
            {
                return list is null ? [] : [.. list];
            }

            total += count;
            list ??= new List<PathPoint>(count);
            for (int i = 0; i < count && !reader.Failed; i++)
            {
                int x = 0, y = 0, t = 0;
                foreach (FieldStep step in plan.Steps)
                {
                    switch (step.Target)
                    {
                        case PointX:
                            x = reader.ReadInt();
                            break;
                        case PointY:
                            y = reader.ReadInt();
                            break;
                        case PointT:
                            t = reader.ReadInt();
                            break;
                        default:
                            reader.Skip(step.Writer);
                            break;
                    }
                }

                list.Add(new PathPoint(x, y, t));
            }
        }
    }
}
