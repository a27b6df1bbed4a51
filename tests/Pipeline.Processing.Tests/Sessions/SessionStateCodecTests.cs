using System.Buffers;
using Pipeline.Processing.Sessions;
using Pipeline.Schemas.Model;

namespace Pipeline.Processing.Tests.Sessions;

/// <summary>
/// The changelog's state format, pinned (version 1) with bytes written by the sessionizer before it was split into
/// windows, idle detection and this codec: a changelog already on a cluster must restore, and be rewritten, unchanged.
/// </summary>
public sealed class SessionStateCodecTests
{
    private const long Second = 1_000_000;
    private const long Minute = 60 * Second;
    private const long T0 = 1_750_000_000L * Second;
    private const string Subject = "0123456789abcdef0123456789abcdef";

    /// <summary>
    /// Two open sessions of key version 3: the first (0 s to 36 min) absorbed a second through a late bridging event
    /// and has one lock and one inactivity idle period final, one run left; the last has a lock run and one more run.
    /// </summary>
    internal const string Format1Hex =
        "01030000008078c1919e3706000200000020000000393836653237383465643633313433663734653335626363623865" +
        "363133636100605ba09d370600005c1a219e3706000700000000000000005a747c000000000100000020000000333865" +
        "38386437346435386438646330616331393265346339613537623031610100000000d5861d9e370600005c1a219e3706" +
        "000020000000316634353536396665373835336236633638306435633766623632363431346500b5f78f9e3706008078" +
        "c1919e37060003000000000000000000000000000000000000000200000000b5f78f9e37060040f706909e3706000180" +
        "78c1919e3706008078c1919e37060000";

    /// <summary>The stream that leaves <see cref="Format1Hex"/> behind.</summary>
    internal static Sessionizer WriteKnownStream()
    {
        var sessionizer = new Sessionizer(SessionizerTests.Options);
        var output = new SessionOutput();
        sessionizer.Process(Batch((0, EventKind.Move), (Second, EventKind.Move), (2 * Second, EventKind.Lock), (5 * Minute, EventKind.Move), ((5 * Minute) + (10 * Second), EventKind.Move)), 0, output);
        sessionizer.Process(Batch((36 * Minute, EventKind.Move)), 0, output);
        sessionizer.Process(Batch((35 * Minute, EventKind.Move)), 0, output);
        sessionizer.Process(Batch((67 * Minute, EventKind.Move), ((67 * Minute) + Second, EventKind.Lock), ((67 * Minute) + (30 * Second), EventKind.Move)), 0, output);
        return sessionizer;
    }

    [Fact]
    public void WriteState_KnownStream_WritesTheFormat1Bytes()
    {
        var buffer = new ArrayBufferWriter<byte>();

        WriteKnownStream().WriteState(Subject, buffer);

        Assert.Equal(Format1Hex, Convert.ToHexStringLower(buffer.WrittenSpan));
    }

    [Fact]
    public void RestoreState_Format1Bytes_ClosesTheSessionsTheWriterHadOpen()
    {
        var sessionizer = new Sessionizer(SessionizerTests.Options);
        var output = new SessionOutput();

        sessionizer.RestoreState(Subject, Convert.FromHexString(Format1Hex), 0);
        var rewritten = new ArrayBufferWriter<byte>();
        sessionizer.WriteState(Subject, rewritten);
        sessionizer.CloseAll(output);

        Assert.Equal(Format1Hex, Convert.ToHexStringLower(rewritten.WrittenSpan));
        Assert.Equal(
            [
                ("986e2784ed63143f74e35bccb8e613ca", T0, T0 + (36 * Minute), 7L, 72.0, 2088.0, "38e88d74d58d8dc0ac192e4c9a57b01a"),
                ("1f45569fe7853b6c680d5c7fb626414e", T0 + (67 * Minute), T0 + (67 * Minute) + (30 * Second), 3L, 1.0, 29.0, ""),
            ],
            output.Closed.Select(s => (s.SessionId, s.StartMicros, s.EndMicros, s.EventCount, s.ActiveSeconds, s.IdleSeconds, string.Join(',', s.MergedFrom))));
        Assert.All(output.Closed, s => Assert.Equal(3, s.KeyVersion));
        IdlePeriod idle = Assert.Single(output.Idle);
        Assert.Equal((IdleReason.Lock, T0 + (67 * Minute) + Second, T0 + (67 * Minute) + (30 * Second), "1f45569fe7853b6c680d5c7fb626414e"),
            (idle.Reason, idle.StartMicros, idle.EndMicros, idle.SessionId));
    }

    [Fact]
    public void Read_Format1Bytes_WriteGivesThemBackUnchanged()
    {
        SubjectSessions state = SessionStateCodec.Read(Convert.FromHexString(Format1Hex));
        var buffer = new ArrayBufferWriter<byte>();

        SessionStateCodec.Write(state, buffer);

        Assert.Equal(Format1Hex, Convert.ToHexStringLower(buffer.WrittenSpan));
        Assert.Equal((3, T0 + (67 * Minute) + (30 * Second), 2), (state.KeyVersion, state.StreamTime, state.Windows.Count));
        Assert.Equal(["38e88d74d58d8dc0ac192e4c9a57b01a"], state.Windows[0].MergedFrom);
        Assert.True(state.Windows[1].Runs[0].EndsWithLock);
    }

    [Theory]
    [InlineData("02", "unknown format")]
    [InlineData("0103000000", "truncated")]
    [InlineData("01030000000000000000000000ffffffff", "bad count")]
    [InlineData("0103000000000000000000000000000000" + "00", "trailing bytes")]
    public void Read_BrokenValue_ThrowsInvalidDataNamingTheFault(string hex, string fault)
    {
        var ex = Assert.Throws<InvalidDataException>(() => SessionStateCodec.Read(Convert.FromHexString(hex)));

        Assert.Contains(fault, ex.Message, StringComparison.Ordinal);
    }

    private static EventBatch Batch(params (long Time, EventKind Kind)[] events)
    {
        EventBatch batch = SessionizerTests.Batch(Subject, events.Select(e => (T0 + e.Time, e.Kind)).ToArray());
        batch.KeyVersion = 3;
        return batch;
    }
}
