using System.Globalization;
using System.Text.RegularExpressions;
using Pipeline.TestSupport;

namespace Pipeline.EndToEnd.Tests;

/// <summary>`pipeline demo` as a new user runs it: a real process, then the lake it wrote read back through DuckDB.</summary>
public sealed class DemoCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-demo-").FullName;

    [Fact]
    public void Demo_ShortRun_SummaryMatchesWhatDuckDbReadsFromTheLake()
    {
        string lake = Path.Combine(_root, "lake");
        using PipelineProcess demo = PipelineProcess.Start(["demo", "--duration", "6", "--devices", "4", "--lake", lake], Path.Combine(_root, "state"));
        int exit = demo.WaitForExit(TimeSpan.FromMinutes(3));
        string summary = demo.StandardOutput;
        Assert.True(exit == 0, $"demo exited {exit}\n{summary}\n{demo.StandardError}");

        long eventsIn = Number(summary, "events in (admitted on the devices)");
        long eventsOut = Number(summary, "events out (scrubbed, clean topic)");
        long processorDropped = Number(summary, "dropped by the processor");
        long notAllowed = DropCount(summary, "not_allowlisted");
        Assert.True(eventsIn > 100, summary);
        Assert.Equal(eventsIn, eventsOut + processorDropped);
        Assert.True(notAllowed > 0, "the demo's people use an app that is not allow-listed; its input must be dropped on the device");
        // The stream's own gate is stricter than the devices' (browser), and person 4 gets a corrupt consent record.
        Assert.True(DropCount(summary, "app_not_allowed") > 0, summary);
        Assert.True(DropCount(summary, "consent_unreadable") > 0, summary);
        Assert.Contains("a corrupt consent record is published", summary, StringComparison.Ordinal);
        Assert.Contains("the processor's app gate allows only editor", summary, StringComparison.Ordinal);
        Assert.Contains("unreadable 1 (dead-lettered once each)", summary, StringComparison.Ordinal);

        using PipelineProcess query = PipelineProcess.Start(["lake", "query", "SELECT count(*) AS n, count(DISTINCT device) AS d FROM events WHERE app IN ('terminal', 'browser')", "--lake", lake, "--format", "csv"], Path.Combine(_root, "state"));
        Assert.Equal(0, query.WaitForExit(TimeSpan.FromMinutes(1)));
        Assert.Contains("0,0", query.StandardOutput, StringComparison.Ordinal);

        using PipelineProcess count = PipelineProcess.Start(["lake", "query", "SELECT count(*) AS n, count(DISTINCT (device, seq)) AS unique_events FROM events", "--lake", lake, "--format", "csv"], Path.Combine(_root, "state"));
        Assert.Equal(0, count.WaitForExit(TimeSpan.FromMinutes(1)));
        Assert.Contains($"{eventsOut},{eventsOut}", count.StandardOutput, StringComparison.Ordinal);

        // Actions by type, read back from the lake, add up to the processor's count: every action reached the lake once.
        long actionsOut = Number(summary, "actions (clicks, drags, scrolls, typing, hotkeys, focus)");
        int table = summary.IndexOf("Actions by type, read back from the lake by DuckDB:", StringComparison.Ordinal);
        Assert.True(table >= 0, summary);
        long byType = 0;
        foreach (Match row in Regex.Matches(summary[table..].Split("\n\n")[0], @"^([a-z_]+)\s*\|\s*(\d+)\s*$", RegexOptions.Multiline))
        {
            byType += long.Parse(row.Groups[2].Value, CultureInfo.InvariantCulture);
        }

        Assert.True(actionsOut > 0, summary);
        Assert.Equal(actionsOut, byType);

        // It prints how to draw its busiest session; that command works (to a file of ours).
        Match plotLine = Regex.Match(summary, @"\./pipeline lake plot --session (\S+) --out session\.png --lake (\S+)");
        Assert.True(plotLine.Success, summary);
        string picture = Path.Combine(_root, "session.png");
        using PipelineProcess plot = PipelineProcess.Start(["lake", "plot", "--session", plotLine.Groups[1].Value, "--out", picture, "--lake", plotLine.Groups[2].Value], Path.Combine(_root, "state"));
        Assert.Equal(0, plot.WaitForExit(TimeSpan.FromMinutes(1)));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(picture)[..4]);

        // It drew that session itself, and exported one of its people before its broker (and with it the keys) went.
        string drawn = Regex.Match(summary, @"A picture of the busiest session \(\S+\): (\S+)").Groups[1].Value;
        Assert.True(File.Exists(drawn), summary);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(drawn)[..4]);
        Match exported = Regex.Match(summary, @"Everything the lake holds about (\S+), as that person would get it on asking: ([\d,]+) rows in (\S+)");
        Assert.True(exported.Success, summary);
        Assert.True(long.Parse(exported.Groups[2].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture) > 0, summary);
        Assert.True(File.Exists(Path.Combine(exported.Groups[3].Value, "manifest.json")), summary);
        Assert.True(File.Exists(Path.Combine(exported.Groups[3].Value, "README.md")), summary);

        // The keys and person secrets lived in its in-process broker, gone when it ends: nothing in the lake links to a
        // demo id any more, so the demo ends with the export command for a broker that outlives it.
        string last = summary.TrimEnd().Split('\n')[^1].Trim();
        Assert.Contains($"./pipeline lake export --subject {exported.Groups[1].Value} ", last, StringComparison.Ordinal);
        Assert.Contains("nothing in the lake", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_OnABrokerThatOutlivesIt_TheExportCommandItEndsWithWorks()
    {
        string lake = Path.Combine(_root, "lake");
        string state = Path.Combine(_root, "state");
        using PipelineProcess broker = PipelineProcess.Start(["broker"], state);
        string bootstrap = broker.WaitForLine("bootstrap: ", TimeSpan.FromMinutes(1));
        using PipelineProcess demo = PipelineProcess.Start(["demo", "--duration", "4", "--devices", "3", "--lake", lake, "--bootstrap", bootstrap], state);
        int exit = demo.WaitForExit(TimeSpan.FromMinutes(3));
        string summary = demo.StandardOutput;
        Assert.True(exit == 0, $"demo exited {exit}\n{summary}\n{demo.StandardError}");

        // The last line, run as printed (the environment it names, in a folder of ours): the person's rows, no one else's.
        string last = summary.TrimEnd().Split('\n')[^1].Trim();
        Match command = Regex.Match(last, @"^((?:PIPELINE__\S+=\S+ )*)\./pipeline (lake export --subject (\S+) --out \S+ --lake \S+ --bootstrap (\S+))$");
        Assert.True(command.Success, last);
        Assert.Equal(bootstrap, command.Groups[4].Value);
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string assignment in command.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] pair = assignment.Split('=', 2);
            environment[pair[0]] = pair[1];
        }

        using PipelineProcess export = PipelineProcess.Start(command.Groups[2].Value.Split(' '), state, environment, workingDirectory: _root);
        Assert.True(export.WaitForExit(TimeSpan.FromMinutes(1)) == 0, export.StandardError);
        Assert.Matches(@"export \S+: [1-9]\d* rows about this person in ", export.StandardOutput);
        string folder = Path.Combine(_root, "export-" + command.Groups[3].Value);
        Assert.True(File.Exists(Path.Combine(folder, "manifest.json")), export.StandardOutput);
        Assert.DoesNotContain(command.Groups[3].Value, File.ReadAllText(Path.Combine(folder, "manifest.json")), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static long Number(string summary, string label)
    {
        Match m = Regex.Match(summary, Regex.Escape(label) + @"\s+([\d,]+)");
        Assert.True(m.Success, $"no '{label}' line in:\n{summary}");
        return long.Parse(m.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
    }

    private static long DropCount(string summary, string reason)
    {
        Match m = Regex.Match(summary, Regex.Escape(reason) + @" ([\d,]+)");
        return m.Success ? long.Parse(m.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture) : 0;
    }
}
