using Microsoft.Extensions.Configuration;
using Pipeline.Capture.Delivery;
using Pipeline.Capture.Gate;
using Pipeline.Kafka;

namespace Pipeline.Host.Hosting;

/// <summary>
/// The one binding of the <c>Capture</c> section for every role that captures (capture, import, loadgen, demo):
/// <c>Subject</c>, <c>AllowApps</c>, <c>WithTitles</c>, <c>Display</c>, <c>BatchMilliseconds</c>, <c>BatchEvents</c>,
/// <c>SpoolMegabytes</c>, <c>MessageTimeoutSeconds</c>. A key that is absent keeps the library's default: the options
/// records carry the defaults, and a configured value replaces one.
/// </summary>
internal sealed class CaptureConfiguration
{
    // Far above any workstation's spool; the bound only keeps the byte count from overflowing.
    private const long MaxSpoolMegabytes = 1024 * 1024;

    private readonly CaptureSection _section;
    private readonly IReadOnlyList<string>? _allowApps;

    private CaptureConfiguration(CaptureSection section, IReadOnlyList<string>? allowApps)
    {
        _section = section;
        _allowApps = allowApps;
    }

    /// <summary>The configured subject id, or null for the login name.</summary>
    public string? Subject => string.IsNullOrWhiteSpace(_section.Subject) ? null : _section.Subject;

    /// <summary>The configured X display, or null for <c>$DISPLAY</c>.</summary>
    public string? Display => _section.Display;

    /// <summary>Binds the section of <paramref name="host"/>'s configuration.</summary>
    public static CaptureConfiguration Load(HostContext host)
    {
        CaptureSection section = PipelineConfiguration.Bind<CaptureSection>(host.Configuration, "Capture");
        return new CaptureConfiguration(section, PipelineConfiguration.AppList(host.Configuration, "Capture:AllowApps"));
    }

    /// <summary>The gate's options: <c>--allow-apps</c> when given, else <c>Capture:AllowApps</c>; titles if either asks.</summary>
    public PrivacyOptions Privacy(string? allowAppsOption, bool withTitlesOption)
    {
        var privacy = new PrivacyOptions
        {
            AllowApps = allowAppsOption is not null ? PrivacyOptions.ParseAppList(allowAppsOption) : _allowApps ?? [],
            WithTitles = withTitlesOption || _section.WithTitles,
        };
        CliException.ThrowIfInvalid(privacy.Validate);
        return privacy;
    }

    /// <summary>When a device's batch is sealed.</summary>
    public BatcherOptions Batching()
    {
        var defaults = new BatcherOptions();
        BatcherOptions batching = defaults with
        {
            MaxDelay = _section.BatchMilliseconds is { } ms ? TimeSpan.FromMilliseconds(ms) : defaults.MaxDelay,
            MaxEvents = _section.BatchEvents ?? defaults.MaxEvents,
        };
        CliException.ThrowIfInvalid(batching.Validate);
        return batching;
    }

    /// <summary>The spool's bounds.</summary>
    public SpoolOptions Spool()
    {
        var defaults = new SpoolOptions();
        SpoolOptions spool = defaults;
        if (_section.SpoolMegabytes is { } megabytes)
        {
            if (megabytes is < 1 or > MaxSpoolMegabytes)
            {
                throw new CliException($"configuration Capture:SpoolMegabytes {megabytes} must be 1 to {MaxSpoolMegabytes} (1 TiB)");
            }

            spool = defaults with { MaxBytes = megabytes * 1024 * 1024 };
        }

        CliException.ThrowIfInvalid(spool.Validate);
        return spool;
    }

    /// <summary>Delivery to <paramref name="bootstrap"/> with the host's pass-through properties and topic names.</summary>
    public DeliveryOptions Delivery(HostContext host, string bootstrap)
    {
        var defaults = new DeliveryOptions { Bootstrap = bootstrap };
        DeliveryOptions delivery = defaults with
        {
            KafkaProperties = host.KafkaProperties,
            Topics = host.Topics,
            MessageTimeout = _section.MessageTimeoutSeconds is { } seconds
                ? Durations.Seconds(seconds, "configuration Capture:MessageTimeoutSeconds")
                : defaults.MessageTimeout,
        };
        CliException.ThrowIfInvalid(delivery.Validate);
        return delivery;
    }

    /// <summary>Where captured data goes, for the consent notice.</summary>
    public static string Destination(string? bootstrap, TopicNames topics) =>
        bootstrap is null
            ? $"Kafka (not configured yet), topics {topics.Raw} and {topics.Consent}; until then it waits on this device"
            : $"Kafka at {bootstrap}, topics {topics.Raw} and {topics.Consent}";

    /// <summary>
    /// The <c>Capture</c> section as configured; null means absent. <c>AllowApps</c> is read as a list
    /// (<see cref="PipelineConfiguration.AppList"/>) and named here only so that it counts as a known key.
    /// </summary>
    private sealed class CaptureSection
    {
        public string? Subject { get; set; }

        public IConfigurationSection? AllowApps { get; set; }

        public bool WithTitles { get; set; }

        public string? Display { get; set; }

        public int? BatchMilliseconds { get; set; }

        public int? BatchEvents { get; set; }

        public long? SpoolMegabytes { get; set; }

        public double? MessageTimeoutSeconds { get; set; }
    }
}
