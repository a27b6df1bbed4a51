using Pipeline.TestSupport;

namespace Pipeline.Host.Tests;

/// <summary>Configuration and bad input as a person meets them: through the real host process.</summary>
public sealed class HostContextTests : IDisposable
{
    private readonly string _state = Directory.CreateTempSubdirectory("pipeline-host-").FullName;

    [Theory]
    [InlineData(new[] { "process", "--bootstrap", "no-port-here" }, "pipeline: --bootstrap 'no-port-here' must be HOST:PORT")]
    [InlineData(new[] { "process", "--config", "/nonexistent/pipeline.json" }, "pipeline: configuration file /nonexistent/pipeline.json does not exist")]
    [InlineData(new[] { "process", "--kafka-property", "novalue" }, "pipeline: --kafka-property 'novalue' must be KEY=VALUE")]
    [InlineData(new[] { "process", "--log-level", "loud" }, "pipeline: log level 'loud' must be")]
    [InlineData(new[] { "sink", "--bootstrap", "127.0.0.1:9", "-X", "isolation.level=read_uncommitted", "--lake", "/tmp/pipeline-never-written" }, "pipeline: librdkafka property 'isolation.level' is set by the pipeline itself")]
    public void Command_BadInput_ExitsTwoWithOneLineReason(string[] args, string reason)
    {
        using PipelineProcess host = PipelineProcess.Start(args, _state);

        Assert.Equal(2, host.WaitForExit(TimeSpan.FromSeconds(60)));
        string error = host.StandardError.Trim();
        Assert.StartsWith(reason, error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error);
    }

    [Fact]
    public void Command_BootstrapFromEnvironment_IsValidatedLikeTheOption()
    {
        using PipelineProcess host = PipelineProcess.Start(["process"], _state, new Dictionary<string, string> { ["PIPELINE__Kafka__Bootstrap"] = "env-without-port" });

        Assert.Equal(2, host.WaitForExit(TimeSpan.FromSeconds(60)));
        Assert.StartsWith("pipeline: --bootstrap 'env-without-port' must be HOST:PORT", host.StandardError.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Command_NoBrokerAnywhere_SaysHowToGetOne()
    {
        using PipelineProcess host = PipelineProcess.Start(["process", "--until-idle", "1"], _state, new Dictionary<string, string> { ["PIPELINE__Pseudonym__AllowDevelopmentKey"] = "true" });

        Assert.Equal(2, host.WaitForExit(TimeSpan.FromSeconds(60)));
        Assert.Contains("start the embedded one with `./pipeline broker`", host.StandardError, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_state, recursive: true);
}
