using Microsoft.Extensions.Configuration;
using Pipeline.Host.Hosting;
using Pipeline.Lake.Sink;

namespace Pipeline.Host.Tests;

/// <summary>
/// Binding is the one parser of configuration values: these pin the one-line reasons it gives for each kind of value
/// (they are built from the configuration binder's own texts, so a binder update that changes them fails here).
/// </summary>
public sealed class PipelineConfigurationTests
{
    [Theory]
    [InlineData("FlushInterval", "a minute", "configuration Sink:FlushInterval 'a minute' must be a duration such as 00:05:00 (hh:mm:ss) or 1.00:00:00 (a day)")]
    [InlineData("MaxRowsPerFile", "lots", "configuration Sink:MaxRowsPerFile 'lots' must be a whole number")]
    [InlineData("ReplayHorizonRecords", "1.5", "configuration Sink:ReplayHorizonRecords '1.5' must be a whole number")]
    [InlineData("UntilIdle", "-", "configuration Sink:UntilIdle '-' must be a duration such as 00:05:00 (hh:mm:ss) or 1.00:00:00 (a day)")]
    [InlineData("GroupIdd", "x", "configuration section Sink has no key 'GroupIdd'")]
    public void Bind_BadValue_OneLineNamingKeyValueAndKind(string key, string value, string reason)
    {
        IConfiguration configuration = Configuration(new() { [$"Sink:{key}"] = value });

        CliException error = Assert.Throws<CliException>(() => PipelineConfiguration.Bind<LakeSinkOptions>(configuration, "Sink"));

        Assert.Equal(reason, error.Message);
        Assert.Equal(ExitCodes.BadInput, error.ExitCode);
    }

    [Fact]
    public void Bind_SectionAbsent_LibraryDefaults()
    {
        LakeSinkOptions options = PipelineConfiguration.Bind<LakeSinkOptions>(Configuration([]), "Sink");

        Assert.Equal(new LakeSinkOptions(), options);
    }

    [Fact]
    public void Bind_ValuesGiven_ReplaceOnlyThoseDefaults()
    {
        IConfiguration configuration = Configuration(new() { ["Sink:FlushInterval"] = "00:00:05", ["Sink:GroupId"] = "lake-2" });

        LakeSinkOptions options = PipelineConfiguration.Bind<LakeSinkOptions>(configuration, "Sink");

        Assert.Equal(new LakeSinkOptions() with { FlushInterval = TimeSpan.FromSeconds(5), GroupId = "lake-2" }, options);
    }

    [Theory]
    [InlineData("editor, browser", new[] { "editor", "browser" })]
    [InlineData("editor", new[] { "editor" })]
    [InlineData("", new string[0])]
    public void AppList_CommaSeparatedString_ParsedAsTheOptionIs(string value, string[] apps)
    {
        Assert.Equal(apps, PipelineConfiguration.AppList(Configuration(new() { ["Capture:AllowApps"] = value }), "Capture:AllowApps"));
    }

    [Fact]
    public void AppList_Array_EachItem()
    {
        IConfiguration configuration = Configuration(new() { ["Capture:AllowApps:0"] = "editor", ["Capture:AllowApps:1"] = "browser" });

        Assert.Equal(["editor", "browser"], PipelineConfiguration.AppList(configuration, "Capture:AllowApps"));
    }

    [Fact]
    public void AppList_Absent_Null()
    {
        Assert.Null(PipelineConfiguration.AppList(Configuration([]), "Capture:AllowApps"));
    }

    [Fact]
    public void Build_UnknownSection_RefusedNamingTheKnownOnes()
    {
        CliException error = Assert.Throws<CliException>(() => PipelineConfiguration.Build(null, new Dictionary<string, string?> { ["Sinks:GroupId"] = "x" }));

        Assert.Equal($"configuration has no section Sinks; the sections are {string.Join(", ", PipelineConfiguration.Sections)}", error.Message);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) => new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
