using Pipeline.TestSupport;

namespace Pipeline.Lake.Tests;

/// <summary><c>pipeline lake …</c> as operators run it: the real host as a child process.</summary>
public sealed class LakeCommandsTests : IDisposable
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);
    private readonly TempLake _lake = new();
    private readonly string _state = Path.Combine(Path.GetTempPath(), "pipeline-lake-state-" + Guid.NewGuid().ToString("N")[..8]);

    public LakeCommandsTests()
    {
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

    public void Dispose()
    {
        _lake.Dispose();
        Directory.Delete(_state, recursive: true);
    }
}
