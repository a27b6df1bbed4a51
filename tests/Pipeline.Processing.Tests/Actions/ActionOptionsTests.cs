using Pipeline.Processing.Actions;

namespace Pipeline.Processing.Tests.Actions;

public sealed class ActionOptionsTests
{
    public static TheoryData<string, ActionOptions> Unusable() => new()
    {
        { "click time", new ActionOptions { ClickTime = TimeSpan.Zero } },
        { "double-click time", new ActionOptions { DoubleClickTime = TimeSpan.FromMilliseconds(-1) } },
        { "drag hold time", new ActionOptions { DragHoldTime = TimeSpan.Zero } },
        { "scroll gap", new ActionOptions { ScrollGap = TimeSpan.Zero } },
        { "type gap", new ActionOptions { TypeGap = TimeSpan.Zero } },
        { "hotkey idle time", new ActionOptions { HotkeyIdle = TimeSpan.Zero } },
        { "click slop", new ActionOptions { ClickSlop = -1 } },
        { "double-click slop", new ActionOptions { DoubleClickSlop = 10_001 } },
        { "maximum hold", new ActionOptions { MaxHold = TimeSpan.FromSeconds(1) } },
        { "maximum keys", new ActionOptions { MaxKeysPerAction = 0 } },
        { "path tolerance", new ActionOptions { PathTolerance = double.NaN } },
        { "path tolerance", new ActionOptions { PathTolerance = -0.5 } },
        { "maximum path points", new ActionOptions { MaxPathPoints = 1 } },
        { "path window", new ActionOptions { PathWindow = 10, MaxPathPoints = 11 } },
    };

    [Fact]
    public void Validate_Defaults_Pass() => new ActionOptions().Validate();

    [Theory]
    [MemberData(nameof(Unusable))]
    public void Validate_UnusableValue_ThrowsNamingIt(string name, ActionOptions options)
    {
        ArgumentException error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Contains(name, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }
}
