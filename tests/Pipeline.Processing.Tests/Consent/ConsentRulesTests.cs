using Pipeline.Processing.Consent;
using Pipeline.Schemas.Model;

namespace Pipeline.Processing.Tests.Consent;

public sealed class ConsentRulesTests
{
    private const long Minute = 60_000_000;
    private const long T = 1_795_000_000L * 1_000_000;

    [Fact]
    public void TryValidate_CapturedTransitions_Valid()
    {
        var change = new ConsentChange("erin", "erin-laptop", ConsentState.Resumed, T + (40 * Minute), null, null,
        [
            new ConsentInterval(ConsentState.Granted, T, null),
            new ConsentInterval(ConsentState.Paused, T + (10 * Minute), T + (40 * Minute)),
        ]);

        Assert.True(ConsentRules.TryValidate(change, out string violation), violation);
    }

    [Theory]
    [InlineData("", "laptop", ConsentState.Granted, T, null, "subject and device must not be empty")]
    [InlineData("erin", "", ConsentState.Granted, T, null, "subject and device must not be empty")]
    [InlineData("erin", "laptop", ConsentState.Granted, 0L, null, "time outside 2000..2100")]
    [InlineData("erin", "laptop", ConsentState.Granted, long.MaxValue, null, "time outside 2000..2100")]
    [InlineData("erin", "laptop", ConsentState.Revoked, T, T + Minute, "only a pause has an end")]
    [InlineData("erin", "laptop", ConsentState.Paused, T, T, "a pause must end after it begins")]
    public void TryValidate_BrokenRecord_NamesTheRule(string subject, string device, ConsentState state, long time, long? until, string rule)
    {
        Assert.False(ConsentRules.TryValidate(new ConsentChange(subject, device, state, time, until, null, []), out string violation));

        Assert.Equal(rule, violation);
    }

    [Fact]
    public void TryValidate_BrokenHistoryEntry_NamesTheRuleAsHistory()
    {
        var change = new ConsentChange("erin", "laptop", ConsentState.Revoked, T, null, null, [new ConsentInterval(ConsentState.Granted, -5, null)]);

        Assert.False(ConsentRules.TryValidate(change, out string violation));

        Assert.Equal("history: time outside 2000..2100", violation);
    }
}
