using System.Net;
using Pipeline.Capture.Delivery;
using Pipeline.Host.Hosting;
using Pipeline.Telemetry;
using Pipeline.TestSupport;

namespace Pipeline.Host.Tests;

public sealed class MetricsEndpointTests
{
    [Fact]
    public async Task Metrics_CounterWithReason_ServedInPrometheusTextWithLabel()
    {
        using var exporter = new PrometheusExporter(PipelineMetrics.Meter.Name);
        await using var endpoint = new MetricsEndpoint(0, exporter, () => true, IPAddress.Loopback);
        PipelineMetrics.EventsDropped.Add(3, new KeyValuePair<string, object?>("reason", "metrics_endpoint_test"));

        using var http = new HttpClient();
        string text = await http.GetStringAsync(new Uri($"http://127.0.0.1:{endpoint.Port}/metrics"));

        Assert.Contains("# TYPE pipeline_events_dropped_total counter", text, StringComparison.Ordinal);
        Assert.Contains("pipeline_events_dropped_total{reason=\"metrics_endpoint_test\"} 3", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Healthz_UnhealthyRole_Answers503()
    {
        bool healthy = true;
        using var exporter = new PrometheusExporter(PipelineMetrics.Meter.Name);
        await using var endpoint = new MetricsEndpoint(0, exporter, () => healthy, IPAddress.Loopback);
        using var http = new HttpClient();
        var url = new Uri($"http://127.0.0.1:{endpoint.Port}/healthz");

        HttpResponseMessage up = await http.GetAsync(url);
        healthy = false;
        HttpResponseMessage down = await http.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, up.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
    }

    [Fact]
    public async Task Metrics_TrackedSpoolAndSink_GaugesServedForTheAlertRules()
    {
        using var exporter = new PrometheusExporter(PipelineMetrics.Meter.Name);
        await using var endpoint = new MetricsEndpoint(0, exporter, () => true, IPAddress.Loopback);
        using IDisposable spool = PipelineMetrics.TrackSpool("endpoint-test", () => 1234, 4096);
        using IDisposable sink = PipelineMetrics.TrackSinkLag("endpoint-test-group", () => 7.5);

        string text = await ScrapeAsync(endpoint);

        Assert.Contains("pipeline_spool_bytes{spool=\"endpoint-test\"} 1234", text, StringComparison.Ordinal);
        Assert.Contains("pipeline_spool_capacity_bytes{spool=\"endpoint-test\"} 4096", text, StringComparison.Ordinal);
        Assert.Contains("pipeline_sink_lag_seconds{consumergroup=\"endpoint-test-group\"} 7.5", text, StringComparison.Ordinal);
        Assert.Contains("# TYPE pipeline_sink_lag_seconds gauge", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_TwoLiveSpools_TwoSeriesEachWithItsOwnBytes()
    {
        using var exporter = new PrometheusExporter(PipelineMetrics.Meter.Name);
        await using var endpoint = new MetricsEndpoint(0, exporter, () => true, IPAddress.Loopback);
        using var dirs = new TempDirectory();
        using var first = new DiskSpool(Path.Combine(dirs.Path, "a"), new SpoolOptions { Name = "endpoint-two-a" }, TimeProvider.System);
        using var second = new DiskSpool(Path.Combine(dirs.Path, "b"), new SpoolOptions { Name = "endpoint-two-b" }, TimeProvider.System);
        first.Write(RecordTopic.Raw, "k", new byte[100]);

        string text = await ScrapeAsync(endpoint);

        Assert.Contains($"pipeline_spool_bytes{{spool=\"endpoint-two-a\"}} {first.PendingBytes}", text, StringComparison.Ordinal);
        Assert.Contains("pipeline_spool_bytes{spool=\"endpoint-two-b\"} 0", text, StringComparison.Ordinal);
        Assert.True(first.PendingBytes > 0);
    }

    [Fact]
    public async Task Metrics_DisposedSpool_GoneFromTheNextScrape()
    {
        using var exporter = new PrometheusExporter(PipelineMetrics.Meter.Name);
        await using var endpoint = new MetricsEndpoint(0, exporter, () => true, IPAddress.Loopback);
        using var dir = new TempDirectory();
        var spool = new DiskSpool(dir.Path, new SpoolOptions { Name = "endpoint-disposed" }, TimeProvider.System);
        spool.Write(RecordTopic.Raw, "k", new byte[100]);
        string before = await ScrapeAsync(endpoint);

        spool.Dispose();
        string after = await ScrapeAsync(endpoint);

        Assert.Contains("pipeline_spool_bytes{spool=\"endpoint-disposed\"}", before, StringComparison.Ordinal);
        Assert.DoesNotContain("spool=\"endpoint-disposed\"", after, StringComparison.Ordinal);
    }

    private static async Task<string> ScrapeAsync(MetricsEndpoint endpoint)
    {
        using var http = new HttpClient();
        return await http.GetStringAsync(new Uri($"http://127.0.0.1:{endpoint.Port}/metrics"));
    }
}
