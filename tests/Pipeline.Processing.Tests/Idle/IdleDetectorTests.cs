using Pipeline.Processing.Idle;
using Pipeline.Schemas.Model;

namespace Pipeline.Processing.Tests.Idle;

public sealed class IdleDetectorTests
{
    private const long Second = 1_000_000;
    private const long Threshold = 180 * Second;
    private const string Subject = "0123456789abcdef0123456789abcdef";

    private static readonly IdleDetector s_detector = new(Threshold, null);

    private static List<InputRun> Runs(IdleDetector detector, params (long Time, bool Lock)[] events)
    {
        var runs = new List<InputRun>();
        foreach ((long time, bool isLock) in events)
        {
            detector.Record(runs, time, isLock);
        }

        return runs;
    }

    [Fact]
    public void Record_GapExactlyTheThreshold_StaysOneRun()
    {
        List<InputRun> runs = Runs(s_detector, (0, false), (Threshold, false));

        Assert.Equal([new InputRun(0, Threshold, false)], runs);
    }

    [Fact]
    public void Record_GapPastTheThreshold_StartsANewRun()
    {
        List<InputRun> runs = Runs(s_detector, (0, false), (Threshold + 1, false));

        Assert.Equal([new InputRun(0, 0, false), new InputRun(Threshold + 1, Threshold + 1, false)], runs);
    }

    [Fact]
    public void Record_LockThenInputMomentsLater_LockEndsTheRun()
    {
        List<InputRun> runs = Runs(s_detector, (0, false), (Second, true), (2 * Second, false));

        Assert.Equal([new InputRun(0, Second, true), new InputRun(2 * Second, 2 * Second, false)], runs);
    }

    [Fact]
    public void Record_LateEventInsideAnIdleGap_JoinsTheRunsOnBothSides()
    {
        List<InputRun> runs = Runs(s_detector, (0, false), (300 * Second, false), (150 * Second, false));

        Assert.Equal([new InputRun(0, 300 * Second, false)], runs);
    }

    [Fact]
    public void TakeFinal_HorizonBetweenRuns_EmitsOnlyTheGapsEndingByThenAndDropsTheirRuns()
    {
        List<InputRun> runs = Runs(s_detector, (0, false), (Second, true), (10 * Second, false), (1000 * Second, false));
        var idle = new List<IdlePeriod>();

        long micros = s_detector.TakeFinal(runs, 999 * Second, Subject, 2, "session", idle);

        IdlePeriod only = Assert.Single(idle);
        Assert.Equal(new IdlePeriod(Subject, 2, "session", Second, 10 * Second, IdleReason.Lock), only);
        Assert.Equal(9 * Second, micros);
        Assert.Equal([new InputRun(10 * Second, 10 * Second, false), new InputRun(1000 * Second, 1000 * Second, false)], runs);
    }

    [Fact]
    public void TakeFinal_PauseInsideTheGap_ReasonIsPause()
    {
        var detector = new IdleDetector(Threshold, new PausedAt(500 * Second));
        List<InputRun> runs = Runs(detector, (0, false), (1000 * Second, false));
        var idle = new List<IdlePeriod>();

        detector.TakeFinal(runs, long.MaxValue, Subject, 1, "session", idle);

        Assert.Equal(IdleReason.Pause, Assert.Single(idle).Reason);
        Assert.Single(runs);
    }

    private sealed class PausedAt(long time) : IPauseHistory
    {
        public bool WasPausedBetween(string subjectPseudonym, long fromMicros, long toMicros) => fromMicros < time && time < toMicros;
    }
}
