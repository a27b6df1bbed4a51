using System.Buffers;
using Pipeline.Lake.Tables;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;

namespace Pipeline.Lake.Tests;

/// <summary>Clean batches, sessions and idle periods as the processor writes them, for two or more people.</summary>
internal static class LakeTestData
{
    /// <summary>2026-03-01 09:59:58 UTC: batches that start here cross into the 10:00 hour.</summary>
    public static readonly long BaseMicros = new DateTimeOffset(2026, 3, 1, 9, 59, 58, TimeSpan.Zero).ToUnixTimeMilliseconds() * 1000;

    public static string Pseudonym(int person) => $"p{person:D2}" + new string('a', 62);

    public static string Device(int person) => $"d{person:D2}" + new string('b', 62);

    /// <summary>A batch of <paramref name="events"/> events 20 ms apart, cycling through every kind.</summary>
    public static EventBatch Batch(int person, long seqStart, long startMicros, int events)
    {
        var batch = new EventBatch(events)
        {
            Subject = Pseudonym(person),
            Device = Device(person),
            KeyVersion = 1,
            ScreenWidth = 1920,
            ScreenHeight = 1080,
        };
        for (int i = 0; i < events; i++)
        {
            ref InteractionEvent e = ref batch.Add();
            e.Seq = seqStart + i;
            e.TimeMicros = startMicros + (i * 20_000L);
            e.Kind = (EventKind)(i % 7);
            e.X = 100 + i;
            e.Y = 200 + i;
            e.Button = e.Kind is EventKind.ButtonDown or EventKind.ButtonUp ? MouseButton.Left : MouseButton.None;
            e.Dy = e.Kind == EventKind.Scroll ? -1 : 0;
            e.KeyClass = e.Kind is EventKind.KeyDown or EventKind.KeyUp ? KeyClass.Letter : KeyClass.None;
            e.App = e.Kind == EventKind.Focus ? "org.example.editor" : null;
            e.Title = e.Kind == EventKind.Focus ? "notes - <EMAIL>" : null;
            e.SessionId = $"s-{person}";
        }

        return batch;
    }

    public static byte[] Encode(EventBatch batch)
    {
        var buffer = new ArrayBufferWriter<byte>();
        CleanBatchCodec.Write(batch, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    public static SessionSummary Session(int person, long startMicros) =>
        new($"s-{person}", Pseudonym(person), 1, startMicros, startMicros + 60_000_000, 120, 50.5, 9.5, []);

    public static byte[] Encode(SessionSummary session)
    {
        var buffer = new ArrayBufferWriter<byte>();
        SessionSummaryCodec.Write(session, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    public static IdlePeriod Idle(int person, long startMicros) =>
        new(Pseudonym(person), 1, $"s-{person}", startMicros, startMicros + 240_000_000, IdleReason.Inactivity);

    public static byte[] Encode(IdlePeriod idle)
    {
        var buffer = new ArrayBufferWriter<byte>();
        IdlePeriodCodec.Write(idle, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Event rows for writer tests, without Kafka.</summary>
    public static EventRows Rows(int person, int events, long startMicros)
    {
        var rows = new EventRows();
        EventBatch batch = Batch(person, 0, startMicros, events);
        for (int i = 0; i < batch.Count; i++)
        {
            rows.Add(batch, in batch.Events[i], 0, i);
        }

        return rows;
    }

    /// <summary>
    /// One session's actions as the processor's reducer emits them for <paramref name="person"/>, sequence numbers from
    /// <paramref name="seqStart"/>: a click with a pre-move path, a typing run, a scroll, a drag and a focus change.
    /// </summary>
    public static ActionBatch Actions(int person, long seqStart, long startMicros)
    {
        var batch = new ActionBatch { Subject = Pseudonym(person), KeyVersion = 1 };
        string session = $"s-{person}";
        string device = Device(person);
        batch.Actions.Add(new InteractionAction
        {
            SessionId = session, Device = device, Kind = ActionKind.Click, StartMicros = startMicros, EndMicros = startMicros + 90_000,
            X = 960, Y = 540, Nx = 0.5, Ny = 0.5, Button = MouseButton.Left, App = "org.example.editor", PreMoveMs = 400,
            PreMovePath = [new PathPoint(100, 100, 0), new PathPoint(700, 400, 250), new PathPoint(960, 540, 400)],
            SeqFirst = seqStart, SeqLast = seqStart + 5,
        });
        batch.Actions.Add(new InteractionAction
        {
            SessionId = session, Device = device, Kind = ActionKind.Type, StartMicros = startMicros + 1_000_000, EndMicros = startMicros + 1_400_000,
            KeyCount = 3, KeyClasses = [KeyClass.Letter, KeyClass.Space, KeyClass.Digit], InterKeyMs = [120, 180], App = "org.example.editor",
            SeqFirst = seqStart + 6, SeqLast = seqStart + 11,
        });
        batch.Actions.Add(new InteractionAction
        {
            SessionId = session, Device = device, Kind = ActionKind.Scroll, StartMicros = startMicros + 2_000_000, EndMicros = startMicros + 2_300_000,
            X = 480, Y = 270, Nx = 0.25, Ny = 0.25, Dy = -3, App = "org.example.editor", SeqFirst = seqStart + 12, SeqLast = seqStart + 14,
        });
        batch.Actions.Add(new InteractionAction
        {
            SessionId = session, Device = device, Kind = ActionKind.Drag, StartMicros = startMicros + 3_000_000, EndMicros = startMicros + 3_800_000,
            X = 480, Y = 270, Nx = 0.25, Ny = 0.25, EndX = 1440, EndY = 810, EndNx = 0.75, EndNy = 0.75, Button = MouseButton.Left,
            App = "org.example.editor", SeqFirst = seqStart + 15, SeqLast = seqStart + 30,
        });
        batch.Actions.Add(new InteractionAction
        {
            SessionId = session, Device = device, Kind = ActionKind.Focus, StartMicros = startMicros + 4_000_000, EndMicros = startMicros + 4_000_000,
            App = "org.example.browser", SeqFirst = seqStart + 31, SeqLast = seqStart + 31,
        });
        return batch;
    }

    public static byte[] Encode(ActionBatch batch)
    {
        var buffer = new ArrayBufferWriter<byte>();
        ActionBatchCodec.Write(batch, buffer);
        return buffer.WrittenSpan.ToArray();
    }
}
