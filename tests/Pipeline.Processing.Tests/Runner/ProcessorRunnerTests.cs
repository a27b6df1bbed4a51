using System.Text;
using Microsoft.Extensions.Logging;
using Pipeline.Kafka;
using Pipeline.Processing.Runner;
using Pipeline.Schemas.Model;
using Pipeline.TestSupport;
using Xunit.Abstractions;

namespace Pipeline.Processing.Tests.Runner;

public sealed class ProcessorRunnerTests(BrokerFixture broker, ITestOutputHelper output) : IClassFixture<BrokerFixture>
{
    private const long Second = ProcessorScenario.Second;
    private const long Minute = ProcessorScenario.Minute;
    private const long T0 = ProcessorScenario.T0;
    private static readonly TimeSpan s_untilIdle = TimeSpan.FromSeconds(1.5);

    // The embedded broker's group waits out a departed member's session even after it left: keep sessions short so
    // a restart or a second instance is not held up for the default 45 s.
    private KafkaClientSettings Settings => broker.Settings with
    {
        Properties = new Dictionary<string, string> { ["session.timeout.ms"] = "3000", ["heartbeat.interval.ms"] = "300" },
    };

    private ProcessorRunner NewRunner(ProcessorScenario scenario) =>
        new(scenario.Options, Settings, LoggerFactory.Create(b => b.AddProvider(new TestOutputLoggerProvider(output))), TimeProvider.System);

    [Fact]
    public async Task RunAsync_ThreeSubjects_CleanHoldsExactlyConsentedEventsScrubbed()
    {
        var scenario = new ProcessorScenario(broker);
        await scenario.ConsentAsync("alice", ConsentState.Granted, T0);
        // carol (one event a second): granted, paused from 100 s until resumed at 400 s, revoked at 500 s.
        await scenario.ConsentAsync("carol", ConsentState.Revoked, T0 + (500 * Second),
            new ConsentInterval(ConsentState.Granted, T0, null),
            new ConsentInterval(ConsentState.Paused, T0 + (100 * Second), null),
            new ConsentInterval(ConsentState.Resumed, T0 + (400 * Second), null));
        await scenario.RawAsync("alice", 0, 6, 50, T0);
        await scenario.RawAsync("bob", 0, 6, 50, T0);
        await scenario.RawAsync("carol", 0, 12, 50, T0);
        ProcessorRunner runner = NewRunner(scenario);

        await runner.RunAsync(s_untilIdle, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));

        var clean = scenario.CleanEvents();
        string alice = ProcessorScenario.DevicePseudonym("alice-laptop");
        string carol = ProcessorScenario.DevicePseudonym("carol-laptop");
        long[] expectedCarol = [.. Enumerable.Range(0, 100).Select(i => (long)i), .. Enumerable.Range(400, 100).Select(i => (long)i)];
        Assert.Equal(Enumerable.Range(0, 300).Select(i => (long)i), clean.Where(e => e.Device == alice).Select(e => e.Seq).Order());
        Assert.Equal(expectedCarol, clean.Where(e => e.Device == carol).Select(e => e.Seq).Order());
        Assert.Equal(500, clean.Count);
        Assert.All(clean.Where(e => e.Title is not null), e => Assert.Equal("Re: offer - <EMAIL> - card <CARD>", e.Title));
        Assert.Equal(300, runner.Progress.DroppedNoConsent);
        Assert.Equal(300, runner.Progress.DroppedPaused);
        Assert.Equal(100, runner.Progress.DroppedRevoked);

        string outputs = string.Join('\n', scenario.PublicOutputBytes().Select(Encoding.UTF8.GetString));
        foreach (string raw in new[] { "alice", "bob", "carol", "4111" })
        {
            Assert.DoesNotContain(raw, outputs, StringComparison.Ordinal);
        }

        // One session each for alice and carol; carol's pause is a 301 s gap inside hers: an idle period of reason pause.
        List<SessionSummary> sessions = scenario.Sessions();
        Assert.Equal(2, sessions.Count);
        Assert.Equal(300, sessions.Single(s => s.Subject == ProcessorScenario.Pseudonym("alice")).EventCount);
        SessionSummary carolSession = sessions.Single(s => s.Subject == ProcessorScenario.Pseudonym("carol"));
        Assert.Equal(200, carolSession.EventCount);
        Assert.Equal(301, carolSession.IdleSeconds, 3);
        IdlePeriod pause = Assert.Single(scenario.IdlePeriods());
        Assert.Equal((IdleReason.Pause, T0 + (99 * Second), T0 + (400 * Second), carolSession.SessionId), (pause.Reason, pause.StartMicros, pause.EndMicros, pause.SessionId));
        Assert.All(clean, e => Assert.Contains(sessions, s => s.SessionId == e.SessionId));
    }

    [Fact]
    public async Task RunAsync_IdleGapInsideSession_EmitsIdlePeriodAndExcludesItFromActiveTime()
    {
        var scenario = new ProcessorScenario(broker);
        await scenario.ConsentAsync("dora", ConsentState.Granted, T0);
        await scenario.RawAsync("dora", 0, 1, 60, T0);                       // 0..59 s
        await scenario.RawAsync("dora", 660, 1, 60, T0);                     // 660..719 s: a 601 s gap

        await NewRunner(scenario).RunAsync(s_untilIdle, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));

        IdlePeriod idle = Assert.Single(scenario.IdlePeriods());
        Assert.Equal(IdleReason.Inactivity, idle.Reason);
        Assert.Equal(T0 + (59 * Second), idle.StartMicros);
        Assert.Equal(T0 + (660 * Second), idle.EndMicros);
        SessionSummary session = Assert.Single(scenario.Sessions());
        Assert.Equal(601, session.IdleSeconds, 3);
        Assert.Equal(719 - 601, session.ActiveSeconds, 3);
        Assert.Equal(session.SessionId, idle.SessionId);
    }

    [Fact]
    public async Task RunAsync_UndecodableAndInvalidRecords_DeadLetteredWithReasonAndProcessingGoesOn()
    {
        var scenario = new ProcessorScenario(broker, partitions: 1);
        await scenario.ConsentAsync("erin", ConsentState.Granted, T0);
        await broker.ProduceAsync(scenario.Topics.Raw, "erin"u8.ToArray(), "not avro at all"u8.ToArray());
        var invalid = new EventBatch { Subject = "erin", Device = "erin-laptop" };
        invalid.Add(new InteractionEvent { Seq = 5, TimeMicros = T0, Kind = EventKind.Move });
        invalid.Add(new InteractionEvent { Seq = 5, TimeMicros = T0, Kind = EventKind.Move });
        var encoded = new System.Buffers.ArrayBufferWriter<byte>();
        Pipeline.Schemas.Codec.RawBatchCodec.Write(invalid, encoded);
        await broker.ProduceAsync(scenario.Topics.Raw, "erin"u8.ToArray(), encoded.WrittenSpan.ToArray());
        await scenario.RawAsync("erin", 0, 2, 10, T0);

        ProcessorRunner runner = NewRunner(scenario);
        await runner.RunAsync(s_untilIdle, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));

        var letters = scenario.DeadLetters();
        Assert.Equal(["bad_magic", "invalid_event"], letters.Select(l => l.Reason));
        Assert.Equal(["bad_magic", "invalid_event"], letters.Select(l => l.Letter.Reason));
        Assert.Equal([0L, 1L], letters.Select(l => l.Letter.SourceOffset));
        Assert.Equal("not avro at all"u8.ToArray(), letters[0].Letter.Payload.ToArray());
        Assert.Equal("seq does not strictly increase", letters[1].Letter.Detail);
        Assert.Equal(20, scenario.CleanEvents().Count);
    }

    [Fact]
    public async Task RunAsync_ProduceFailsInsideTransaction_AbortsRewindsAndDeliversEveryEvent()
    {
        var scenario = new ProcessorScenario(broker, partitions: 1);
        await scenario.ConsentAsync("iris", ConsentState.Granted, T0);
        await scenario.RawAsync("iris", 0, 4, 25, T0);
        // The runner's first produce request fails with an error that dooms its transaction.
        broker.Broker.PushRequestErrors(KafkaApiKey.Produce, Confluent.Kafka.ErrorCode.MsgSizeTooLarge);
        ProcessorRunner runner = NewRunner(scenario);

        await runner.RunAsync(s_untilIdle, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.True(runner.Progress.TransactionsAborted >= 1, "no transaction was aborted");
        var clean = scenario.CleanEvents();
        Assert.Equal(Enumerable.Range(0, 100).Select(i => (long)i), clean.Select(e => e.Seq).Distinct().Order());
    }

    [Fact]
    public async Task RunAsync_EventLaterThanGrace_DeadLetteredAsLateEvent()
    {
        var scenario = new ProcessorScenario(broker, partitions: 1);
        await scenario.ConsentAsync("finn", ConsentState.Granted, T0);
        await scenario.RawAsync("finn", 1000, 1, 5, T0);                     // stream time T0 + 1004 s
        await scenario.RawAsync("finn", 0, 1, 5, T0 + (5 * Second));         // 1000 s behind: beyond 2 min grace

        await NewRunner(scenario).RunAsync(s_untilIdle, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));

        (DeadLetter letter, string reason) = Assert.Single(scenario.DeadLetters());
        Assert.Equal("late_event", reason);
        Assert.Equal(5, scenario.CleanEvents().Count);
    }

    [Fact]
    public async Task RunAsync_RestartedAfterStop_ResumesFromChangelogWithoutLossOrDuplicates()
    {
        var scenario = new ProcessorScenario(broker);
        await scenario.ConsentAsync("gwen", ConsentState.Granted, T0);
        await scenario.ConsentAsync("hugo", ConsentState.Granted, T0);
        await scenario.RawAsync("gwen", 0, 4, 25, T0);
        await scenario.RawAsync("hugo", 0, 4, 25, T0);
        await NewRunner(scenario).RunAsync(s_untilIdle, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));
        await scenario.RawAsync("gwen", 100, 4, 25, T0);
        await scenario.RawAsync("hugo", 100, 4, 25, T0);

        await NewRunner(scenario).RunAsync(s_untilIdle, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));

        var clean = scenario.CleanEvents();
        Assert.Equal(400, clean.Count);
        Assert.Equal(400, clean.Select(e => (e.Device, e.Seq)).Distinct().Count());
    }

    [Fact]
    public async Task RunAsync_TwoInstancesInOneGroup_SplitPartitionsAndProcessEachEventOnce()
    {
        var scenario = new ProcessorScenario(broker, partitions: 4);
        string[] subjects = ["ida", "jon", "kim", "lea", "max", "ned", "ole", "pia"];
        foreach (string subject in subjects)
        {
            await scenario.ConsentAsync(subject, ConsentState.Granted, T0);
        }

        ProcessorRunner first = NewRunner(scenario);
        ProcessorRunner second = NewRunner(scenario);
        using var stop = new CancellationTokenSource();
        Task one = first.RunAsync(stop.Token);
        await WaitUntil(() => first.Progress.AssignedPartitions == 4);
        Task two = second.RunAsync(stop.Token);
        foreach (string subject in subjects)
        {
            await scenario.RawAsync(subject, 0, 5, 20, T0);
        }

        await WaitUntil(() => first.Progress.AssignedPartitions > 0 && second.Progress.AssignedPartitions > 0
            && first.Progress.AssignedPartitions + second.Progress.AssignedPartitions == 4);
        await WaitUntil(() => first.Progress.EventsOut + second.Progress.EventsOut >= 800);
        stop.Cancel();
        await Task.WhenAll(one, two).WaitAsync(TimeSpan.FromSeconds(60));

        var clean = scenario.CleanEvents();
        Assert.Equal(800, clean.Select(e => (e.Device, e.Seq)).Distinct().Count());
        Assert.Equal(800, clean.Count);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        DateTime deadline = DateTime.UtcNow.AddSeconds(45);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not reached in time");
            await Task.Delay(50);
        }
    }
}
