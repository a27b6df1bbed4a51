using Pipeline.TestSupport;

namespace Pipeline.Host.Tests;

/// <summary>The command line as the executable parses it: DESIGN.md's commands and options, and one-line parse errors.</summary>
public sealed class CommandTreeTests : IDisposable
{
    private readonly string _state = Directory.CreateTempSubdirectory("pipeline-cli-").FullName;

    [Theory]
    [InlineData(new[] { "loadgen", "--devices", "many" }, "pipeline: Cannot parse argument 'many' for option '--devices' as expected type 'System.Int32'. (usage: pipeline loadgen --help)")]
    [InlineData(new[] { "lake", "erase", "--lake", "x" }, "pipeline: Option '--subject' is required. (usage: pipeline lake erase --help)")]
    [InlineData(new[] { "lake", "export", "--subject", "x" }, "pipeline: Option '--out' is required. (usage: pipeline lake export --help)")]
    [InlineData(new[] { "process", "--bogus" }, "pipeline: Unrecognized command or argument '--bogus'. (usage: pipeline process --help)")]
    [InlineData(new string[0], "pipeline: Required command was not provided. (usage: pipeline --help)")]
    public void Parse_BadCommandLine_OneLineAndExitTwo(string[] args, string reason)
    {
        using PipelineProcess host = PipelineProcess.Start(args, _state);

        Assert.Equal(2, host.WaitForExit(TimeSpan.FromSeconds(30)));
        Assert.Equal(reason, host.StandardError.Trim());
        Assert.Equal("", host.StandardOutput);
    }

    [Theory]
    [InlineData(new string[0], new[] { "demo", "broker", "capture", "loadgen", "consent", "import <FILE>", "process", "sink", "lake", "bench", "--bootstrap", "--config", "--kafka-property" })]
    [InlineData(new[] { "broker" }, new[] { "--listen", "--partitions <partitions>", "[default: 6]" })]
    [InlineData(new[] { "loadgen" }, new[] { "--devices <devices>", "[default: 10]", "--rate <rate>", "[default: 60]", "--duration <duration>", "--seed <seed>" })]
    [InlineData(new[] { "consent", "pause" }, new[] { "--minutes <minutes>", "[default: 30]" })]
    [InlineData(new[] { "import" }, new[] { "<FILE>", "--allow-apps", "--with-titles" })]
    [InlineData(new[] { "capture" }, new[] { "--display", "--allow-apps", "--with-titles", "--ui-port", "--no-ui" })]
    [InlineData(new[] { "consent" }, new[] { "grant", "pause", "resume", "revoke", "status", "ui" })]
    [InlineData(new[] { "consent", "ui" }, new[] { "--port <port>" })]
    [InlineData(new[] { "process" }, new[] { "--until-idle", "--group" })]
    [InlineData(new[] { "sink" }, new[] { "--lake <lake>", "--until-idle" })]
    [InlineData(new[] { "lake" }, new[] { "query <SQL>", "stats", "erase", "export", "retention" })]
    [InlineData(new[] { "lake", "export" }, new[] { "--subject <subject> (REQUIRED)", "--out <out> (REQUIRED)", "--format <Jsonl|Parquet>", "[default: Parquet]", "--lake <lake>" })]
    [InlineData(new[] { "lake", "erase" }, new[] { "--subject <subject> (REQUIRED)", "--lake <lake>" })]
    [InlineData(new[] { "demo" }, new[] { "--devices <devices>", "[default: 6]", "--duration <duration>", "[default: 20]", "--speed <speed>", "[default: 30]" })]
    [InlineData(new[] { "bench" }, new[] { "--events <events>", "[default: 1000000]", "--json <json>", "--naive-events <naive-events>", "[default: 200000]", "--steady-seconds <steady-seconds>", "[default: 10]" })]
    public void Help_Command_DocumentsItsContract(string[] command, string[] expected)
    {
        using PipelineProcess host = PipelineProcess.Start([.. command, "--help"], _state);

        Assert.Equal(0, host.WaitForExit(TimeSpan.FromSeconds(30)));
        foreach (string text in expected)
        {
            Assert.Contains(text, host.StandardOutput, StringComparison.Ordinal);
        }
    }

    public void Dispose() => Directory.Delete(_state, recursive: true);
}
