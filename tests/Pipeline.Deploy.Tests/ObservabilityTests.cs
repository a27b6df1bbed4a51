using System.Text.Json;
using YamlDotNet.RepresentationModel;

namespace Pipeline.Deploy.Tests;

/// <summary>The alert rules and dashboard in k8s/observability, against the metric names the host exposes.</summary>
public sealed class ObservabilityTests
{
    public static TheoryData<string> RequiredMetrics => new()
    {
        "kafka_consumergroup_lag",
        "pipeline_events_dropped_total",
        "pipeline_dead_letters_total",
        "pipeline_spool_bytes",
        "pipeline_spool_capacity_bytes",
        "pipeline_transactions_aborted_total",
        "pipeline_sink_lag_seconds",
        "pipeline_consent_unreadable_total",
    };

    private static ManifestSet Observability() => Kustomize.Render("k8s/observability");

    private static IEnumerable<YamlMappingNode> Alerts() =>
        Observability().Single("PrometheusRule", "pipeline").Root.Maps("spec", "groups").SelectMany(g => g.Maps("rules"));

    private static IReadOnlyList<string> DashboardQueries()
    {
        string json = Observability().Single("ConfigMap", "pipeline-dashboard").Root.Text("data", "pipeline.json")!;
        using JsonDocument dashboard = JsonDocument.Parse(json);
        List<string> queries = [];
        foreach (JsonElement panel in dashboard.RootElement.GetProperty("panels").EnumerateArray())
        {
            foreach (JsonElement target in panel.GetProperty("targets").EnumerateArray())
            {
                queries.Add(target.GetProperty("expr").GetString()!);
            }
        }

        return queries;
    }

    [Theory]
    [MemberData(nameof(RequiredMetrics))]
    public void PrometheusRule_RequiredMetric_HasAnAlert(string metric) =>
        Assert.Contains(Alerts(), rule => rule.Text("expr")!.Contains(metric, StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(RequiredMetrics))]
    public void Dashboard_RequiredMetric_HasAPanel(string metric) =>
        Assert.Contains(DashboardQueries(), q => q.Contains(metric, StringComparison.Ordinal));

    [Fact]
    public void PrometheusRule_EveryAlert_HasSeveritySummaryAndRunbookEntry()
    {
        string operations = File.ReadAllText(RepositoryRoot.Combine("docs/operations.md"));
        Assert.All(Alerts(), rule =>
        {
            string alert = rule.Text("alert")!;
            Assert.Contains(rule.Text("labels", "severity"), new[] { "warning", "critical" });
            Assert.False(string.IsNullOrWhiteSpace(rule.Text("annotations", "summary")), alert);
            Assert.True(operations.Contains(alert, StringComparison.Ordinal), $"docs/operations.md does not explain {alert}");
        });
    }

    [Fact]
    public void PrometheusRule_ConsentUnreadable_WatchesTheRecordsAndTheDropsCritical()
    {
        YamlMappingNode rule = Alerts().Single(r => r.Text("alert") == "PipelineConsentUnreadable");

        Assert.Contains("pipeline_consent_unreadable_total", rule.Text("expr"), StringComparison.Ordinal);
        Assert.Contains("pipeline_events_dropped_total{reason=\"consent_unreadable\"}", rule.Text("expr"), StringComparison.Ordinal);
        Assert.Equal("critical", rule.Text("labels", "severity"));
        // Fires at once: a person's consent is unknown now, waiting out a "for" would only hide it.
        Assert.Null(rule.Text("for"));
    }

    [Fact]
    public void Dashboard_Panels_HaveUniqueIds()
    {
        string json = Observability().Single("ConfigMap", "pipeline-dashboard").Root.Text("data", "pipeline.json")!;
        using JsonDocument dashboard = JsonDocument.Parse(json);
        int[] ids = dashboard.RootElement.GetProperty("panels").EnumerateArray().Select(p => p.GetProperty("id").GetInt32()).ToArray();

        Assert.Equal(ids.Length, ids.Distinct().Count());
    }

    /// <summary>The PodMonitor, the pods' port and the NetworkPolicy that admits scrapes must name the same things.</summary>
    [Theory]
    [InlineData("pipeline-processor")]
    [InlineData("pipeline-sink")]
    public void PodMonitor_LongRunningService_ScrapedOnAPortThePolicyAdmits(string service)
    {
        ManifestSet deployment = Kustomize.Render("k8s/overlays/prod");
        Workload workload = Workload.All(deployment).Single(w => w.Owner.Name == service);
        YamlMappingNode monitor = Observability().Single("PodMonitor", "pipeline").Root;
        string port = monitor.Maps("spec", "podMetricsEndpoints").Single().Text("port")!;
        YamlMappingNode containerPort = workload.Containers.SelectMany(c => c.Maps("ports")).Single(p => p.Text("name") == port);
        string number = containerPort.Text("containerPort")!;

        Assert.Contains(monitor.Maps("spec", "selector", "matchExpressions"), e => e.Items("values").OfType<YamlScalarNode>().Any(v => v.Value == service));
        Assert.Contains(monitor.Items("spec", "namespaceSelector", "matchNames").OfType<YamlScalarNode>(), n => n.Value == workload.Namespace);
        Manifest policy = deployment.Single("NetworkPolicy", "metrics-from-monitoring");
        Assert.Contains(policy.Root.Maps("spec", "ingress").SelectMany(i => i.Maps("ports")), p => p.Text("port") == number);
        Assert.Contains(workload.Containers.Single().Items("args").OfType<YamlScalarNode>(), a => a.Value == number);
    }
}
