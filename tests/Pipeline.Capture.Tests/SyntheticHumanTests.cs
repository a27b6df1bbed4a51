using Pipeline.Capture.Sources.Synthetic;
using Pipeline.Schemas.Model;

namespace Pipeline.Capture.Tests;

public class SyntheticHumanTests
{
    private static List<InteractionEvent> Take(SyntheticOptions options, int n)
    {
        var human = new SyntheticHuman(options);
        var events = new List<InteractionEvent>(n);
        for (int i = 0; i < n; i++)
        {
            human.Next(out InteractionEvent e);
            events.Add(e);
        }

        return events;
    }

    [Fact]
    public void Next_SameSeed_SameEvents()
    {
        List<InteractionEvent> a = Take(new SyntheticOptions { Seed = 7 }, 5000);
        List<InteractionEvent> b = Take(new SyntheticOptions { Seed = 7 }, 5000);
        Assert.Equal(a, b);
    }

    [Fact]
    public void Next_DifferentSeed_DifferentEvents() =>
        Assert.NotEqual(Take(new SyntheticOptions { Seed = 1 }, 500), Take(new SyntheticOptions { Seed = 2 }, 500));

    [Fact]
    public void Next_ManyEvents_TimeNeverGoesBackAndEveryKindAppears()
    {
        List<InteractionEvent> events = Take(new SyntheticOptions { Seed = 3 }, 20_000);
        for (int i = 1; i < events.Count; i++)
        {
            Assert.True(events[i].TimeMicros >= events[i - 1].TimeMicros, $"event {i} goes back in time");
        }

        foreach (EventKind kind in new[] { EventKind.Move, EventKind.ButtonDown, EventKind.ButtonUp, EventKind.Scroll, EventKind.KeyDown, EventKind.KeyUp, EventKind.Focus })
        {
            Assert.Contains(events, e => e.Kind == kind);
        }

        Assert.All(events.Where(e => e.Kind is EventKind.Move), e => Assert.InRange(e.X, 0, 1919));
        Assert.All(events.Where(e => e.Kind is EventKind.KeyDown), e => Assert.NotEqual(KeyClass.None, e.KeyClass));
    }

    [Fact]
    public void Next_ClicksAndKeys_HumanDwellBetweenDownAndUp()
    {
        List<InteractionEvent> events = Take(new SyntheticOptions { Seed = 4 }, 20_000);
        for (int i = 0; i < events.Count - 1; i++)
        {
            if (events[i].Kind == EventKind.ButtonDown)
            {
                Assert.Equal(EventKind.ButtonUp, events[i + 1].Kind);
                Assert.InRange(events[i + 1].TimeMicros - events[i].TimeMicros, 60_000, 140_000);
            }
        }
    }

    [Fact]
    public void Next_MoveSamples_FollowSampleRate()
    {
        List<InteractionEvent> events = Take(new SyntheticOptions { Seed = 5, SampleRateHz = 100, IdleProbability = 0 }, 5000);
        var gaps = new List<long>();
        for (int i = 1; i < events.Count; i++)
        {
            if (events[i].Kind == EventKind.Move && events[i - 1].Kind == EventKind.Move)
            {
                gaps.Add(events[i].TimeMicros - events[i - 1].TimeMicros);
            }
        }

        gaps.Sort();
        Assert.InRange(gaps[gaps.Count / 2], 9_000, 11_000);
    }

    [Fact]
    public void SyntheticOptions_Unusable_RejectedWithReason()
    {
        Assert.Throws<ArgumentException>(() => new SyntheticOptions { SampleRateHz = 0 }.Validate());
        Assert.Throws<ArgumentException>(() => new SyntheticOptions { Apps = [] }.Validate());
    }
}
