using System.Globalization;
using System.Text;
using Pipeline.TestSupport;

namespace Pipeline.EndToEnd.Tests;

/// <summary>
/// The pipeline as operators run it: separate processes for the broker, the import, the processor and the sink,
/// talking over real TCP, and the lake read back through `pipeline lake query` (DuckDB).
/// </summary>
public sealed class MultiProcessPipelineTests : IDisposable
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(2);
    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-e2e-").FullName;
    private readonly Dictionary<string, string> _environment;

    public MultiProcessPipelineTests()
    {
        // A fixed test key, so erasure in the lake finds the same pseudonyms the processor wrote.
        _environment = new Dictionary<string, string>
        {
            ["PIPELINE__Pseudonym__CurrentVersion"] = "1",
            ["PIPELINE__Pseudonym__Keys__1"] = Convert.ToBase64String(Encoding.UTF8.GetBytes("end-to-end-test-key-0123456789ab")),
            // Crypto-shredding: import seals, the processor opens, erasure reads the keys topic; the well-known pair
            // stands in for all three (this test is about the processes together, not about the keys).
            ["PIPELINE__Shredding__AllowDevelopmentKeys"] = "true",
        };
    }

    private string State => Path.Combine(_root, "state");

    private string Lake => Path.Combine(_root, "lake");

    [Fact]
    public void ImportProcessSink_TwoPeople_LakeHoldsEveryConsentedEventOnceAndEraseRemovesOne()
    {
        using PipelineProcess broker = PipelineProcess.Start(["broker"], State, _environment);
        string bootstrap = broker.WaitForLine("bootstrap: ", s_timeout);
        string file = WriteRecording();

        Run(["import", file, "--bootstrap", bootstrap, "--allow-apps", "org.libreoffice.calc,firefox", "--with-titles"], expectExit: 0);
        Run(["process", "--bootstrap", bootstrap, "--until-idle", "5"], expectExit: 0);
        Run(["sink", "--bootstrap", bootstrap, "--lake", Lake, "--until-idle", "5"], expectExit: 0);

        // alice: 1 focus + 5 moves + 2 keys, all while consent was granted; bob's 3 moves came before his grant.
        string counts = Run(["lake", "query", "SELECT count(*) AS n, count(DISTINCT subject) AS s FROM events", "--lake", Lake, "--format", "csv"], expectExit: 0);
        Assert.Contains("8,1", counts, StringComparison.Ordinal);

        string title = Run(["lake", "query", "SELECT title FROM events WHERE kind = 'focus'", "--lake", Lake, "--format", "csv"], expectExit: 0);
        Assert.Contains("<EMAIL>", title, StringComparison.Ordinal);
        Assert.DoesNotContain("alice@example.com", title, StringComparison.Ordinal);

        string kinds = Run(["lake", "query", "SELECT kind, count(*) FROM events GROUP BY kind ORDER BY kind", "--lake", Lake, "--format", "csv"], expectExit: 0);
        Assert.Contains("focus,1", kinds, StringComparison.Ordinal);
        Assert.Contains("key_down,1", kinds, StringComparison.Ordinal);
        Assert.Contains("move,5", kinds, StringComparison.Ordinal);

        AssertNowhereInLake("alice-raw-id");
        Run(["lake", "erase", "--subject", "alice-raw-id", "--lake", Lake, "--bootstrap", bootstrap], expectExit: 0);
        string after = Run(["lake", "query", "SELECT count(*) FROM events", "--lake", Lake, "--format", "csv"], expectExit: 0);
        Assert.Contains("\n0", "\n" + after.Replace("\r", "", StringComparison.Ordinal), StringComparison.Ordinal);
        AssertNowhereInLake("alice-raw-id");

        broker.Signal(15);
        Assert.Equal(0, broker.WaitForExit(s_timeout));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string WriteRecording()
    {
        var lines = new StringBuilder();
        DateTime t0 = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);
        string At(double seconds) => t0.AddSeconds(seconds).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
        lines.AppendLine($$"""{"subject":"alice-raw-id","device":"alice-laptop","seq":1,"time":"{{At(0)}}","kind":"consent","state":"granted"}""");
        lines.AppendLine($$"""{"subject":"alice-raw-id","device":"alice-laptop","seq":2,"time":"{{At(1)}}","kind":"focus","app":"firefox","title":"Inbox - alice@example.com"}""");
        for (int i = 0; i < 5; i++)
        {
            lines.AppendLine($$"""{"subject":"alice-raw-id","device":"alice-laptop","seq":{{3 + i}},"time":"{{At(2 + (i * 0.016))}}","kind":"move","x":{{100 + i}},"y":{{200 + i}}}""");
        }

        lines.AppendLine($$"""{"subject":"alice-raw-id","device":"alice-laptop","seq":8,"time":"{{At(3)}}","kind":"key_down","key_class":"letter"}""");
        lines.AppendLine($$"""{"subject":"alice-raw-id","device":"alice-laptop","seq":9,"time":"{{At(3.08)}}","kind":"key_up","key_class":"letter"}""");
        for (int i = 0; i < 3; i++)
        {
            lines.AppendLine($$"""{"subject":"bob-raw-id","device":"bob-desktop","seq":{{1 + i}},"time":"{{At(i)}}","kind":"move","x":5,"y":5}""");
        }

        string path = Path.Combine(_root, "recording.jsonl");
        File.WriteAllText(path, lines.ToString());
        return path;
    }

    private string Run(string[] args, int expectExit)
    {
        using PipelineProcess process = PipelineProcess.Start(args, State, _environment);
        int exit = process.WaitForExit(s_timeout);
        Assert.True(exit == expectExit, $"pipeline {string.Join(' ', args)} exited {exit}, expected {expectExit}\nstdout:\n{process.StandardOutput}\nstderr:\n{process.StandardError}");
        return process.StandardOutput;
    }

    private void AssertNowhereInLake(string rawId)
    {
        byte[] needle = Encoding.UTF8.GetBytes(rawId);
        foreach (string file in Directory.EnumerateFiles(Lake, "*", SearchOption.AllDirectories))
        {
            byte[] bytes = File.ReadAllBytes(file);
            Assert.True(bytes.AsSpan().IndexOf(needle) < 0, $"{rawId} found in {file}");
        }
    }
}
