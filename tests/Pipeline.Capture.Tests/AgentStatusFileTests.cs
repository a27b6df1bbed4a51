using System.Diagnostics;
using Pipeline.TestSupport;

namespace Pipeline.Capture.Tests;

/// <summary><see cref="AgentStatusFile"/>: what the agent leaves in its state directory and what a person reads of it.</summary>
public sealed class AgentStatusFileTests
{
    private static readonly DateTimeOffset s_started = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void WriteRead_StoppedRun_RoundTripsOwnerOnly()
    {
        using var dir = new TempDirectory();
        var run = new AgentRun(false, 4242, "x11", s_started, false, s_started.AddMinutes(5), "the x11 input source failed: gone", 12, 3, 1);

        AgentStatusFile.Write(dir.Path, run);

        Assert.Equal(run, AgentStatusFile.Read(dir.Path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(dir.Path, AgentStatusFile.FileName)));
    }

    [Fact]
    public void Read_NoFileOrGarbage_Null()
    {
        using var dir = new TempDirectory();
        Assert.Null(AgentStatusFile.Read(dir.Path));

        File.WriteAllText(Path.Combine(dir.Path, AgentStatusFile.FileName), "{ not json");

        Assert.Null(AgentStatusFile.Read(dir.Path));
    }

    [Fact]
    public void Describe_StoppedOnItsOwn_SaysWhyAndThatItIsRestarted()
    {
        string text = AgentStatusFile.Describe(new AgentRun(false, 1, "x11", s_started, false, s_started.AddMinutes(5), "the x11 input source failed: gone", 1200, 3, 0));

        Assert.Equal("Agent: stopped at 2026-11-23 09:05:00 UTC because the x11 input source failed: gone; 1,200 events recorded, 3 records delivered, 0 left in the spool for the next start. A supervisor (the systemd unit) restarts it.", text);
    }

    [Fact]
    public void Describe_StoppedWhenAsked_SaysSo()
    {
        string text = AgentStatusFile.Describe(new AgentRun(false, 1, "x11", s_started, false, s_started.AddMinutes(5), null, 0, 0, 0));

        Assert.StartsWith("Agent: stopped at 2026-11-23 09:05:00 UTC when asked to;", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_RunningProcessAlive_Listening()
    {
        string text = AgentStatusFile.Describe(new AgentRun(true, Environment.ProcessId, "x11", s_started, true, null, null, 0, 0, 0));

        Assert.Equal($"Agent: running since 2026-11-23 09:00:00 UTC (process {Environment.ProcessId}), listening to x11 input.", text);
    }

    [Fact]
    public void Describe_RunningButProcessGone_SaysItEndedWithoutAWord()
    {
        using Process gone = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        gone.WaitForExit();

        string text = AgentStatusFile.Describe(new AgentRun(true, gone.Id, "x11", s_started, true, null, null, 0, 0, 0));

        Assert.Contains("not running", text, StringComparison.Ordinal);
        Assert.Contains("without a word (killed or crashed)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_NeverRan_SaysSo() =>
        Assert.Equal("Agent: has not run on this device (pipeline capture).", AgentStatusFile.Describe(null));
}
