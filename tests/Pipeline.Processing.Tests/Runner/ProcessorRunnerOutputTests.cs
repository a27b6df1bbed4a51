using System.Text;
using Pipeline.Processing.Actions;
using Pipeline.Processing.Runner;
using Pipeline.Schemas.Model;
using Pipeline.TestSupport;
using Xunit.Abstractions;

namespace Pipeline.Processing.Tests.Runner;

/// <summary><see cref="ProcessorRunner"/>: what comes out of the clean, sessions and idle topics for given input.</summary>
public sealed class ProcessorRunnerOutputTests(BrokerFixture broker, ITestOutputHelper output) : IClassFixture<BrokerFixture>
{
    private const long Second = ProcessorScenario.Second;
    private const long T0 = ProcessorScenario.T0;

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
        ProcessorRunner runner = scenario.NewRunner(output);
        using var stop = new CancellationTokenSource();

        Task run = runner.RunAsync(stop.Token);
        await ProcessorScenario.WaitUntilAsync(() => runner.Progress.RecordsIn == 24, "all 24 raw records processed", run);
        scenario.PassQuietTimeout();
        await ProcessorScenario.WaitUntilAsync(() => runner.Progress.SessionsClosed == 2, "alice's and carol's sessions closed", run);
        await ProcessorScenario.StopAsync(run, stop);

        var clean = scenario.CleanEvents();
        string alice = scenario.DevicePseudonym("alice", "alice-laptop")!;
        string carol = scenario.DevicePseudonym("carol", "carol-laptop")!;
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
        string? alicePseudonym = scenario.Pseudonym("alice"), carolPseudonym = scenario.Pseudonym("carol");
        Assert.Equal(300, sessions.Single(s => s.Subject == alicePseudonym).EventCount);
        SessionSummary carolSession = sessions.Single(s => s.Subject == carolPseudonym);
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
        ProcessorRunner runner = scenario.NewRunner(output);
        using var stop = new CancellationTokenSource();

        Task run = runner.RunAsync(stop.Token);
        await ProcessorScenario.WaitUntilAsync(() => runner.Progress.RecordsIn == 2, "both raw records processed", run);
        scenario.PassQuietTimeout();
        await ProcessorScenario.WaitUntilAsync(() => runner.Progress.SessionsClosed == 1, "dora's session closed", run);
        await ProcessorScenario.StopAsync(run, stop);

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
    public async Task RunAsync_ClicksAndTyping_ActionsTopicHoldsOneClickPerPressReleaseAndEveryKeyPress()
    {
        var scenario = new ProcessorScenario(broker);
        await scenario.ConsentAsync("emil", ConsentState.Granted, T0);
        // Three rounds a second apart: a click (press, release 60 ms later), then two key presses 150 ms apart.
        var input = new List<(EventKind, int)> { (EventKind.Focus, 0) };
        for (int round = 0; round < 3; round++)
        {
            int t = 100 + (round * 1000);
            input.AddRange([(EventKind.Move, t - 50), (EventKind.ButtonDown, t), (EventKind.ButtonUp, t + 60),
                (EventKind.KeyDown, t + 300), (EventKind.KeyUp, t + 340), (EventKind.KeyDown, t + 450), (EventKind.KeyUp, t + 490)]);
        }

        await scenario.InputAsync("emil", 0, T0, [.. input]);
        ProcessorRunner runner = scenario.NewRunner(output);
        using var stop = new CancellationTokenSource();

        Task run = runner.RunAsync(stop.Token);
        await ProcessorScenario.WaitUntilAsync(() => runner.Progress.RecordsIn == 1, "the raw record processed", run);
        scenario.PassQuietTimeout();
        await ProcessorScenario.WaitUntilAsync(() => runner.Progress.SessionsClosed == 1, "emil's session closed", run);
        await ProcessorScenario.StopAsync(run, stop);

        List<(string Key, string Subject, InteractionAction Action)> actions = scenario.Actions();
        SessionSummary session = Assert.Single(scenario.Sessions());
        string pseudonym = scenario.Pseudonym("emil") ?? throw new InvalidOperationException("emil has no secret on the keys topic");
        Assert.Equal(
            [ActionKind.Focus, ActionKind.Click, ActionKind.Type, ActionKind.Click, ActionKind.Type, ActionKind.Click, ActionKind.Type],
            actions.Select(a => a.Action.Kind));
        Assert.Equal(runner.Progress.Actions, actions.Count);
        Assert.All(actions, a => Assert.Equal((pseudonym, pseudonym, session.SessionId), (a.Key, a.Subject, a.Action.SessionId)));
        Assert.All(actions, a => Assert.InRange(a.Action.StartMicros, session.StartMicros, a.Action.EndMicros));
        Assert.All(actions, a => Assert.InRange(a.Action.EndMicros, a.Action.StartMicros, session.EndMicros));
        Assert.Equal(6, actions.Sum(a => a.Action.KeyCount));
        Assert.All(actions.Where(a => a.Action.Kind == ActionKind.Type), a => Assert.Equal([150], a.Action.InterKeyMs));
        Assert.All(actions.Where(a => a.Action.Kind == ActionKind.Click), a => Assert.Equal((400, 300, MouseButton.Left), (a.Action.X!.Value, a.Action.Y!.Value, a.Action.Button)));
        Assert.Equal("thunderbird", actions[0].Action.App);
    }

    [Fact]
    public async Task RunAsync_ClicksInSeveralRecordsOfOneTransaction_OneActionsRecordPerSubjectAndTransaction()
    {
        var scenario = new ProcessorScenario(broker);
        await scenario.ConsentAsync("gus", ConsentState.Granted, T0);
        // Three raw records three minutes apart, each with one click: each record's events pass the two-minute grace of
        // the one before, so the reducer decides actions in the second and third clean batches, not only at the
        // session's close; one transaction takes all three records (up to five).
        await scenario.InputAsync("gus", 0, T0, (EventKind.Focus, 0), (EventKind.Move, 50), (EventKind.ButtonDown, 100), (EventKind.ButtonUp, 160));
        await scenario.InputAsync("gus", 4, T0, (EventKind.Move, 180_050), (EventKind.ButtonDown, 180_100), (EventKind.ButtonUp, 180_160));
        await scenario.InputAsync("gus", 7, T0, (EventKind.Move, 360_050), (EventKind.ButtonDown, 360_100), (EventKind.ButtonUp, 360_160));
        ProcessorRunner runner = scenario.NewRunner(output);
        using var stop = new CancellationTokenSource();

        Task run = runner.RunAsync(stop.Token);
        await ProcessorScenario.WaitUntilAsync(() => runner.Progress.RecordsIn == 3, "the raw records processed", run);
        scenario.PassQuietTimeout();
        await ProcessorScenario.WaitUntilAsync(() => runner.Progress.SessionsClosed == 1, "gus's session closed", run);
        await ProcessorScenario.StopAsync(run, stop);

        List<(string Key, string Subject, InteractionAction Action)> actions = scenario.Actions();
        Assert.Equal([ActionKind.Focus, ActionKind.Click, ActionKind.Click, ActionKind.Click], actions.Select(a => a.Action.Kind));
        Assert.Equal(runner.Progress.Actions, actions.Count);
        // At most one record per committed transaction for the one subject, however many clean batches with actions
        // it covered: normally one for the three raw records (consumed together) and one for the session's close,
        // within three transactions (the stop's seal is the third); a record per clean batch with actions made four.
        Assert.InRange(scenario.ActionRecords(), 1, runner.Progress.TransactionsCommitted);
    }

    [Fact]
    public async Task RunAsync_ActionsDisabled_NoActionsButEveryCleanEventAndTheSession()
    {
        var scenario = new ProcessorScenario(broker);
        await scenario.ConsentAsync("fenna", ConsentState.Granted, T0);
        await scenario.InputAsync("fenna", 0, T0, [(EventKind.Focus, 0), (EventKind.Move, 50), (EventKind.ButtonDown, 100), (EventKind.ButtonUp, 160),
            (EventKind.KeyDown, 400), (EventKind.KeyUp, 440)]);
        ProcessorRunner runner = scenario.NewRunner(output, scenario.Options with { Actions = new ActionOptions { Enabled = false } });
        using var stop = new CancellationTokenSource();

        Task run = runner.RunAsync(stop.Token);
        await ProcessorScenario.WaitUntilAsync(() => runner.Progress.RecordsIn == 1, "the raw record processed", run);
        scenario.PassQuietTimeout();
        await ProcessorScenario.WaitUntilAsync(() => runner.Progress.SessionsClosed == 1, "fenna's session closed", run);
        await ProcessorScenario.StopAsync(run, stop);

        Assert.Equal(6, scenario.CleanEvents().Count);
        Assert.Single(scenario.Sessions());
        Assert.Empty(scenario.Actions());
        Assert.Equal(0, runner.Progress.Actions);
    }
}
