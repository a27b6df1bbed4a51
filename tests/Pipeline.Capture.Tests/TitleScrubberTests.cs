using Pipeline.Capture.Gate;

namespace Pipeline.Capture.Tests;

public class TitleScrubberTests
{
    [Theory]
    [InlineData("Inbox - ann.lee@example.org - Mail", "Inbox - <EMAIL> - Mail")]
    [InlineData("vim ~/secret/plans.txt", "vim <PATH>")]
    [InlineData("Call +44 20 7946 0958", "Call <PHONE>")]
    [InlineData("Ticket 48213 - Helpdesk", "Ticket <NUMBER> - Helpdesk")]
    [InlineData("Pay with 4111 1111 1111 1111", "Pay with <CARD>")]
    [InlineData("Untitled 1", "Untitled 1")]
    [InlineData("Quarterly Report Q3 - final.xlsx", "Quarterly Report Q3 - final.xlsx")]
    public void Scrub_PersonalData_SamePlaceholdersAsTheStream(string title, string expected) =>
        Assert.Equal(expected, TitleScrubber.Scrub(title));

    [Fact]
    public void Scrub_UrlWithToken_KeepsNoSecret()
    {
        string scrubbed = TitleScrubber.Scrub("https://bank.example/reset?token=9f8e7d6c5b4a39281706f5e4d3c2b1a0 - Browser");

        Assert.DoesNotContain("9f8e7d6c5b4a39281706f5e4d3c2b1a0", scrubbed, StringComparison.Ordinal);
        Assert.EndsWith(" - Browser", scrubbed, StringComparison.Ordinal);
    }

    [Fact]
    public void Scrub_LongTitle_Cut() =>
        Assert.Equal(TitleScrubber.MaxLength, TitleScrubber.Scrub(new string('a', 1000)).Length);
}
