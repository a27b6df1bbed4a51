using System.Diagnostics;
using System.Runtime.Versioning;

namespace Pipeline.Deploy.Tests;

/// <summary>The capture agent's systemd user unit: what it runs, how it is confined, and systemd's own verdict on it.</summary>
[SupportedOSPlatform("linux")]
public sealed class SystemdUnitTests
{
    private static readonly string s_unitPath = RepositoryRoot.Combine("deploy/systemd/pipeline-capture.service");

    /// <summary>Section name to its directives, in order (a directive may repeat).</summary>
    private static Dictionary<string, List<(string Key, string Value)>> Unit()
    {
        Dictionary<string, List<(string, string)>> sections = new(StringComparer.Ordinal);
        List<(string, string)>? current = null;
        foreach (string raw in File.ReadAllLines(s_unitPath))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith(';'))
            {
                continue;
            }

            if (line.StartsWith('['))
            {
                current = sections[line.Trim('[', ']')] = [];
                continue;
            }

            int eq = line.IndexOf('=', StringComparison.Ordinal);
            current!.Add((line[..eq], line[(eq + 1)..]));
        }

        return sections;
    }

    private static string? Directive(string section, string key) =>
        Unit()[section].Where(d => d.Key == key).Select(d => d.Value).LastOrDefault();

    [Fact]
    public void Service_ExecStart_RunsPipelineCaptureOnTheSessionDisplay()
    {
        string exec = Directive("Service", "ExecStart")!;

        Assert.Matches(@"/pipeline capture( |$)", exec);
        Assert.Contains("--display ${DISPLAY}", exec, StringComparison.Ordinal);
        Assert.Contains("--config %h/.config/pipeline/capture.json", exec, StringComparison.Ordinal);
        Assert.Equal("graphical-session.target", Directive("Install", "WantedBy"));
    }

    [Theory]
    [InlineData("NoNewPrivileges", "yes")]
    [InlineData("ProtectSystem", "strict")]
    [InlineData("ProtectHome", "read-only")]
    [InlineData("UMask", "0077")]
    [InlineData("PrivateDevices", "yes")]
    [InlineData("RestrictNamespaces", "yes")]
    [InlineData("RestrictSUIDSGID", "yes")]
    [InlineData("LockPersonality", "yes")]
    [InlineData("CapabilityBoundingSet", "")]
    [InlineData("RestrictAddressFamilies", "AF_UNIX AF_INET AF_INET6")]
    [InlineData("ReadWritePaths", "%S/pipeline")]
    public void Service_Hardening_Set(string key, string value) => Assert.Equal(value, Directive("Service", key));

    [Fact]
    public void Service_AgentExitsNonZero_SystemdRestartsIt()
    {
        // The agent exits 1 when its X display goes away (after flushing) and 130 after a handled SIGTERM.
        Assert.Contains(Directive("Service", "Restart"), new[] { "on-failure", "always" });
        string[] success = (Directive("Service", "SuccessExitStatus") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("130", success);
        Assert.DoesNotContain("1", success);
        Assert.NotNull(Directive("Service", "RestartSec"));
    }

    [Fact]
    public void Service_UserUnit_NamesNoUser()
    {
        // A user unit runs as its owner; User= would either be ignored or fail, and suggests a system service.
        Assert.Null(Directive("Service", "User"));
        Assert.Null(Directive("Service", "DynamicUser"));
    }

    [Fact]
    public void SystemdAnalyze_UnitAsInstalled_VerifiesAndScoresAtMostThree()
    {
        // A home with the agent where the unit expects it, and a runtime directory, as a logged-in user has.
        string home = Directory.CreateTempSubdirectory("deploy-tests-home-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(home, ".local/bin"));
            Directory.CreateDirectory(Path.Combine(home, ".config/pipeline"));
            Directory.CreateDirectory(Path.Combine(home, "run"));
            string agent = Path.Combine(home, ".local/bin/pipeline");
            File.WriteAllText(agent, "#!/bin/sh\n");
            File.SetUnixFileMode(agent, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            File.SetUnixFileMode(Path.Combine(home, "run"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

            (int verify, string verifyOutput) = SystemdAnalyze(home, "verify", "--user", s_unitPath);
            Assert.True(verify == 0 && verifyOutput.Length == 0, $"systemd-analyze verify ({verify}): {verifyOutput}");

            // Exposure 0 (locked down) to 10 (unconfined), times ten; 3.0 is "OK" in systemd's own scale.
            (int security, string securityOutput) = SystemdAnalyze(home, "security", "--offline=true", "--user", "--threshold=30", s_unitPath);
            Assert.True(security == 0, $"systemd-analyze security: {securityOutput[Math.Max(0, securityOutput.Length - 400)..]}");
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }

    private static (int ExitCode, string Output) SystemdAnalyze(string home, params string[] args)
    {
        ProcessStartInfo start = new("systemd-analyze") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["HOME"] = home;
        start.Environment["XDG_RUNTIME_DIR"] = Path.Combine(home, "run");
        start.Environment["SYSTEMD_COLORS"] = "0";
        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        string stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, (stderr + stdout.Result).Trim());
    }
}
