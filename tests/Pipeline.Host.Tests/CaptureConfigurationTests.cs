using Pipeline.Capture.Delivery;
using Pipeline.Capture.Gate;
using Pipeline.Host.Hosting;

namespace Pipeline.Host.Tests;

/// <summary>The one binding of the <c>Capture</c> section: library defaults unless configured, and one-line refusals.</summary>
public sealed class CaptureConfigurationTests : IDisposable
{
    private readonly TestHost _hosts = new();

    [Fact]
    public async Task Load_SectionAbsent_EveryOptionIsTheLibraryDefault()
    {
        await using HostContext host = _hosts.Create("{}");

        var capture = CaptureConfiguration.Load(host);

        Assert.Equal(new BatcherOptions(), capture.Batching());
        Assert.Equal(new SpoolOptions(), capture.Spool());
        DeliveryOptions delivery = capture.Delivery(host, "broker:9092");
        var defaults = new DeliveryOptions { Bootstrap = "broker:9092" };
        Assert.Equal(defaults.MessageTimeout, delivery.MessageTimeout);
        Assert.Equal(defaults.DrainTimeout, delivery.DrainTimeout);
        Assert.Equal(defaults.Window, delivery.Window);
        Assert.Equal(new PrivacyOptions().AllowApps, capture.Privacy(null, false).AllowApps);
        Assert.Null(capture.Subject);
    }

    [Fact]
    public async Task Load_ValuesConfigured_ReplaceTheDefaults()
    {
        await using HostContext host = _hosts.Create("""
            { "Capture": { "Subject": "ann", "BatchMilliseconds": 50, "BatchEvents": 20, "SpoolMegabytes": 8, "MessageTimeoutSeconds": 2.5, "WithTitles": true } }
            """);

        var capture = CaptureConfiguration.Load(host);

        Assert.Equal("ann", capture.Subject);
        Assert.Equal(new BatcherOptions { MaxDelay = TimeSpan.FromMilliseconds(50), MaxEvents = 20 }, capture.Batching());
        Assert.Equal(8L << 20, capture.Spool().MaxBytes);
        Assert.Equal(TimeSpan.FromSeconds(2.5), capture.Delivery(host, "broker:9092").MessageTimeout);
        Assert.True(capture.Privacy(null, false).WithTitles);
    }

    [Fact]
    public async Task Delivery_TopicsRenamed_CaptureWritesWhereTheProcessorReads()
    {
        await using HostContext host = _hosts.Create("""{ "Topics": { "Raw": "site.raw", "Consent": "site.consent" } }""");

        DeliveryOptions delivery = CaptureConfiguration.Load(host).Delivery(host, "broker:9092");

        Assert.Equal("site.raw", delivery.Topics.Raw);
        Assert.Equal("site.consent", delivery.Topics.Consent);
    }

    [Theory]
    [InlineData("""{ "Capture": { "AllowApps": "editor, browser" } }""")]
    [InlineData("""{ "Capture": { "AllowApps": ["editor", "browser"] } }""")]
    public async Task Privacy_AllowAppsAsListOrString_SameList(string json)
    {
        await using HostContext host = _hosts.Create(json);

        PrivacyOptions privacy = CaptureConfiguration.Load(host).Privacy(null, false);

        Assert.Equal(["editor", "browser"], privacy.AllowApps);
    }

    [Fact]
    public async Task Privacy_OptionGiven_WinsOverConfiguration()
    {
        await using HostContext host = _hosts.Create("""{ "Capture": { "AllowApps": "editor" } }""");

        Assert.Equal(["terminal"], CaptureConfiguration.Load(host).Privacy("terminal", false).AllowApps);
    }

    [Theory]
    [InlineData("""{ "Capture": { "SpoolMegabytes": 1 } }""", "spool size 1048576 must be at least one segment (4194304 bytes)")]
    [InlineData("""{ "Capture": { "SpoolMegabytes": 0 } }""", "configuration Capture:SpoolMegabytes 0 must be 1 to 1048576 (1 TiB)")]
    [InlineData("""{ "Capture": { "BatchEvents": 0 } }""", "batch size 0 must be from 1 to 100000 events")]
    [InlineData("""{ "Capture": { "MessageTimeoutSeconds": -1 } }""", "configuration Capture:MessageTimeoutSeconds must be above 0 and at most a week, got -1")]
    public async Task Load_UnusableValue_OneLineReason(string json, string reason)
    {
        await using HostContext host = _hosts.Create(json);
        var capture = CaptureConfiguration.Load(host);

        CliException error = Assert.Throws<CliException>(() =>
        {
            capture.Batching();
            capture.Spool();
            capture.Delivery(host, "broker:9092");
        });

        Assert.Equal(reason, error.Message);
    }

    [Fact]
    public async Task Load_UnknownKey_Refused()
    {
        await using HostContext host = _hosts.Create("""{ "Capture": { "AllowApp": "editor" } }""");

        CliException error = Assert.Throws<CliException>(() => CaptureConfiguration.Load(host));

        Assert.Equal("configuration section Capture has no key 'AllowApp'", error.Message);
    }

    public void Dispose() => _hosts.Dispose();
}
