using Pipeline.Capture.Gate;

namespace Pipeline.Capture.Tests;

public class TitleScrubberTests
{
    [Theory]
    [InlineData("Inbox - ann.lee@example.org - Mail", "Inbox - <email> - Mail")]
    [InlineData("https://bank.example/accounts?id=9 - Browser", "<url> - Browser")]
    [InlineData("vim ~/secret/plans.txt", "vim <path>")]
    [InlineData("Call +44 20 7946 0958", "Call +<number>")]
    [InlineData("Untitled 1", "Untitled 1")]
    public void Scrub_PersonalData_Placeholders(string title, string expected) =>
        Assert.Equal(expected, TitleScrubber.Scrub(title));

    [Fact]
    public void Scrub_LongTitle_Cut() =>
        Assert.Equal(TitleScrubber.MaxLength, TitleScrubber.Scrub(new string('a', 1000)).Length);
}
