using System.Text;
using Pipeline.Processing.Apps;
using Pipeline.Processing.Runner;
using Pipeline.Schemas.Model;
using Pipeline.TestSupport;
using Xunit.Abstractions;

namespace Pipeline.Processing.Tests.Runner;

/// <summary>
/// <see cref="ProcessorRunner"/> with the stream's app gate: input while an application the lists do not admit has
/// focus never reaches a clean topic, and the devices' last focus survives a restart exactly.
/// </summary>
public sealed class ProcessorRunnerAppGateTests(BrokerFixture broker, ITestOutputHelper output) : IClassFixture<BrokerFixture>
{
    private const long T0 = ProcessorScenario.T0;

    private static ProcessorOptions WithApps(ProcessorScenario scenario, string[]? allow = null, string[]? deny = null) =>
        scenario.Options with { Apps = new AppGateOptions { AllowApps = allow ?? [], DenyApps = deny ?? [] } };

    [Fact]
    public async Task RunAsync_AllowList_OnlyInputInAllowedAppsReachesTheCleanTopicAndNoOtherAppsName()
    {
        var scenario = new ProcessorScenario(broker, partitions: 1);
        await scenario.ConsentAsync("pia", ConsentState.Granted, T0);
        // 0: a move before any focus; 1-3: the editor; 4-6: a banking app the devices let through by mistake; 7-8: the editor.
        await scenario.AppsAsync("pia", 0, T0, null, null, "editor", null, null, "acme-banking", null, null, "editor", null);

        ProcessorRunner runner = await RunUntilAsync(scenario, WithApps(scenario, allow: ["editor"]), r => r.Progress.RecordsIn == 1);

        Assert.Equal([1L, 2, 3, 7, 8], scenario.CleanEvents().Select(e => e.Seq).Order());
        Assert.Equal(4, runner.Progress.DroppedAppNotAllowed);
        string outputs = string.Join('\n', scenario.PublicOutputBytes().Select(Encoding.UTF8.GetString));
        Assert.DoesNotContain("banking", outputs, StringComparison.Ordinal);
        Assert.Contains("editor", outputs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_DenyList_DropsThatAppsInputAndPassesTheRest()
    {
        var scenario = new ProcessorScenario(broker, partitions: 1);
        await scenario.ConsentAsync("ray", ConsentState.Granted, T0);
        await scenario.AppsAsync("ray", 0, T0, null, "browser", null, "KeePassXC", null, "terminal", null);

        ProcessorRunner runner = await RunUntilAsync(scenario, WithApps(scenario, deny: ["keepassxc"]), r => r.Progress.RecordsIn == 1);

        Assert.Equal([0L, 1, 4, 5], scenario.CleanEvents().Select(e => e.Seq).Order());
        Assert.Equal(2, runner.Progress.DroppedAppNotAllowed);
        Assert.DoesNotContain("KeePassXC", string.Join('\n', scenario.PublicOutputBytes().Select(Encoding.UTF8.GetString)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Restarted_EachDevicesLastFocusComesBackFromTheChangelog()
    {
        var scenario = new ProcessorScenario(broker, partitions: 1);
        ProcessorOptions options = WithApps(scenario, allow: ["editor"]);
        await scenario.ConsentAsync("quin", ConsentState.Granted, T0);
        await scenario.AppsAsync("quin", 0, T0, "quin-laptop", "editor", null, "acme-banking", null);   // ends in a denied app
        await scenario.AppsAsync("quin", 0, T0, "quin-desktop", "acme-banking", null, "editor", null);  // ends in the editor
        ProcessorRunner first = await RunUntilAsync(scenario, options, r => r.Progress.RecordsIn == 2);
        await scenario.AppsAsync("quin", 10, T0, "quin-laptop", null, null);
        await scenario.AppsAsync("quin", 10, T0, "quin-desktop", null, null, null);

        // No focus event in the second run: its verdicts come only from the restored state (an unknown focus drops).
        ProcessorRunner second = await RunUntilAsync(scenario, options, r => r.Progress.RecordsIn == 2);

        Assert.Equal((4L, 2L), (first.Progress.DroppedAppNotAllowed, second.Progress.DroppedAppNotAllowed));
        string desktop = scenario.DevicePseudonym("quin", "quin-desktop") ?? throw new InvalidOperationException("quin has no secret on the keys topic");
        string laptop = scenario.DevicePseudonym("quin", "quin-laptop") ?? throw new InvalidOperationException("quin has no secret on the keys topic");
        var clean = scenario.CleanEvents();
        Assert.Equal([0L, 1], clean.Where(e => e.Device == laptop).Select(e => e.Seq).Order());
        Assert.Equal([2L, 3, 10, 11, 12], clean.Where(e => e.Device == desktop).Select(e => e.Seq).Order());
    }

    [Fact]
    public async Task RunAsync_NoListConfigured_LetsThroughWhatTheDeviceLetThrough()
    {
        var scenario = new ProcessorScenario(broker, partitions: 1);
        await scenario.ConsentAsync("sam", ConsentState.Granted, T0);
        await scenario.AppsAsync("sam", 0, T0, null, null, "anything", null);

        ProcessorRunner runner = await RunUntilAsync(scenario, scenario.Options, r => r.Progress.RecordsIn == 1);

        Assert.Equal(3, scenario.CleanEvents().Count);
        Assert.Equal(0, runner.Progress.DroppedAppNotAllowed);
    }

    private async Task<ProcessorRunner> RunUntilAsync(ProcessorScenario scenario, ProcessorOptions options, Func<ProcessorRunner, bool> done)
    {
        ProcessorRunner runner = scenario.NewRunner(output, options);
        using var stop = new CancellationTokenSource();
        Task run = runner.RunAsync(stop.Token);
        await ProcessorScenario.WaitUntilAsync(() => done(runner), "the run's work", run);
        await ProcessorScenario.StopAsync(run, stop);
        return runner;
    }
}
