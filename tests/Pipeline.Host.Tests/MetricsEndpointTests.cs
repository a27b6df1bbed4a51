using System.Net;
using Pipeline.Host.Hosting;
using Pipeline.Telemetry;

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
        PipelineMetrics.TrackSpool(() => 1234, 4096);
        PipelineMetrics.TrackSinkLag(() => 7.5);

        using var http = new HttpClient();
        string text = await http.GetStringAsync(new Uri($"http://127.0.0.1:{endpoint.Port}/metrics"));

        Assert.Contains("pipeline_spool_bytes 1234", text, StringComparison.Ordinal);
        Assert.Contains("pipeline_spool_capacity_bytes 4096", text, StringComparison.Ordinal);
        Assert.Contains("pipeline_sink_lag_seconds 7.5", text, StringComparison.Ordinal);
        Assert.Contains("# TYPE pipeline_sink_lag_seconds gauge", text, StringComparison.Ordinal);
    }
}
