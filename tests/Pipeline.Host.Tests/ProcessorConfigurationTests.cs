using Microsoft.Extensions.Configuration;
using Pipeline.Host.Hosting;
using Pipeline.Kafka;
using Pipeline.Privacy.Pseudonyms;
using Pipeline.Processing.Runner;

namespace Pipeline.Host.Tests;

/// <summary>The <c>Processor</c> section onto <see cref="ProcessorOptions"/>: only configured keys replace its defaults.</summary>
public sealed class ProcessorConfigurationTests
{
    private static readonly string s_key = Convert.ToBase64String(new byte[32]);

    [Fact]
    public void Bind_NothingConfigured_TheOptionsRecordsDefaults()
    {
        ProcessorOptions options = Bind([]);

        ProcessorOptions defaults = new() { Pseudonyms = options.Pseudonyms, Unsealing = options.Unsealing };
        Assert.Equal(defaults.GroupId, options.GroupId);
        Assert.Equal(defaults.TransactionalIdPrefix, options.TransactionalIdPrefix);
        Assert.Equal(defaults.MaxRecordsPerTransaction, options.MaxRecordsPerTransaction);
        Assert.Equal(defaults.Sessions, options.Sessions);
        Assert.Null(options.InstanceId);
        Assert.False(options.BrokerLacksTransactionIsolation);
        Assert.False(options.AcceptUnencryptedBatches);
    }

    [Fact]
    public void Bind_AcceptUnencryptedBatches_Configured()
    {
        Assert.True(Bind(new() { ["Processor:AcceptUnencryptedBatches"] = "true" }).AcceptUnencryptedBatches);
    }

    [Fact]
    public void Bind_NoProcessingKeys_RefusedWithReason()
    {
        var values = new Dictionary<string, string?> { ["Pseudonym:Keys:1"] = s_key };
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();

        CliException error = Assert.Throws<CliException>(() => ProcessorConfiguration.Bind(configuration, new TopicNames(), null, embeddedBroker: true));

        Assert.StartsWith("no unsealing keys configured", error.Message, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, error.ExitCode);
    }

    [Fact]
    public void Bind_SessionKeys_ReplaceOnlyThoseSessionDefaults()
    {
        ProcessorOptions options = Bind(new() { ["Processor:SessionGap"] = "00:10:00", ["Processor:IdleThreshold"] = "00:01:00" });

        Assert.Equal(new ProcessorOptions { Pseudonyms = options.Pseudonyms, Unsealing = options.Unsealing }.Sessions with { Gap = TimeSpan.FromMinutes(10), IdleThreshold = TimeSpan.FromMinutes(1) }, options.Sessions);
    }

    [Fact]
    public void Bind_ActionKeys_ReplaceOnlyThoseActionDefaults()
    {
        ProcessorOptions options = Bind(new() { ["Processor:ActionMaxHold"] = "00:00:10", ["Processor:ActionTypeGap"] = "00:00:00.800", ["Processor:ActionPathTolerance"] = "3.5" });

        Assert.Equal(new ProcessorOptions { Pseudonyms = options.Pseudonyms, Unsealing = options.Unsealing }.Actions with { MaxHold = TimeSpan.FromSeconds(10), TypeGap = TimeSpan.FromMilliseconds(800), PathTolerance = 3.5 }, options.Actions);
    }

    [Fact]
    public void Bind_SessionGapNotLongerThanTheMaxHold_RefusedWithOneLine()
    {
        CliException error = Assert.Throws<CliException>(() => Bind(new() { ["Processor:SessionGap"] = "00:00:30", ["Processor:IdleThreshold"] = "00:00:10" }));

        Assert.Contains("action time rules must be shorter than the session gap", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData(null, null, null, "pipeline-processor", "pipeline-processor")]
    [InlineData("cli-group", null, null, "cli-group", "cli-group")]
    [InlineData(null, "config-group", null, "config-group", "config-group")]
    [InlineData("cli-group", "config-group", null, "cli-group", "cli-group")]
    [InlineData(null, "config-group", "tx-", "config-group", "tx-")]
    public void Bind_Group_OptionWinsAndTransactionalIdsFollowIt(string? option, string? configured, string? prefix, string group, string transactionalPrefix)
    {
        var values = new Dictionary<string, string?>();
        if (configured is not null)
        {
            values["Processor:GroupId"] = configured;
        }

        if (prefix is not null)
        {
            values["Processor:TransactionalIdPrefix"] = prefix;
        }

        ProcessorOptions options = Bind(values, option);

        Assert.Equal(group, options.GroupId);
        Assert.Equal(transactionalPrefix, options.TransactionalIdPrefix);
    }

    [Theory]
    [InlineData(null, true, true)]
    [InlineData(null, false, false)]
    [InlineData("false", true, false)]
    [InlineData("true", false, true)]
    public void Bind_TransactionIsolation_FollowsTheBrokerUnlessConfigured(string? configured, bool embedded, bool lacks)
    {
        var values = new Dictionary<string, string?>();
        if (configured is not null)
        {
            values["Processor:BrokerLacksTransactionIsolation"] = configured;
        }

        Assert.Equal(lacks, Bind(values, embedded: embedded).BrokerLacksTransactionIsolation);
    }

    [Fact]
    public void Bind_InvalidCombination_OneLineReasonFromTheOptions()
    {
        CliException error = Assert.Throws<CliException>(() => Bind(new() { ["Processor:IdleThreshold"] = "01:00:00" }));

        Assert.Equal("idle threshold 01:00:00 must be positive and shorter than the session gap 00:30:00", error.Message);
    }

    [Fact]
    public void Bind_NoAppLists_NoStreamGate()
    {
        ProcessorOptions options = Bind([]);

        Assert.False(options.Apps.IsConfigured);
    }

    [Theory]
    [InlineData("Processor:AllowApps", "editor, browser")]
    [InlineData("Processor:AllowApps:0", "editor")]
    public void Bind_AllowAppsAsStringOrList_TheStreamsAllowList(string key, string value)
    {
        var values = new Dictionary<string, string?> { [key] = value, ["Processor:DenyApps"] = "keepassxc" };
        if (key.EndsWith(":0", StringComparison.Ordinal))
        {
            values["Processor:AllowApps:1"] = "browser";
        }

        ProcessorOptions options = Bind(values);

        Assert.Equal(["editor", "browser"], options.Apps.AllowApps);
        Assert.Equal(["keepassxc"], options.Apps.DenyApps);
    }

    [Fact]
    public void Bind_AppListOptions_WinOverConfiguration()
    {
        ProcessorOptions options = Bind(new() { ["Processor:AllowApps"] = "editor", ["Processor:DenyApps"] = "terminal" }, allowApps: "browser,mail", denyApps: "");

        Assert.Equal(["browser", "mail"], options.Apps.AllowApps);
        Assert.Empty(options.Apps.DenyApps);
    }

    [Fact]
    public void Bind_EmptyListFromAConfigMap_NoList()
    {
        ProcessorOptions options = Bind(new() { ["Processor:AllowApps"] = "", ["Processor:DenyApps"] = " , " });

        Assert.False(options.Apps.IsConfigured);
    }

    [Fact]
    public void Bind_AppNameTooLong_OneLineReasonNamingTheOption()
    {
        CliException error = Assert.Throws<CliException>(() => Bind(new() { ["Processor:DenyApps"] = new string('x', 300) }));

        Assert.Equal("deny-apps names must be at most 256 characters", error.Message);
    }

    private static ProcessorOptions Bind(Dictionary<string, string?> values, string? group = null, bool embedded = false, string? allowApps = null, string? denyApps = null)
    {
        values["Pseudonym:Keys:1"] = s_key;
        values["Shredding:AllowDevelopmentKeys"] = "true";
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        ProcessorOptions options = ProcessorConfiguration.Bind(configuration, new TopicNames(), group, embedded, allowApps, denyApps);
        Assert.Equal(1, options.Pseudonyms.CurrentVersion);
        Assert.NotSame(PseudonymOptions.Development, options.Pseudonyms);
        return options;
    }
}
