using Pipeline.Host.Commands;
using Pipeline.Host.Hosting;

namespace Pipeline.Host.Tests;

/// <summary><c>consent …</c> called as a library, without a command line: the person's controls and what they are shown.</summary>
public sealed class ConsentCommandTests : IDisposable
{
    private readonly TestHost _hosts = new();

    [Fact]
    public async Task RunAsync_GrantThenStatus_StatusSaysGrantedAndShowsTheConfiguredTopics()
    {
        var output = new StringWriter();
        await using (HostContext host = _hosts.Create("""{ "Topics": { "Raw": "site.raw" } }""", output))
        {
            Assert.Equal(ExitCodes.Ok, await ConsentCommand.RunAsync(host, new ConsentRequest { Change = ConsentChange.Grant }));
            Assert.Equal(ExitCodes.Ok, await ConsentCommand.RunAsync(host, new ConsentRequest { Change = ConsentChange.Status }));
        }

        string text = output.ToString();
        Assert.Contains("Consent: given", text, StringComparison.Ordinal);
        Assert.Contains("topics site.raw and interaction.consent.v1", text, StringComparison.Ordinal);
        Assert.Contains("pause [--minutes 30]", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(double.NaN)]
    [InlineData(7 * 24 * 60 + 1)]
    public async Task RunAsync_PauseOutOfRange_RefusedAndNothingChanges(double minutes)
    {
        var output = new StringWriter();
        await using HostContext host = _hosts.Create("{}", output);

        CliException error = await Assert.ThrowsAsync<CliException>(() => ConsentCommand.RunAsync(host, new ConsentRequest { Change = ConsentChange.Pause, PauseMinutes = minutes }));

        Assert.StartsWith("--minutes must be above 0 and at most a week", error.Message, StringComparison.Ordinal);
        Assert.Equal("", output.ToString());
    }

    [Fact]
    public async Task RunAsync_ResumeWithoutConsent_OneLineReason()
    {
        await using HostContext host = _hosts.Create("{}", new StringWriter());

        CliException error = await Assert.ThrowsAsync<CliException>(() => ConsentCommand.RunAsync(host, new ConsentRequest { Change = ConsentChange.Resume }));

        Assert.DoesNotContain('\n', error.Message);
    }

    public void Dispose() => _hosts.Dispose();
}
