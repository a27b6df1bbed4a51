using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Pipeline.Capture;

/// <summary>
/// The agent's status file (<c>agent.json</c> in the state directory, owner-only, replaced atomically): written by the
/// agent when it starts, when it starts or stops listening, and when it stops (with the reason when it stopped on its
/// own), and read by <c>pipeline consent status</c>.
/// </summary>
public static class AgentStatusFile
{
    /// <summary>The file's name inside a state directory.</summary>
    public const string FileName = "agent.json";

    private static readonly JsonSerializerOptions s_json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>Replaces the status in <paramref name="stateDirectory"/>.</summary>
    public static void Write(string stateDirectory, AgentRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        AtomicFile.Write(Path.Combine(stateDirectory, FileName), JsonSerializer.SerializeToUtf8Bytes(run, s_json));
    }

    /// <summary>The status in <paramref name="stateDirectory"/>; null when no agent ran there or the file is unreadable.</summary>
    public static AgentRun? Read(string stateDirectory)
    {
        string path = Path.Combine(stateDirectory, FileName);
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<AgentRun>(File.ReadAllBytes(path), s_json) : null;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>
    /// One line for a person about the agent: running and listening, stopped and why, or gone without a word (a
    /// "running" status whose process no longer exists was killed or crashed).
    /// </summary>
    public static string Describe(AgentRun? run)
    {
        if (run is null)
        {
            return "Agent: has not run on this device (pipeline capture).";
        }

        string started = Time(run.StartedAt);
        if (run.Running)
        {
            return IsAlive(run.ProcessId)
                ? $"Agent: running since {started} (process {run.ProcessId}), {(run.Listening ? $"listening to {run.Source} input" : "not listening to input (no consent now)")}."
                : $"Agent: not running: the run started {started} (process {run.ProcessId}) ended without a word (killed or crashed); what it had spooled is delivered at the next start.";
        }

        string counts = string.Create(CultureInfo.InvariantCulture,
            $"{run.Accepted:N0} events recorded, {run.Delivered:N0} records delivered, {run.SpoolPending:N0} left in the spool for the next start");
        return run.StopReason is { } reason
            ? $"Agent: stopped at {Time(run.StoppedAt)} because {reason}; {counts}. A supervisor (the systemd unit) restarts it."
            : $"Agent: stopped at {Time(run.StoppedAt)} when asked to; {counts}.";
    }

    private static string Time(DateTimeOffset? time) =>
        time?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture) ?? "an unknown time";

    private static bool IsAlive(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
