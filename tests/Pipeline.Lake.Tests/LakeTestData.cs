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
}
