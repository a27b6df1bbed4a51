using Pipeline.Schemas.Model;
using Pipeline.TestSupport;

namespace Pipeline.Processing.Tests.Runner;

/// <summary><c>pipeline process</c> as a real child process: how it refuses to start and how it says it stopped.</summary>
public sealed class ProcessCommandTests(BrokerFixture broker) : IClassFixture<BrokerFixture>, IDisposable
{
    private readonly string _stateHome = Directory.CreateTempSubdirectory("pipeline-process-").FullName;

    [Fact]
    public void Process_NoPseudonymKey_RefusesToStartWithOneLineReason()
    {
        using PipelineProcess process = PipelineProcess.Start(["process", "--bootstrap", broker.BootstrapServers], _stateHome);

        Assert.Equal(2, process.WaitForExit(TimeSpan.FromSeconds(30)));
        string error = process.StandardError.Trim();
        Assert.StartsWith("pipeline: no pseudonym key configured", error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error);
    }

    [Fact]
    public async Task Process_ChangelogWithFewerPartitionsThanRaw_ExitsFailedSayingWhyItStopped()
    {
        var scenario = new ProcessorScenario(broker, partitions: 2, statePartitions: 1);
        await scenario.ConsentAsync("anna", ConsentState.Granted, ProcessorScenario.T0);

        using PipelineProcess process = scenario.StartHost(_stateHome, untilIdle: 30);

        Assert.Equal(1, process.WaitForExit(TimeSpan.FromSeconds(60)));
        string stopped = Assert.Single(process.StandardError.Split('\n'), line => line.StartsWith("pipeline: processor stopped: ", StringComparison.Ordinal));
        Assert.Contains("the changelog needs at least as many partitions as the raw topic", stopped, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_AllowAppsOption_TheStreamsGateDropsOtherAppsInput()
    {
        var scenario = new ProcessorScenario(broker, partitions: 1);
        await scenario.ConsentAsync("tia", ConsentState.Granted, ProcessorScenario.T0);
        await scenario.AppsAsync("tia", 0, ProcessorScenario.T0, null, "editor", null, "acme-banking", null, "Editor", null);

        using PipelineProcess process = scenario.StartHost(_stateHome, untilIdle: 3, "--allow-apps", "editor");

        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)) == 0, process.StandardError);
        Assert.Equal([0L, 1, 4, 5], scenario.CleanEvents().Select(e => e.Seq).Order());
    }

    public void Dispose() => Directory.Delete(_stateHome, recursive: true);
}
