using Pipeline.Processing.Runner;
using Pipeline.TestSupport;

namespace Pipeline.Processing.Tests.Runner;

public sealed class LoopScheduleTests
{
    private static readonly TimeSpan s_interval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan s_untilIdle = TimeSpan.FromSeconds(10);

    [Fact]
    public void PunctuationDue_IntervalPassed_TrueOnceThenCountsFromThere()
    {
        var time = new ManualTime();
        var schedule = new LoopSchedule(time, s_interval, null);

        time.Advance(s_interval - TimeSpan.FromTicks(1));
        bool early = schedule.PunctuationDue(schedule.Now());
        time.Advance(TimeSpan.FromTicks(1));
        bool onTime = schedule.PunctuationDue(schedule.Now());
        bool again = schedule.PunctuationDue(schedule.Now());

        Assert.Equal((false, true, false), (early, onTime, again));
    }

    [Fact]
    public void IdleLongEnough_BeforeFirstAssignment_FalseHoweverLong()
    {
        var time = new ManualTime();
        var schedule = new LoopSchedule(time, s_interval, s_untilIdle);

        time.Advance(TimeSpan.FromDays(1));

        Assert.False(schedule.IdleLongEnough(schedule.Now()));
    }

    [Fact]
    public void IdleLongEnough_AfterAssignment_TrueOnceUntilIdlePassesWithoutActivity()
    {
        var time = new ManualTime();
        var schedule = new LoopSchedule(time, s_interval, s_untilIdle);
        schedule.Rebalanced();

        time.Advance(s_untilIdle - TimeSpan.FromTicks(1));
        bool early = schedule.IdleLongEnough(schedule.Now());
        time.Advance(TimeSpan.FromTicks(1));

        Assert.False(early);
        Assert.True(schedule.IdleLongEnough(schedule.Now()));
    }

    [Fact]
    public void IdleLongEnough_ActivityOrRebalance_StartsTheIdleTimeAgain()
    {
        var time = new ManualTime();
        var schedule = new LoopSchedule(time, s_interval, s_untilIdle);
        schedule.Rebalanced();
        time.Advance(TimeSpan.FromSeconds(6));
        schedule.Active(schedule.Now());
        time.Advance(TimeSpan.FromSeconds(6));
        bool afterActivity = schedule.IdleLongEnough(schedule.Now());
        schedule.Rebalanced();
        time.Advance(TimeSpan.FromSeconds(6));

        Assert.False(afterActivity);
        Assert.False(schedule.IdleLongEnough(schedule.Now()));
    }

    [Fact]
    public void IdleLongEnough_NoUntilIdle_NeverTrue()
    {
        var time = new ManualTime();
        var schedule = new LoopSchedule(time, s_interval, null);
        schedule.Rebalanced();

        time.Advance(TimeSpan.FromDays(1));

        Assert.False(schedule.IdleLongEnough(schedule.Now()));
    }
}
