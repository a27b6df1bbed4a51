using Pipeline.Processing.Validation;
using Pipeline.Schemas.Model;

namespace Pipeline.Processing.Tests.Validation;

public sealed class EventRulesTests
{
    private const long T0 = 1_750_000_000L * 1_000_000;

    private static EventBatch Batch(params InteractionEvent[] events)
    {
        var batch = new EventBatch { Subject = "s", Device = "d" };
        foreach (InteractionEvent e in events)
        {
            batch.Add(e);
        }

        return batch;
    }

    [Fact]
    public void TryValidate_WellFormedBatch_Passes()
    {
        EventBatch batch = Batch(
            new InteractionEvent { Seq = 1, TimeMicros = T0, Kind = EventKind.Move },
            new InteractionEvent { Seq = 2, TimeMicros = T0, Kind = EventKind.KeyDown, KeyClass = KeyClass.Letter },
            new InteractionEvent { Seq = 3, TimeMicros = T0, Kind = EventKind.ButtonUp, Button = MouseButton.Left },
            new InteractionEvent { Seq = 4, TimeMicros = T0, Kind = EventKind.Focus, App = "code", Title = "x" });

        Assert.True(EventRules.TryValidate(batch, out _));
    }

    [Theory]
    [InlineData("seq", "seq does not strictly increase")]
    [InlineData("time", "event time outside 2000..2100")]
    [InlineData("key", "key event without key class")]
    [InlineData("button", "button on a non-button event")]
    [InlineData("title", "app or title on a non-focus event")]
    public void TryValidate_BrokenRule_FailsNamingTheRule(string broken, string expected)
    {
        var good = new InteractionEvent { Seq = 1, TimeMicros = T0, Kind = EventKind.Move };
        InteractionEvent bad = broken switch
        {
            "seq" => good with { Seq = 1 },
            "time" => good with { Seq = 2, TimeMicros = 5 },
            "key" => good with { Seq = 2, Kind = EventKind.KeyDown },
            "button" => good with { Seq = 2, Button = MouseButton.Left },
            _ => good with { Seq = 2, Title = "secret" },
        };

        Assert.False(EventRules.TryValidate(Batch(good, bad), out string violation));
        Assert.Equal(expected, violation);
    }

    [Fact]
    public void TryValidate_EmptySubject_Fails()
    {
        var batch = new EventBatch { Subject = "", Device = "d" };

        Assert.False(EventRules.TryValidate(batch, out _));
    }
}
