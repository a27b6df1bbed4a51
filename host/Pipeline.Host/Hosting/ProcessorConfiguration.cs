using Microsoft.Extensions.Configuration;
using Pipeline.Kafka;
using Pipeline.Privacy;
using Pipeline.Privacy.Pseudonyms;
using Pipeline.Privacy.Shredding;
using Pipeline.Processing.Apps;
using Pipeline.Processing.Runner;

namespace Pipeline.Host.Hosting;

/// <summary>
/// The one binding of the processor's configuration: the <c>Processor</c> section (<c>GroupId</c>,
/// <c>TransactionalIdPrefix</c>, <c>InstanceId</c>, <c>MaxRecordsPerTransaction</c>,
/// <c>BrokerLacksTransactionIsolation</c>, <c>SessionGap</c>, <c>SessionGrace</c>, <c>IdleThreshold</c>,
/// <c>SessionQuietTimeout</c>, <c>AcceptUnencryptedBatches</c>, <c>AllowApps</c>, <c>DenyApps</c>, and the actions switch
/// and rules <c>ActionsEnabled</c>, <c>ActionClickTime</c>, <c>ActionDoubleClickTime</c>, <c>ActionDragHoldTime</c>, <c>ActionMaxHold</c>,
/// <c>ActionScrollGap</c>, <c>ActionTypeGap</c>, <c>ActionHotkeyIdle</c>, <c>ActionClickSlop</c>,
/// <c>ActionPathTolerance</c>), the pseudonym keys (<see cref="PseudonymConfiguration"/>) and the processing key pairs
/// (<see cref="ShreddingConfiguration"/>). A key that is absent
/// keeps <see cref="ProcessorOptions"/>' default; the deployment manifests set these names.
/// </summary>
internal static class ProcessorConfiguration
{
    /// <summary>Builds and validates the processor's options; a bad value becomes a one-line <see cref="CliException"/>.</summary>
    /// <param name="configuration">The host's configuration.</param>
    /// <param name="topics">The topic names.</param>
    /// <param name="group">The consumer group given on the command line (<c>--group</c>), which wins over configuration.</param>
    /// <param name="embeddedBroker">Whether the broker is the embedded one, which does not isolate transactions.</param>
    /// <param name="allowApps"><c>--allow-apps</c> as given (<c>a,b</c>), which wins over <c>Processor:AllowApps</c>; null when not given.</param>
    /// <param name="denyApps"><c>--deny-apps</c> as given, which wins over <c>Processor:DenyApps</c>; null when not given.</param>
    public static ProcessorOptions Bind(IConfiguration configuration, TopicNames topics, string? group, bool embeddedBroker, string? allowApps = null, string? denyApps = null)
    {
        PseudonymOptions pseudonyms = PseudonymConfiguration.Load(configuration, developmentKeyByDefault: false);
        UnsealingOptions unsealing = ShreddingConfiguration.Unsealing(configuration, developmentKeysByDefault: false);
        ProcessorSection section = PipelineConfiguration.Bind<ProcessorSection>(configuration, "Processor");
        var defaults = new ProcessorOptions { Topics = topics, Pseudonyms = pseudonyms, Unsealing = unsealing };
        string? groupGiven = group ?? section.GroupId;
        ProcessorOptions options = defaults with
        {
            GroupId = groupGiven ?? defaults.GroupId,
            // The transactional ids follow the group unless configured apart (each is named in the ACLs of its user).
            TransactionalIdPrefix = section.TransactionalIdPrefix ?? groupGiven ?? defaults.TransactionalIdPrefix,
            InstanceId = section.InstanceId ?? defaults.InstanceId,
            MaxRecordsPerTransaction = section.MaxRecordsPerTransaction ?? defaults.MaxRecordsPerTransaction,
            AcceptUnencryptedBatches = section.AcceptUnencryptedBatches ?? defaults.AcceptUnencryptedBatches,
            // The embedded broker does not isolate transactions (Pipeline.Kafka.EmbeddedBroker); a real cluster does.
            BrokerLacksTransactionIsolation = section.BrokerLacksTransactionIsolation ?? embeddedBroker,
            // The stream's app gate: lists parsed and matched as the device's allow-list is (ApplicationList).
            Apps = new AppGateOptions
            {
                AllowApps = allowApps is not null ? ApplicationList.Parse(allowApps)
                    : PipelineConfiguration.AppList(configuration, "Processor:AllowApps") ?? defaults.Apps.AllowApps,
                DenyApps = denyApps is not null ? ApplicationList.Parse(denyApps)
                    : PipelineConfiguration.AppList(configuration, "Processor:DenyApps") ?? defaults.Apps.DenyApps,
            },
            Sessions = defaults.Sessions with
            {
                Gap = section.SessionGap ?? defaults.Sessions.Gap,
                Grace = section.SessionGrace ?? defaults.Sessions.Grace,
                IdleThreshold = section.IdleThreshold ?? defaults.Sessions.IdleThreshold,
                QuietTimeout = section.SessionQuietTimeout ?? defaults.Sessions.QuietTimeout,
            },
            Actions = defaults.Actions with
            {
                Enabled = section.ActionsEnabled ?? defaults.Actions.Enabled,
                ClickTime = section.ActionClickTime ?? defaults.Actions.ClickTime,
                DoubleClickTime = section.ActionDoubleClickTime ?? defaults.Actions.DoubleClickTime,
                DragHoldTime = section.ActionDragHoldTime ?? defaults.Actions.DragHoldTime,
                MaxHold = section.ActionMaxHold ?? defaults.Actions.MaxHold,
                ScrollGap = section.ActionScrollGap ?? defaults.Actions.ScrollGap,
                TypeGap = section.ActionTypeGap ?? defaults.Actions.TypeGap,
                HotkeyIdle = section.ActionHotkeyIdle ?? defaults.Actions.HotkeyIdle,
                ClickSlop = section.ActionClickSlop ?? defaults.Actions.ClickSlop,
                PathTolerance = section.ActionPathTolerance ?? defaults.Actions.PathTolerance,
            },
        };
        CliException.ThrowIfInvalid(options.Validate);
        return options;
    }

    /// <summary>
    /// The <c>Processor</c> section as configured; null means absent. <c>AllowApps</c> and <c>DenyApps</c> are read as
    /// lists (<see cref="PipelineConfiguration.AppList"/>) and named here only so that they count as known keys.
    /// </summary>
    private sealed class ProcessorSection
    {
        public string? GroupId { get; set; }

        public string? TransactionalIdPrefix { get; set; }

        public string? InstanceId { get; set; }

        public int? MaxRecordsPerTransaction { get; set; }

        public bool? BrokerLacksTransactionIsolation { get; set; }

        public TimeSpan? SessionGap { get; set; }

        public TimeSpan? SessionGrace { get; set; }

        public TimeSpan? IdleThreshold { get; set; }

        public TimeSpan? SessionQuietTimeout { get; set; }

        public bool? AcceptUnencryptedBatches { get; set; }

        public bool? ActionsEnabled { get; set; }

        public TimeSpan? ActionClickTime { get; set; }

        public TimeSpan? ActionDoubleClickTime { get; set; }

        public TimeSpan? ActionDragHoldTime { get; set; }

        public TimeSpan? ActionMaxHold { get; set; }

        public TimeSpan? ActionScrollGap { get; set; }

        public TimeSpan? ActionTypeGap { get; set; }

        public TimeSpan? ActionHotkeyIdle { get; set; }

        public int? ActionClickSlop { get; set; }

        public double? ActionPathTolerance { get; set; }

        public IConfigurationSection? AllowApps { get; set; }

        public IConfigurationSection? DenyApps { get; set; }
    }
}
