using Pipeline.Processing.Idle;
using Pipeline.Processing.Sessions;

namespace Pipeline.Processing.Tests.Sessions;

public sealed class SessionWindowsTests
{
    private const long Second = 1_000_000;
    private const long Minute = 60 * Second;
    private const long Gap = 30 * Minute;
    private const long Grace = 2 * Minute;
    private const string Subject = "0123456789abcdef0123456789abcdef";

    private static readonly SessionWindows s_windows = new(SessionizerTests.Options, new IdleDetector(3 * Minute, null));

    private static SubjectSessions Admitted(params long[] times)
    {
        var state = new SubjectSessions(1);
        foreach (long t in times)
        {
            Assert.True(s_windows.TryAdmit(state, t));
            s_windows.Assign(Subject, state, t, isLock: false);
        }

        return state;
    }

    [Fact]
    public void TryAdmit_ExactlyGraceBehindStreamTime_AdmittedAndOneMoreMicrosecondIsLate()
    {
        SubjectSessions state = Admitted(10 * Minute);

        Assert.True(s_windows.TryAdmit(state, (10 * Minute) - Grace));
        Assert.False(s_windows.TryAdmit(state, (10 * Minute) - Grace - 1));
        Assert.Equal(10 * Minute, state.StreamTime);
    }

    [Fact]
    public void Assign_EventsExactlyTheGapApart_OneSession()
    {
        SubjectSessions state = Admitted(0, Gap);

        SessionWindow window = Assert.Single(state.Windows);
        Assert.Equal((0, Gap, 2L), (window.Start, window.End, window.Count));
    }

    [Fact]
    public void Assign_EventBridgingTwoOpenSessions_EarlierAbsorbsLaterAndKeepsItsId()
    {
        SubjectSessions state = Admitted(0, Gap + Minute);
        Assert.Equal(2, state.Windows.Count);
        string later = state.Windows[1].Id;

        s_windows.Assign(Subject, state, Gap - Second, isLock: false);

        SessionWindow merged = Assert.Single(state.Windows);
        Assert.Equal(SessionWindows.SessionId(Subject, 0), merged.Id);
        Assert.Equal([later], merged.MergedFrom);
        Assert.Equal((0, Gap + Minute, 3L), (merged.Start, merged.End, merged.Count));
    }

    [Fact]
    public void CloseBehindStreamTime_HorizonPastEndPlusGap_ClosesOnlyThatSession()
    {
        SubjectSessions state = Admitted(0, Gap + Grace + 1);
        var output = new SessionOutput();

        s_windows.CloseBehindStreamTime(Subject, state, output);

        Assert.Equal(SessionWindows.SessionId(Subject, 0), Assert.Single(output.Closed).SessionId);
        Assert.Equal(Gap + Grace + 1, Assert.Single(state.Windows).Start);
    }

    [Fact]
    public void CloseByWallClock_WallAtEndPlusGapPlusGrace_KeepsItOpenUntilOneMicrosecondLater()
    {
        SubjectSessions state = Admitted(0);
        var output = new SessionOutput();

        s_windows.CloseByWallClock(Subject, state, Gap + Grace, output);
        Assert.Empty(output.Closed);
        s_windows.CloseByWallClock(Subject, state, Gap + Grace + 1, output);

        Assert.Single(output.Closed);
        Assert.Empty(state.Windows);
    }

    [Fact]
    public void IsQuiet_QuietTimeoutSinceLastBatch_TrueFromThen()
    {
        var state = new SubjectSessions(1) { LastWallMicros = 100 * Second };

        Assert.False(s_windows.IsQuiet(state, (130 * Second) - 1));
        Assert.True(s_windows.IsQuiet(state, 130 * Second));
    }
}
