using System.Buffers;
using Pipeline.Processing.Idle;
using Pipeline.Processing.Sessions;
using Pipeline.Schemas.Model;

namespace Pipeline.Processing.Tests.Sessions;

public sealed class SessionizerTests
{
    private const long Second = 1_000_000;
    private const long Minute = 60 * Second;
    private const long T0 = 1_750_000_000L * Second;
    private const string Subject = "0123456789abcdef0123456789abcdef";

    internal static readonly SessionOptions Options = new()
    {
        Gap = TimeSpan.FromMinutes(30),
        Grace = TimeSpan.FromMinutes(2),
        IdleThreshold = TimeSpan.FromMinutes(3),
        QuietTimeout = TimeSpan.FromSeconds(30),
    };

    internal static EventBatch Batch(string subject, params (long Time, EventKind Kind)[] events)
    {
        var batch = new EventBatch { Subject = subject, KeyVersion = 1 };
        long seq = 0;
        foreach ((long time, EventKind kind) in events)
        {
            batch.Add(new InteractionEvent { Seq = seq++, TimeMicros = time, Kind = kind });
        }

        return batch;
    }

    private static EventBatch Moves(params long[] times) => Batch(Subject, times.Select(t => (T0 + t, EventKind.Move)).ToArray());

    [Fact]
    public void Process_InOrderEventsWithLongGap_EmitsInactivityIdleSpanningTheGap()
    {
        var sessionizer = new Sessionizer(Options);
        var output = new SessionOutput();

        sessionizer.Process(Moves(0, 1 * Second, 10 * Minute, 10 * Minute + Second, 20 * Minute), 0, output);

        IdlePeriod idle = Assert.Single(output.Idle);
        Assert.Equal(T0 + Second, idle.StartMicros);
        Assert.Equal(T0 + (10 * Minute), idle.EndMicros);
        Assert.Equal(IdleReason.Inactivity, idle.Reason);
        Assert.Empty(output.Closed);
    }

    [Fact]
    public void Process_EventsAssigned_CarryDeterministicSessionId()
    {
        var sessionizer = new Sessionizer(Options);
        EventBatch batch = Moves(0, Second);

        sessionizer.Process(batch, 0, new SessionOutput());

        Assert.Equal(Sessionizer.SessionId(Subject, T0), batch.Events[0].SessionId);
        Assert.Equal(batch.Events[0].SessionId, batch.Events[1].SessionId);
    }

    [Fact]
    public void Process_NextEventPastGapPlusGrace_ClosesSessionWithActiveAndIdleTime()
    {
        var sessionizer = new Sessionizer(Options);
        var output = new SessionOutput();
        sessionizer.Process(Moves(0, 5 * Minute, 6 * Minute), 0, output);

        sessionizer.Process(Moves(6 * Minute + (33 * Minute)), 0, output);

        SessionSummary summary = Assert.Single(output.Closed);
        Assert.Equal(T0, summary.StartMicros);
        Assert.Equal(T0 + (6 * Minute), summary.EndMicros);
        Assert.Equal(3, summary.EventCount);
        Assert.Equal(300, summary.IdleSeconds, 6);
        Assert.Equal(60, summary.ActiveSeconds, 6);
        Assert.Equal(1, sessionizer.OpenSessions);
    }

    [Fact]
    public void Process_EventLaterThanGrace_MovedToLate()
    {
        var sessionizer = new Sessionizer(Options);
        var output = new SessionOutput();
        sessionizer.Process(Moves(10 * Minute), 0, output);
        EventBatch batch = Moves(10 * Minute - (2 * Minute) - 1, 9 * Minute);

        sessionizer.Process(batch, 0, output);

        Assert.Equal(1, batch.Count);
        InteractionEvent late = Assert.Single(output.Late.Events.ToArray());
        Assert.Equal(T0 + (8 * Minute) - 1, late.TimeMicros);
        Assert.Null(late.SessionId);
    }

    [Fact]
    public void Process_LateEventBridgingTwoSessions_MergesIntoEarlierAndListsMergedFrom()
    {
        var sessionizer = new Sessionizer(Options);
        var output = new SessionOutput();
        // Two sessions 31 minutes apart, then an event within grace that is within 30 minutes of both.
        sessionizer.Process(Moves(0), 0, output);
        sessionizer.Process(Moves(31 * Minute), 0, output);
        Assert.Equal(2, sessionizer.OpenSessions);
        string later = Sessionizer.SessionId(Subject, T0 + (31 * Minute));

        sessionizer.Process(Moves(29 * Minute + (30 * Second)), 0, output);
        sessionizer.CloseAll(output);

        SessionSummary summary = Assert.Single(output.Closed);
        Assert.Equal(Sessionizer.SessionId(Subject, T0), summary.SessionId);
        Assert.Equal([later], summary.MergedFrom);
        Assert.Equal(3, summary.EventCount);
        Assert.Equal((29 * 60) + 30, summary.IdleSeconds, 6);
    }

    [Fact]
    public void Process_LockThenUnlock_IdleWithLockReasonEvenBelowThreshold()
    {
        var sessionizer = new Sessionizer(Options);
        var output = new SessionOutput();

        sessionizer.Process(Batch(Subject, (T0, EventKind.Move), (T0 + Second, EventKind.Lock), (T0 + Minute, EventKind.Unlock), (T0 + Minute + Second, EventKind.Move)), 0, output);
        sessionizer.CloseAll(output);

        IdlePeriod idle = Assert.Single(output.Idle);
        Assert.Equal(IdleReason.Lock, idle.Reason);
        Assert.Equal(T0 + Second, idle.StartMicros);
        Assert.Equal(T0 + Minute, idle.EndMicros);
    }

    [Fact]
    public void Process_GapDuringPause_IdleWithPauseReason()
    {
        var sessionizer = new Sessionizer(Options, new PausedAt(T0 + (5 * Minute)));
        var output = new SessionOutput();

        sessionizer.Process(Moves(0, 10 * Minute), 0, output);
        sessionizer.CloseAll(output);

        Assert.Equal(IdleReason.Pause, Assert.Single(output.Idle).Reason);
    }

    [Fact]
    public void Punctuate_QuietSubjectWallPastGap_ClosesSession()
    {
        var sessionizer = new Sessionizer(Options);
        var output = new SessionOutput();
        long wall = T0 + (100 * Minute);
        sessionizer.Process(Moves(0), wall, output);

        sessionizer.Punctuate(wall + (29 * Second), output);
        Assert.Empty(output.Closed);
        sessionizer.Punctuate(wall + (30 * Second), output);

        Assert.Single(output.Closed);
        Assert.Equal(0, sessionizer.Subjects);
    }

    /// <summary>
    /// Why a replay is not a copy (docs/processing.md, exactly once): the wall-clock close depends on when records
    /// arrive, not only on what they hold. A first run that went quiet closes the session and opens a new one for the
    /// next events; a replay of the same records without the pause keeps one session, under the same id, with a later
    /// end. On a broker without transaction isolation a reader sees both runs.
    /// </summary>
    [Fact]
    public void Punctuate_QuietRunReplayedWithoutThePause_SameIdDifferentEndAndSplit()
    {
        long wall = T0 + Minute;
        var first = new Sessionizer(Options);
        var firstOutput = new SessionOutput();
        first.Process(Moves(0, Minute), wall, firstOutput);
        first.Punctuate(T0 + Minute + (32 * Minute) + Second, firstOutput); // quiet: past end + gap + grace
        EventBatch lateArrival = Moves(2 * Minute);
        first.Process(lateArrival, T0 + (34 * Minute), firstOutput);
        first.CloseAll(firstOutput);

        var replay = new Sessionizer(Options);
        var replayOutput = new SessionOutput();
        replay.Process(Moves(0, Minute), wall, replayOutput);
        EventBatch replayed = Moves(2 * Minute);
        replay.Process(replayed, wall, replayOutput);
        replay.CloseAll(replayOutput);

        string id = Sessionizer.SessionId(Subject, T0);
        Assert.Equal(2, firstOutput.Closed.Count);
        Assert.Equal((id, T0 + Minute), (firstOutput.Closed[0].SessionId, firstOutput.Closed[0].EndMicros));
        SessionSummary whole = Assert.Single(replayOutput.Closed);
        Assert.Equal((id, T0 + (2 * Minute)), (whole.SessionId, whole.EndMicros));
        Assert.Equal(Sessionizer.SessionId(Subject, T0 + (2 * Minute)), lateArrival.Events[0].SessionId);
        Assert.Equal(id, replayed.Events[0].SessionId);
    }

    [Fact]
    public void Punctuate_LiveSessionWithinGap_StaysOpenThoughQuiet()
    {
        var sessionizer = new Sessionizer(Options);
        var output = new SessionOutput();
        sessionizer.Process(Moves(0), T0, output);

        sessionizer.Punctuate(T0 + (10 * Minute), output);

        Assert.Empty(output.Closed);
        Assert.True(sessionizer.HasOpenSession(Subject));
    }

    [Fact]
    public void RestoreState_FromWrittenState_ContinuesExactlyAsTheOriginal()
    {
        var original = new Sessionizer(Options);
        var outputA = new SessionOutput();
        original.Process(Moves(0, 5 * Minute), 0, outputA);
        original.Process(Moves(31 * Minute + (5 * Minute)), 0, outputA);
        var changed = new List<string>();
        original.TakeChanges(changed, []);
        var restored = new Sessionizer(Options);
        foreach (string subject in changed)
        {
            var buffer = new ArrayBufferWriter<byte>();
            original.WriteState(subject, buffer);
            restored.RestoreState(subject, buffer.WrittenSpan, 0);
        }

        var outputB = new SessionOutput();
        outputA.Clear();
        original.Process(Moves(36 * Minute + Second, 50 * Minute), 0, outputA);
        restored.Process(Moves(36 * Minute + Second, 50 * Minute), 0, outputB);
        original.CloseAll(outputA);
        restored.CloseAll(outputB);

        Assert.Equal(outputA.Idle, outputB.Idle);
        Assert.Equal(outputA.Closed.Select(s => (s.SessionId, s.StartMicros, s.EndMicros, s.EventCount, s.IdleSeconds)),
            outputB.Closed.Select(s => (s.SessionId, s.StartMicros, s.EndMicros, s.EventCount, s.IdleSeconds)));
    }

    [Fact]
    public void RestoreState_Tombstone_ForgetsSubject()
    {
        var sessionizer = new Sessionizer(Options);
        sessionizer.Process(Moves(0), 0, new SessionOutput());

        sessionizer.RestoreState(Subject, [], 0);

        Assert.False(sessionizer.HasOpenSession(Subject));
        Assert.Equal(0, sessionizer.OpenSessions);
    }

    [Fact]
    public void RestoreState_Truncated_Throws()
    {
        Assert.Throws<InvalidDataException>(() => new Sessionizer(Options).RestoreState(Subject, [1, 2, 3], 0));
    }

    [Fact]
    public void Options_ThresholdNotBelowGap_RefusedWithReason()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Sessionizer(Options with { IdleThreshold = TimeSpan.FromHours(1) }));

        Assert.Contains("shorter than the session gap", ex.Message, StringComparison.Ordinal);
    }

    private sealed class PausedAt(long time) : IPauseHistory
    {
        public bool WasPausedBetween(string subjectPseudonym, long fromMicros, long toMicros) => fromMicros < time && time < toMicros;
    }
}
