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
