using System.Text;
using System.Text.Json;
using Pipeline.Lake.Governance;
using Pipeline.Privacy.Pseudonyms;
using Pipeline.TestSupport;

namespace Pipeline.Lake.Tests;

/// <summary><c>pipeline lake …</c> as operators run it: the real host as a child process.</summary>
public sealed class LakeCommandsTests : IClassFixture<BrokerFixture>, IDisposable
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);
    private readonly BrokerFixture _broker;
    private readonly TempLake _lake = new();
    private readonly string _state = Path.Combine(Path.GetTempPath(), "pipeline-lake-state-" + Guid.NewGuid().ToString("N")[..8]);

    public LakeCommandsTests(BrokerFixture broker)
    {
        _broker = broker;
        Directory.CreateDirectory(_state);
        LakeWriter.Write(_lake.Root, 1, 0, 200, LakeTestData.BaseMicros);
    }

    [Fact]
    public void Query_Csv_PrintsRowsOnStdout()
    {
        using PipelineProcess query = PipelineProcess.Start(["lake", "query", "SELECT hour, count(*) AS n FROM events GROUP BY hour ORDER BY hour", "--lake", _lake.Root, "--format", "csv"], _state);

        Assert.Equal(0, query.WaitForExit(s_timeout));
        Assert.Equal("hour,n\n9,100\n10,100\n", query.StandardOutput.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Trajectories_Jsonl_WritesTheFileAndPrintsItsPathAndSessions()
    {
        LakeWriter.WriteActions(_lake.Root, 1, 0, LakeTestData.BaseMicros);
        string output = Path.Combine(_state, "trajectories");

        using PipelineProcess export = PipelineProcess.Start(["lake", "trajectories", "--lake", _lake.Root, "--out", output, "--format", "jsonl"], _state);

        Assert.Equal(0, export.WaitForExit(s_timeout));
        string file = Path.Combine(output, "trajectories.jsonl");
        Assert.Equal($"trajectories: {file} (1 sessions)", export.StandardOutput.Trim());
        Assert.Single(File.ReadAllLines(file));
    }

    [Fact]
    public void Trajectories_ToBeforeFrom_ExitsWithOneLineReason()
    {
        using PipelineProcess export = PipelineProcess.Start(["lake", "trajectories", "--lake", _lake.Root, "--out", _state, "--from", "2026-03-02T00:00:00Z", "--to", "2026-03-01T00:00:00Z"], _state);

        Assert.Equal(2, export.WaitForExit(s_timeout));
        Assert.StartsWith("pipeline: --to", export.StandardError.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Plot_Session_WritesAPngOfTheRequestedSizeAndPrintsItsPath()
    {
        LakeWriter.WriteActions(_lake.Root, 1, 0, LakeTestData.BaseMicros);
        string output = Path.Combine(_state, "plots", "s-1.png");

        using PipelineProcess plot = PipelineProcess.Start(["lake", "plot", "--session", "s-1", "--out", output, "--width", "800", "--height", "500", "--lake", _lake.Root], _state);

        Assert.Equal(0, plot.WaitForExit(s_timeout));
        Assert.StartsWith($"plot: {output} (", plot.StandardOutput.Trim(), StringComparison.Ordinal);
        Assert.Equal((800, 500), Png.Size(output));
    }

    [Theory]
    [InlineData("--session", "s-404", "pipeline: the lake holds no session s-404")]
    [InlineData("--subject", "someone", "pipeline: --subject and --date go together")]
    public void Plot_NothingToDraw_ExitsWithOneLineReason(string option, string value, string reason)
    {
        string output = Path.Combine(_state, "nothing.png");

        using PipelineProcess plot = PipelineProcess.Start(["lake", "plot", option, value, "--out", output, "--lake", _lake.Root], _state);

        Assert.Equal(2, plot.WaitForExit(s_timeout));
        Assert.StartsWith(reason, plot.StandardError.Trim(), StringComparison.Ordinal);
        Assert.Single(plot.StandardError.Trim().Split('\n'));
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Plot_WithoutOut_ExitsWithOneLineReason()
    {
        using PipelineProcess plot = PipelineProcess.Start(["lake", "plot", "--session", "s-1", "--lake", _lake.Root], _state);

        Assert.Equal(2, plot.WaitForExit(s_timeout));
        Assert.Contains("--out", plot.StandardError, StringComparison.Ordinal);
        Assert.Single(plot.StandardError.Trim().Split('\n'));
    }

    [Fact]
    public void Query_BadSql_ExitsWithOneLineReason()
    {
        using PipelineProcess query = PipelineProcess.Start(["lake", "query", "SELECT nope FROM events", "--lake", _lake.Root], _state);

        Assert.Equal(2, query.WaitForExit(s_timeout));
        Assert.StartsWith("pipeline: query failed:", query.StandardError.Trim(), StringComparison.Ordinal);
        Assert.Single(query.StandardError.Trim().Split('\n'));
    }

    [Fact]
    public void Stats_PrintsEachPartitionAndTotals()
    {
        using PipelineProcess stats = PipelineProcess.Start(["lake", "stats", "--lake", _lake.Root], _state);

        Assert.Equal(0, stats.WaitForExit(s_timeout));
        string[] lines = stats.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("events", StringComparison.Ordinal) && l.Contains("date=2026-03-01/hour=10", StringComparison.Ordinal) && l.Contains(" 100 ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("events", StringComparison.Ordinal) && l.Contains("(all)", StringComparison.Ordinal) && l.Contains(" 200 ", StringComparison.Ordinal));
    }

    [Fact]
    public void Erase_NoPseudonymKeyConfigured_RefusedWithReason()
    {
        using PipelineProcess erase = PipelineProcess.Start(["lake", "erase", "--subject", "someone", "--lake", _lake.Root], _state);

        Assert.Equal(2, erase.WaitForExit(s_timeout));
        Assert.Contains("no pseudonym key configured", erase.StandardError, StringComparison.Ordinal);
    }

    private const string RawId = "bob.cli-export@example.org";

    private static readonly Dictionary<string, string> s_keys = new()
    {
        ["PIPELINE__Pseudonym__Keys__1"] = Convert.ToBase64String(Enumerable.Repeat((byte)11, 32).ToArray()),
        ["PIPELINE__Pseudonym__Keys__2"] = Convert.ToBase64String(Enumerable.Repeat((byte)13, 32).ToArray()),
        ["PIPELINE__Pseudonym__CurrentVersion"] = "2",
    };

    /// <summary>
    /// Publishes <paramref name="raw"/>'s secret on a keys topic of this test's own, as the processor does for a person
    /// it has seen, and returns the person's pseudonyms as the processor computes them from it and the configured keys,
    /// with the environment that points the host at that topic (development processing keys, the fixture's broker).
    /// </summary>
    private async Task<(string[] Pseudonyms, Dictionary<string, string> Environment)> PublishPersonAsync(string raw)
    {
        string topic = _broker.CreateTopic("keys", 2);
        PersonSecret secret = await KeysTopicRecords.PublishSecretAsync(_broker, topic, raw);
        var pseudonymizer = new Pseudonymizer(new PseudonymOptions
        {
            Keys = new Dictionary<int, byte[]> { [1] = Enumerable.Repeat((byte)11, 32).ToArray(), [2] = Enumerable.Repeat((byte)13, 32).ToArray() },
            CurrentVersion = 2,
        });
        var environment = new Dictionary<string, string>(s_keys)
        {
            ["PIPELINE__Shredding__AllowDevelopmentKeys"] = "true",
            ["PIPELINE__Topics__Keys"] = topic,
        };
        return ([pseudonymizer.Subject(secret, 1), pseudonymizer.Subject(secret, 2)], environment);
    }

    [Fact]
    public async Task Export_RawSubjectWithConfiguredKeys_EveryKeyVersionsRowsAndTheRawIdInNoByteOfLakeExportOrLogs()
    {
        (string[] bob, Dictionary<string, string> environment) = await PublishPersonAsync(RawId);
        LakeWriter.Write(_lake.Root, 2, 1, 30, LakeTestData.BaseMicros + 60_000_000L, bob[0]);
        LakeWriter.Write(_lake.Root, 2, 2, 20, LakeTestData.BaseMicros + 120_000_000L, bob[1]);
        string output = Path.Combine(_state, "bob-export");

        using PipelineProcess export = PipelineProcess.Start(
            ["lake", "export", "--subject", RawId, "--lake", _lake.Root, "--out", output, "--format", "jsonl", "--log-level", "debug", "--bootstrap", _broker.BootstrapServers], _state, environment);

        Assert.True(export.WaitForExit(s_timeout) == 0, export.StandardError);
        Assert.Contains("54 rows about this person", export.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(50, File.ReadAllLines(Path.Combine(output, "events.jsonl")).Length);
        using (JsonDocument manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, LakeExport.ManifestFile))))
        {
            Assert.Equal([1, 2], manifest.RootElement.GetProperty("key_versions").EnumerateArray().Select(v => v.GetInt32()));
        }

        byte[] raw = Encoding.UTF8.GetBytes(RawId);
        foreach (string file in Directory.EnumerateFiles(_lake.Root, "*", SearchOption.AllDirectories).Concat(Directory.EnumerateFiles(output)))
        {
            Assert.True(File.ReadAllBytes(file).AsSpan().IndexOf(raw) < 0, $"{file} holds the raw id");
        }

        Assert.DoesNotContain(RawId, export.StandardOutput + export.StandardError, StringComparison.Ordinal);
        using var duck = new DuckDb();
        Assert.Equal(0, duck.Long($"SELECT count(*) FROM {DuckDb.Scan(_lake.Root, "audit")} t WHERE contains(CAST(to_json(t) AS VARCHAR), '{RawId}')"));
        Assert.Equal(bob.Order(StringComparer.Ordinal), duck.Rows($"SELECT DISTINCT unnest(subjects) AS s FROM {DuckDb.Scan(_lake.Root, "audit")} WHERE action = 'export' ORDER BY s").Select(r => (string)r[0]!));
    }

    [Fact]
    public async Task Export_AfterEraseOfTheSamePerson_EmptyExportThatSaysSo()
    {
        (string[] pseudonyms, Dictionary<string, string> environment) = await PublishPersonAsync(RawId);
        LakeWriter.Write(_lake.Root, 2, 1, 30, LakeTestData.BaseMicros + 60_000_000L, pseudonyms[1]);
        using (PipelineProcess erase = PipelineProcess.Start(["lake", "erase", "--subject", RawId, "--lake", _lake.Root, "--bootstrap", _broker.BootstrapServers], _state, environment))
        {
            Assert.True(erase.WaitForExit(s_timeout) == 0, erase.StandardError);
            Assert.Contains("32 rows removed", erase.StandardOutput + erase.StandardError, StringComparison.Ordinal);
        }

        string output = Path.Combine(_state, "after-erase");
        using PipelineProcess export = PipelineProcess.Start(["lake", "export", "--subject", RawId, "--lake", _lake.Root, "--out", output, "--bootstrap", _broker.BootstrapServers], _state, environment);
        Assert.True(export.WaitForExit(s_timeout) == 0, export.StandardError);
        Assert.Contains("the lake holds no rows about this person", export.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("The lake holds no rows about you", File.ReadAllText(Path.Combine(output, LakeExport.ReadmeFile)), StringComparison.Ordinal);
        // Crypto-shredding: the secret is tombstoned, so nothing, not even the erasure's own audit rows (which name the
        // person's pseudonyms), can be linked to the raw id any more.
        Assert.False(File.Exists(Path.Combine(output, "audit.parquet")), "the erased person's audit rows are not linkable to their raw id");
    }

    [Theory]
    [InlineData("--format", "csv")]
    [InlineData("--subject", "")]
    [InlineData("--out", "")]
    public void Export_BadInput_ExitsTwoWithOneLineReason(string option, string value)
    {
        var args = new List<string> { "lake", "export", "--lake", _lake.Root, "--subject", "someone", "--out", Path.Combine(_state, "x") };
        int at = args.IndexOf(option);
        args[at + 1] = value;
        using PipelineProcess export = PipelineProcess.Start(args, _state, s_keys);

        Assert.Equal(2, export.WaitForExit(s_timeout));
        Assert.False(Directory.Exists(Path.Combine(_state, "x")));
    }

    [Fact]
    public void Export_OutFolderNotEmpty_ExitsTwoAndLeavesItAlone()
    {
        string output = Path.Combine(_state, "full");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "mine.txt"), "keep");
        using PipelineProcess export = PipelineProcess.Start(["lake", "export", "--subject", "someone", "--lake", _lake.Root, "--out", output], _state, s_keys);

        Assert.Equal(2, export.WaitForExit(s_timeout));
        Assert.StartsWith("pipeline: ", export.StandardError.Trim(), StringComparison.Ordinal);
        Assert.Contains("not empty", export.StandardError, StringComparison.Ordinal);
        Assert.Equal(["mine.txt"], Directory.GetFiles(output).Select(Path.GetFileName));
    }

    public void Dispose()
    {
        _lake.Dispose();
        Directory.Delete(_state, recursive: true);
    }
}
