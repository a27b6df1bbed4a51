using Pipeline.Capture.Consent;
using Pipeline.Capture.Transparency;

namespace Pipeline.Capture.Tests.Transparency;

public sealed class ActivityTimelineTests
{
    private const long T0 = 29_500_000; // a minute number, 2026
    private const long MicrosPerMinute = 60_000_000;

    private static ActivityMinute Minute(long minute, int events, bool running = true)
    {
        int[] kinds = new int[ActivityTally.Kinds];
        kinds[0] = events;
        return new ActivityMinute(minute, kinds, 0, 0, running, running);
    }

    private static ConsentRecord GrantedAt(long minute) => ConsentRecord.None.Grant("n", minute * MicrosPerMinute);

    [Fact]
    public void Build_GapsShorterThanTheThreshold_StayActiveLongerOnesAreQuietFromTheLastInput()
    {
        var minutes = new List<ActivityMinute>();
        for (long m = T0; m < T0 + 30; m++)
        {
            // input at 0-4, a 2-minute gap, input at 7-9, a 10-minute gap, input at 20-21
            bool input = m - T0 is < 5 or (>= 7 and < 10) or (>= 20 and < 22);
            minutes.Add(Minute(m, input ? 10 : 0));
        }

        IReadOnlyList<TimelineStretch> stretches = ActivityTimeline.Build(new ActivitySnapshot { Minutes = minutes }, GrantedAt(T0 - 60), T0, T0 + 30, TimeSpan.FromMinutes(3));

        Assert.Equal(
            [
                new TimelineStretch(T0, T0 + 10, TimelineState.Active),
                new TimelineStretch(T0 + 10, T0 + 20, TimelineState.Quiet),
                new TimelineStretch(T0 + 20, T0 + 22, TimelineState.Active),
                new TimelineStretch(T0 + 22, T0 + 30, TimelineState.Quiet),
            ],
            stretches);
    }

    [Fact]
    public void Build_PauseRevokeAndAgentOff_EachItsOwnStretch()
    {
        ConsentRecord consent = GrantedAt(T0)
            .Pause((T0 + 10) * MicrosPerMinute, (T0 + 20) * MicrosPerMinute)
            .Revoke((T0 + 30) * MicrosPerMinute);
        var minutes = new List<ActivityMinute>();
        for (long m = T0; m < T0 + 40; m++)
        {
            minutes.Add(Minute(m, 0, running: m - T0 is < 25 or >= 28));
        }

        IReadOnlyList<TimelineStretch> stretches = ActivityTimeline.Build(new ActivitySnapshot { Minutes = minutes }, consent, T0 - 5, T0 + 40, TimeSpan.FromMinutes(3));

        Assert.Equal(
            [
                new TimelineStretch(T0 - 5, T0, TimelineState.NotConsented),
                new TimelineStretch(T0, T0 + 10, TimelineState.Quiet),
                new TimelineStretch(T0 + 10, T0 + 20, TimelineState.Paused),
                new TimelineStretch(T0 + 20, T0 + 25, TimelineState.Quiet),
                new TimelineStretch(T0 + 25, T0 + 28, TimelineState.AgentOff),
                new TimelineStretch(T0 + 28, T0 + 30, TimelineState.Quiet),
                new TimelineStretch(T0 + 30, T0 + 40, TimelineState.NotConsented),
            ],
            stretches);
    }

    [Theory]
    [InlineData(-1, ConsentStatus.None)]
    [InlineData(0, ConsentStatus.Granted)]
    [InlineData(10, ConsentStatus.Paused)]
    [InlineData(15, ConsentStatus.Granted)]
    [InlineData(20, ConsentStatus.Paused)]
    [InlineData(22, ConsentStatus.Granted)]
    [InlineData(30, ConsentStatus.Revoked)]
    public void ConsentAt_History_ReplaysPausesThatEndByThemselvesAndResumes(long minute, ConsentStatus expected)
    {
        ConsentRecord consent = GrantedAt(T0)
            .Pause((T0 + 10) * MicrosPerMinute, (T0 + 15) * MicrosPerMinute)
            .Pause((T0 + 20) * MicrosPerMinute, (T0 + 40) * MicrosPerMinute)
            .Resume((T0 + 22) * MicrosPerMinute)
            .Revoke((T0 + 30) * MicrosPerMinute);
        Assert.Equal(expected, ActivityTimeline.ConsentAt(consent.History, (T0 + minute) * MicrosPerMinute));
    }
}
