using System.Diagnostics.Metrics;
using System.Text;
using Pipeline.Processing.Runner;
using Pipeline.Schemas.Model;
using Pipeline.TestSupport;
using Xunit.Abstractions;

namespace Pipeline.Processing.Tests.Runner;

/// <summary>
/// <see cref="ProcessorRunner"/>: consent fails closed. An unreadable consent record, produced by a raw producer the
/// way a broken or hostile writer would, stops its subject's events until a readable change arrives, goes to the
/// dead-letter topic once, and is counted.
/// </summary>
public sealed class ProcessorRunnerConsentTests(BrokerFixture broker, ITestOutputHelper output) : IClassFixture<BrokerFixture>
{
    private const long Second = ProcessorScenario.Second;
    private const long T0 = ProcessorScenario.T0;
    private static readonly byte[] s_garbage = "{\"state\":\"revoked\"} -- not avro"u8.ToArray();

    [Fact]
    public async Task RunAsync_UnreadableConsentOnTheTopicAtStart_SubjectDroppedDeadLetteredOnceAndCounted()
    {
        var scenario = new ProcessorScenario(broker, partitions: 2);
        await scenario.ConsentAsync("kim", ConsentState.Granted, T0);
        await scenario.ConsentRecordAsync("kim"u8.ToArray(), s_garbage);
        await scenario.ConsentAsync("lea", ConsentState.Granted, T0);
        await scenario.RawAsync("kim", 0, 2, 10, T0);
        await scenario.RawAsync("lea", 0, 2, 10, T0);
        using var metrics = new DropMeter();
        ProcessorRunner runner = scenario.NewRunner(output);
        using var stop = new CancellationTokenSource();

        Task run = runner.RunAsync(stop.Token);
        await ProcessorScenario.WaitUntilAsync(() => runner.Progress.RecordsIn == 4 && runner.Progress.DeadLetters == 1 && runner.Progress.TransactionsCommitted >= 1,
            "four raw records and the consent dead letter", run);
        await ProcessorScenario.StopAsync(run, stop);

        Assert.Equal(20, runner.Progress.DroppedConsentUnreadable);
        Assert.Equal((3L, 1L), (runner.Progress.ConsentRecords, runner.Progress.ConsentUnreadable));
        Assert.Equal(20, scenario.CleanEvents().Count);
        // Looked up once: each lookup reads the keys topic with a consumer of its own.
        string? lea = scenario.Pseudonym("lea");
        Assert.All(scenario.CleanEvents(), e => Assert.Equal(lea, e.Subject));
        (DeadLetter letter, string reason) = Assert.Single(scenario.DeadLetters());
        Assert.Equal("consent_unreadable", reason);
        Assert.Equal((scenario.Topics.Consent, "consent_unreadable", 1L), (letter.SourceTopic, letter.Reason, letter.SourceOffset));
        Assert.StartsWith("bad_magic", letter.Detail, StringComparison.Ordinal);
        Assert.Equal(s_garbage, letter.Payload.ToArray());
        Assert.Equal((20L, 1L), (metrics.Dropped("consent_unreadable"), metrics.UnreadableRecords));
    }

    [Fact]
    public async Task RunAsync_UnreadableConsentWhileRunning_BlocksEveryEventTimeUntilAReadableChange()
    {
        var scenario = new ProcessorScenario(broker, partitions: 1);
        await scenario.ConsentAsync("max", ConsentState.Granted, T0);
        await scenario.RawAsync("max", 0, 1, 10, T0 + (100 * Second));         // event times T0 + 100..109 s
        ProcessorRunner runner = scenario.NewRunner(output);
        using var stop = new CancellationTokenSource();

        Task run = runner.RunAsync(stop.Token);
        await ProcessorScenario.WaitUntilAsync(() => runner.Progress.RecordsIn == 1, "the first record", run);
        await scenario.ConsentRecordAsync("max"u8.ToArray(), s_garbage);
        await ProcessorScenario.WaitUntilAsync(() => runner.Progress.ConsentUnreadable == 1, "the unreadable consent record read", run);
        // Earlier event times than anything before, inside the grant: still dropped, the record may have been a revoke.
        await scenario.RawAsync("max", 10, 1, 10, T0);                          // event times T0 + 10..19 s
        await ProcessorScenario.WaitUntilAsync(() => runner.Progress.RecordsIn == 2, "the second record", run);
        await scenario.ConsentAsync("max", ConsentState.Granted, T0);
        await ProcessorScenario.WaitUntilAsync(() => runner.Progress.ConsentRecords == 3, "the readable change read", run);
        await scenario.RawAsync("max", 20, 1, 10, T0 + (100 * Second));        // event times T0 + 120..129 s
        await ProcessorScenario.WaitUntilAsync(() => runner.Progress.RecordsIn == 3 && runner.Progress.DeadLetters == 1, "the third record", run);
        await ProcessorScenario.StopAsync(run, stop);

        Assert.Equal(10, runner.Progress.DroppedConsentUnreadable);
        long[] expected = [.. Enumerable.Range(0, 10).Select(i => (long)i), .. Enumerable.Range(20, 10).Select(i => (long)i)];
        Assert.Equal(expected, scenario.CleanEvents().Select(e => e.Seq).Order());
        Assert.Equal("consent_unreadable", Assert.Single(scenario.DeadLetters()).Reason);
    }

    [Fact]
    public async Task RunAsync_RestartedOverTheSameUnreadableRecord_StillBlocksAndDoesNotDeadLetterItAgain()
    {
        var scenario = new ProcessorScenario(broker, partitions: 1);
        await scenario.ConsentAsync("noa", ConsentState.Granted, T0);
        await scenario.ConsentRecordAsync("noa"u8.ToArray(), s_garbage);
        await scenario.RawAsync("noa", 0, 1, 10, T0);
        ProcessorRunner first = await RunUntilAsync(scenario, r => r.Progress.RecordsIn == 1 && r.Progress.DeadLetters == 1);
        await scenario.RawAsync("noa", 10, 1, 10, T0);

        // The second run has committed a transaction after its assignment, so it has had its chance to dead-letter.
        ProcessorRunner second = await RunUntilAsync(scenario, r => r.Progress.RecordsIn == 1 && r.Progress.TransactionsCommitted >= 1);

        Assert.Equal((10L, 10L), (first.Progress.DroppedConsentUnreadable, second.Progress.DroppedConsentUnreadable));
        Assert.Equal((1L, 0L), (first.Progress.DeadLetters, second.Progress.DeadLetters));
        Assert.Equal(1L, second.Progress.ConsentUnreadable);
        Assert.Single(scenario.DeadLetters());
        Assert.Empty(scenario.CleanEvents());
    }

    [Fact]
    public async Task RunAsync_TombstoneAfterUnreadable_NoConsentRatherThanUnreadable()
    {
        var scenario = new ProcessorScenario(broker, partitions: 1);
        await scenario.ConsentAsync("ola", ConsentState.Granted, T0);
        await scenario.ConsentRecordAsync("ola"u8.ToArray(), s_garbage);
        await scenario.ConsentRecordAsync("ola"u8.ToArray(), null);
        await scenario.RawAsync("ola", 0, 1, 10, T0);

        ProcessorRunner runner = await RunUntilAsync(scenario, r => r.Progress.RecordsIn == 1 && r.Progress.DeadLetters == 1);

        Assert.Equal((10L, 0L), (runner.Progress.DroppedNoConsent, runner.Progress.DroppedConsentUnreadable));
    }

    [Fact]
    public async Task RunAsync_UnreadableRecordWithoutAKey_DeadLetteredAndNobodyBlocked()
    {
        var scenario = new ProcessorScenario(broker, partitions: 1);
        await scenario.ConsentAsync("pat", ConsentState.Granted, T0);
        await scenario.ConsentRecordAsync(null, s_garbage);
        await scenario.RawAsync("pat", 0, 1, 10, T0);

        ProcessorRunner runner = await RunUntilAsync(scenario, r => r.Progress.RecordsIn == 1 && r.Progress.DeadLetters == 1);

        Assert.Equal(0, runner.Progress.DroppedConsentUnreadable);
        Assert.Equal(10, scenario.CleanEvents().Count);
        (DeadLetter letter, string reason) = Assert.Single(scenario.DeadLetters());
        Assert.Equal("consent_unreadable", reason);
        Assert.StartsWith("no key, and bad_magic", letter.Detail, StringComparison.Ordinal);
    }

    private async Task<ProcessorRunner> RunUntilAsync(ProcessorScenario scenario, Func<ProcessorRunner, bool> done)
    {
        ProcessorRunner runner = scenario.NewRunner(output);
        using var stop = new CancellationTokenSource();
        Task run = runner.RunAsync(stop.Token);
        await ProcessorScenario.WaitUntilAsync(() => done(runner), "the run's work", run);
        await ProcessorScenario.StopAsync(run, stop);
        return runner;
    }

    /// <summary>The drop and unreadable-consent counters as a metrics exporter sees them, from this test's start.</summary>
    private sealed class DropMeter : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly Dictionary<string, long> _dropped = [];
        private long _unreadable;

        public DropMeter()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == "Pipeline" && instrument.Name is "pipeline_events_dropped_total" or "pipeline_consent_unreadable_total")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            {
                lock (_dropped)
                {
                    if (instrument.Name == "pipeline_consent_unreadable_total")
                    {
                        _unreadable += value;
                        return;
                    }

                    foreach (KeyValuePair<string, object?> tag in tags)
                    {
                        if (tag.Key == "reason" && tag.Value is string reason)
                        {
                            _dropped[reason] = _dropped.GetValueOrDefault(reason) + value;
                        }
                    }
                }
            });
            _listener.Start();
        }

        public long UnreadableRecords
        {
            get
            {
                lock (_dropped)
                {
                    return _unreadable;
                }
            }
        }

        public long Dropped(string reason)
        {
            lock (_dropped)
            {
                return _dropped.GetValueOrDefault(reason);
            }
        }

        public void Dispose() => _listener.Dispose();
    }
}
