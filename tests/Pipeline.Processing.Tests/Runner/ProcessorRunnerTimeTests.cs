using Pipeline.Kafka;
using Pipeline.Processing.Runner;
using Pipeline.Processing.Sessions;
using Pipeline.Schemas.Model;
using Pipeline.TestSupport;
using Xunit.Abstractions;

namespace Pipeline.Processing.Tests.Runner;

/// <summary>
/// <see cref="ProcessorRunner"/>'s decisions in time, taken on its <see cref="TimeProvider"/>: the scenario's clock
/// stands still unless the test advances it, and the times here are hours, so a runner reading the real clock would
/// never get there within the tests' deadlines.
/// </summary>
public sealed class ProcessorRunnerTimeTests(BrokerFixture broker, ITestOutputHelper output) : IClassFixture<BrokerFixture>
{
    private const long T0 = ProcessorScenario.T0;
    private static readonly TimeSpan s_hour = TimeSpan.FromHours(1);

    [Fact]
    public async Task RunAsync_UntilIdle_EndsOnlyOnceItsClockHasBeenQuietThatLong()
    {
        var scenario = new ProcessorScenario(broker, partitions: 1);
        await scenario.ConsentAsync("uma", ConsentState.Granted, T0);
        await scenario.RawAsync("uma", 0, 1, 10, T0);
        // Sessions stay open (a day's quiet timeout), so only records count as activity.
        ProcessorRunner runner = scenario.NewRunner(output, scenario.Options with { Sessions = new SessionOptions { QuietTimeout = TimeSpan.FromDays(1) } });

        Task run = runner.RunAsync(s_hour, CancellationToken.None);
        await ProcessorScenario.WaitUntilAsync(() => runner.Progress.RecordsIn == 1, "the first record processed", run);
        scenario.Time.Advance(s_hour - TimeSpan.FromMilliseconds(1));
        await scenario.RawAsync("uma", 10, 1, 10, T0);
        await ProcessorScenario.WaitUntilAsync(() => runner.Progress.RecordsIn == 2, "a record sent a moment before until-idle ran out", run);
        scenario.Time.Advance(s_hour);
        await run.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(20, scenario.CleanEvents().Count);
    }

    [Fact]
    public async Task RunAsync_SubjectQuietOnItsClock_PunctuationClosesTheSession()
    {
        var scenario = new ProcessorScenario(broker, partitions: 1);
        await scenario.ConsentAsync("vic", ConsentState.Granted, T0);
        await scenario.RawAsync("vic", 0, 2, 10, T0);
        ProcessorRunner runner = scenario.NewRunner(output, scenario.Options with { Sessions = new SessionOptions { QuietTimeout = s_hour } });
        using var stop = new CancellationTokenSource();

        Task run = runner.RunAsync(stop.Token);
        await ProcessorScenario.WaitUntilAsync(() => runner.Progress.RecordsIn == 2, "both raw records processed", run);
        Assert.Equal(0, runner.Progress.SessionsClosed); // the clock has not moved: no punctuation has run
        scenario.Time.Advance(s_hour);
        await ProcessorScenario.WaitUntilAsync(() => runner.Progress.SessionsClosed == 1, "the punctuation closing vic's session", run);
        await ProcessorScenario.StopAsync(run, stop);

        SessionSummary session = Assert.Single(scenario.Sessions());
        Assert.Equal(20, session.EventCount);
    }

    [Fact]
    public async Task RunAsync_ConsentEndNotReachedWithinKafkaTimeoutOnItsClock_StopsTransient()
    {
        var scenario = new ProcessorScenario(broker, partitions: 1);
        ProcessorRunner runner = scenario.NewRunner(output, scenario.Options with { KafkaTimeout = s_hour });
        // Every fetch fails (the client retries them quietly), so the consent topic's end never comes into sight.
        var errors = new Confluent.Kafka.ErrorCode[5000];
        Array.Fill(errors, Confluent.Kafka.ErrorCode.NotLeaderForPartition);
        broker.Broker.PushRequestErrors(KafkaApiKey.Fetch, errors);
        try
        {
            Task run = runner.RunAsync(CancellationToken.None);
            // Step the clock until the runner's deadline, read on it when loading began, lies behind it.
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (!run.IsCompleted)
            {
                Assert.True(waited.Elapsed < TimeSpan.FromSeconds(45), "the runner did not give up on the consent topic");
                scenario.Time.Advance(TimeSpan.FromMinutes(10));
                await Task.WhenAny(run, Task.Delay(20));
            }

            ProcessorStoppedException stopped = await Assert.ThrowsAsync<ProcessorStoppedException>(() => run);
            Assert.Equal(ProcessorStopReason.Transient, stopped.Reason);
            Assert.True(stopped.RestartCanHelp);
            Assert.IsType<TimeoutException>(stopped.InnerException);
            Assert.Contains(scenario.Topics.Consent, stopped.Message, StringComparison.Ordinal);
        }
        finally
        {
            broker.Broker.ClearRequestErrors(KafkaApiKey.Fetch);
        }
    }
}
