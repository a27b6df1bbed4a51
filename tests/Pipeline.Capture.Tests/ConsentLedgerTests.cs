using Pipeline.Capture.Consent;
using Pipeline.TestSupport;

namespace Pipeline.Capture.Tests;

public class ConsentLedgerTests
{
    [Fact]
    public void Current_NoFile_None()
    {
        using var dir = new TempDirectory();
        var ledger = new ConsentLedger(dir.File("consent.json"), new ManualTime());
        Assert.Equal(ConsentStatus.None, ledger.Current.Status);
        Assert.False(File.Exists(ledger.Path));
    }

    [Fact]
    public void Grant_WritesOwnerOnlyFile_NoTemporaryLeft()
    {
        using var dir = new TempDirectory();
        var ledger = new ConsentLedger(dir.File("consent.json"), new ManualTime());
        ledger.Grant();
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(ledger.Path));
        Assert.Equal(["consent.json"], Directory.GetFiles(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Refresh_ChangeByAnotherInstance_SeenAndReplayedIdentically()
    {
        using var dir = new TempDirectory();
        var time = new ManualTime();
        var agent = new ConsentLedger(dir.File("consent.json"), time);
        var person = new ConsentLedger(dir.File("consent.json"), time);
        person.Grant();
        Assert.True(agent.Refresh());
        Assert.Equal(ConsentStatus.Granted, agent.Current.Status);
        time.Advance(TimeSpan.FromSeconds(1));
        ConsentRecord paused = person.Pause(TimeSpan.FromMinutes(30));
        Assert.True(agent.Refresh());
        Assert.Equal(paused, agent.Current with { History = paused.History });
        Assert.Equal(paused.History, agent.Current.History);
        Assert.False(agent.Refresh());
    }

    [Fact]
    public void Pause_ThirtyMinutes_EndsByItselfAtThatTime()
    {
        using var dir = new TempDirectory();
        var time = new ManualTime();
        var ledger = new ConsentLedger(dir.File("consent.json"), time);
        ledger.Grant();
        ledger.Pause(TimeSpan.FromMinutes(30));
        long now = Micros.Now(time);
        Assert.Equal(ConsentStatus.Paused, ledger.Current.StatusAt(now + (29L * 60 * 1_000_000)));
        Assert.Equal(ConsentStatus.Granted, ledger.Current.StatusAt(now + (30L * 60 * 1_000_000)));
    }

    [Fact]
    public void Refresh_DamagedFile_ThrowsRatherThanReadingConsent()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("consent.json"), "{ \"Version\": 1, \"Transitions\": [ {\"State\": \"granted\"");
        Assert.Throws<InvalidDataException>(() => new ConsentLedger(dir.File("consent.json"), new ManualTime()));
    }
}
