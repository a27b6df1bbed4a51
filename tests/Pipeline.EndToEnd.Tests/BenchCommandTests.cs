using System.Text.Json;
using Pipeline.TestSupport;

namespace Pipeline.EndToEnd.Tests;

/// <summary>`pipeline bench --json` as ops script it: the contract fields are there and hold measured values.</summary>
public sealed class BenchCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-bench-").FullName;

    [Fact]
    public void Bench_SmallRun_WritesEveryContractFieldWithMeasuredValues()
    {
        string json = Path.Combine(_root, "bench.json");
        using PipelineProcess bench = PipelineProcess.Start(
            ["bench", "--events", "20000", "--naive-events", "2000", "--devices", "8", "--steady-seconds", "1", "--json", json],
            Path.Combine(_root, "state"));
        int exit = bench.WaitForExit(TimeSpan.FromMinutes(4));
        Assert.True(exit == 0, $"bench exited {exit}\n{bench.StandardOutput}\n{bench.StandardError}");

        using JsonDocument report = JsonDocument.Parse(File.ReadAllText(json));
        JsonElement root = report.RootElement;
        foreach (string field in new[] { "events_per_second", "ceiling_events_per_second", "baseline_events_per_second", "cpu_seconds_per_million_events", "peak_rss_mb",
            "plaintext_events_per_second", "without_actions_events_per_second", "without_actions_cpu_seconds_per_million_events" })
        {
            Assert.True(root.GetProperty(field).GetDouble() > 0, $"{field} is not a measured positive value");
        }

        foreach (string field in new[] { "p50_latency_ms", "p99_latency_ms" })
        {
            double value = root.GetProperty(field).GetDouble();
            Assert.True(value > 0 && value < 60_000, $"{field} = {value}");
        }

        Assert.True(root.GetProperty("p99_latency_ms").GetDouble() >= root.GetProperty("p50_latency_ms").GetDouble());
        Assert.Equal(20_000, root.GetProperty("events").GetInt64());
        Assert.Contains("end to end (exactly once)", bench.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("events/s with the reducer vs", bench.StandardOutput, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
