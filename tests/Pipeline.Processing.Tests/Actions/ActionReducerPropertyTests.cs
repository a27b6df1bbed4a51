using FsCheck.Xunit;
using Pipeline.Processing.Actions;
using Pipeline.Processing.Sessions;
using Pipeline.Processing.Tests.Sessions;
using Pipeline.Schemas.Model;

namespace Pipeline.Processing.Tests.Actions;

/// <summary>
/// The streaming reducer, wired behind the real sessionizer, against <see cref="ReferenceActionReducer"/> on random
/// streams of one person's devices (see <see cref="ActionStreamGenerator"/>); the invariants on every stream; and the
/// state round trip at every cut point.
/// </summary>
public sealed class ActionReducerPropertyTests
{
    private const string Subject = "ab0123456789abcdef0123456789abcd";

    private static readonly SessionOptions s_sessions = SessionizerTests.Options;

    /// <summary>Small bounds, so typing runs split, paths overflow their window and are thinned again and again.</summary>
    private static readonly ActionOptions s_tight = new() { MaxKeysPerAction = 3, PathWindow = 12, MaxPathPoints = 4, PathTolerance = 1.5 };

    [Property(MaxTest = 100)]
    public void Process_RandomStreams_MatchReferenceAndKeepInvariants(int seed) =>
        CheckAgainstReference(seed, new ActionOptions(), devices: 1 + (int)((uint)seed % 3), gestures: 60);

    [Property(MaxTest = 60)]
    public void Process_RandomStreamsWithTightBounds_MatchReferenceAndKeepInvariants(int seed) =>
        CheckAgainstReference(seed, s_tight, devices: 2, gestures: 40);

    [Property(MaxTest = 40)]
    public void RestoreState_AtEveryCutPoint_GivesTheSameActionsAsOneGo(int seed)
    {
        ActionOptions options = seed % 2 == 0 ? new ActionOptions() : s_tight;
        List<EventBatch> arrivals = new ActionStreamGenerator(seed, options, s_sessions).Generate(Subject, devices: 2, gesturesPerDevice: 25);
        ActionRun run = ActionRun.Of(arrivals, options, s_sessions);

        List<(string Subject, InteractionAction Action)> oneGo = run.ReplayEventByEvent();
        List<(string Subject, InteractionAction Action)> restored = run.ReplayWithRestoreAtEveryCut(out int cuts);

        Assert.True(cuts > arrivals.Count, $"seed {seed}: only {cuts} cuts");
        Assert.Equal(oneGo.Select(Line), restored.Select(Line));
        // Batching changes when an action leaves, never what it is or the order of a device's actions.
        foreach (string device in run.Fed.Keys)
        {
            Assert.Equal(Of(run.Emitted, device), Of(oneGo, device));
        }
    }

    private static void CheckAgainstReference(int seed, ActionOptions options, int devices, int gestures)
    {
        List<EventBatch> arrivals = new ActionStreamGenerator(seed, options, s_sessions).Generate(Subject, devices, gestures);
        ActionRun run = ActionRun.Of(arrivals, options, s_sessions);

        Assert.Equal(0, run.SubjectsLeft);
        foreach ((string device, List<FedEvent> fed) in run.Fed)
        {
            List<string> expected = ReferenceActionReducer.Reduce(device, fed, options, s_sessions.Gap).Select(ActionRun.Describe).ToList();
            List<string> actual = Of(run.Emitted, device);
            AssertSameLines(seed, expected, actual);
        }

        AssertInvariants(seed, run, options);
    }

    private static void AssertInvariants(int seed, ActionRun run, ActionOptions options)
    {
        var finalSession = new Dictionary<string, SessionSummary>(StringComparer.Ordinal);
        foreach (SessionSummary summary in run.Summaries)
        {
            finalSession[summary.SessionId] = summary;
            foreach (string merged in summary.MergedFrom)
            {
                finalSession[merged] = summary;
            }
        }

        Assert.All(run.Emitted, e => Assert.Equal(Subject, e.Subject));
        var keyPressesBySession = new Dictionary<string, long>(StringComparer.Ordinal);
        var keyCountsBySession = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach ((string device, List<FedEvent> fed) in run.Fed)
        {
            List<InteractionEvent> events = Deduplicated(fed);
            int keyDowns = events.Count(e => e.Kind == EventKind.KeyDown);
            int presses = events.Count(e => e.Kind == EventKind.ButtonDown);
            int releases = events.Count(e => e.Kind == EventKind.ButtonUp);
            foreach (InteractionEvent e in events.Where(e => e.Kind == EventKind.KeyDown))
            {
                string session = finalSession[e.SessionId!].SessionId;
                keyPressesBySession[session] = keyPressesBySession.GetValueOrDefault(session) + 1;
            }

            List<InteractionAction> actions = run.Emitted.Where(a => a.Action.Device == device).Select(a => a.Action).ToList();
            Assert.Equal(keyDowns, actions.Sum(a => a.KeyCount));
            int pairs = actions.Count(a => a.Kind is ActionKind.Click or ActionKind.RightClick or ActionKind.MiddleClick or ActionKind.Drag);
            int doubles = actions.Count(a => a.Kind == ActionKind.DoubleClick);
            Assert.Equal(presses, pairs + (2 * doubles) + actions.Count(a => a.Kind == ActionKind.MouseDown));
            Assert.Equal(releases, pairs + (2 * doubles) + actions.Count(a => a.Kind == ActionKind.MouseUp));
            Assert.Equal(actions.Count, actions.Select(a => a.SeqFirst).Distinct().Count());
            for (int i = 0; i < actions.Count; i++)
            {
                InteractionAction a = actions[i];
                if (i > 0)
                {
                    Assert.True(actions[i - 1].SeqFirst < a.SeqFirst && actions[i - 1].StartMicros <= a.StartMicros, $"seed {seed}: out of order at {ActionRun.Describe(a)}");
                }

                Assert.True(a.SeqFirst <= a.SeqLast && a.StartMicros <= a.EndMicros, ActionRun.Describe(a));
                SessionSummary session = finalSession[a.SessionId];
                Assert.True(a.StartMicros >= session.StartMicros && a.EndMicros <= session.EndMicros, $"seed {seed}: outside its session: {ActionRun.Describe(a)}");
                foreach (double? n in new[] { a.Nx, a.Ny, a.EndNx, a.EndNy })
                {
                    Assert.True(n is null or (>= 0 and <= 1), ActionRun.Describe(a));
                }

                Assert.Equal(a.KeyCount, a.KeyClasses.Count);
                Assert.Equal(Math.Max(0, a.KeyCount - 1), a.InterKeyMs.Count);
                Assert.True(a.KeyCount <= options.MaxKeysPerAction);
                Assert.True(a.PreMovePath.Count <= options.MaxPathPoints);
                Assert.True(a.PreMovePath.Count == 0 || (a.PreMovePath[0].OffsetMs == 0 && a.PreMovePath[^1].OffsetMs <= a.PreMoveMs));
                keyCountsBySession[session.SessionId] = keyCountsBySession.GetValueOrDefault(session.SessionId) + a.KeyCount;
            }
        }

        foreach ((string session, long pressesInSession) in keyPressesBySession)
        {
            Assert.Equal(pressesInSession, keyCountsBySession.GetValueOrDefault(session));
        }
    }

    private static List<InteractionEvent> Deduplicated(List<FedEvent> fed)
    {
        var events = new List<InteractionEvent>();
        foreach (FedEvent f in fed)
        {
            if (events.Count == 0 || f.Event.Seq > events[^1].Seq)
            {
                events.Add(f.Event);
            }
        }

        return events;
    }

    private static void AssertSameLines(int seed, List<string> expected, List<string> actual)
    {
        for (int i = 0; i < Math.Min(expected.Count, actual.Count); i++)
        {
            Assert.True(expected[i] == actual[i], $"seed {seed}, action {i}:\n expected {expected[i]}\n actual   {actual[i]}");
        }

        if (expected.Count != actual.Count)
        {
            string extra = expected.Count > actual.Count ? "missing " + expected[actual.Count] : "extra " + actual[expected.Count];
            Assert.Fail($"seed {seed}: {expected.Count} actions expected, {actual.Count} emitted; first {extra}");
        }
    }

    private static List<string> Of(List<(string Subject, InteractionAction Action)> emitted, string device) =>
        emitted.Where(e => e.Action.Device == device).Select(e => ActionRun.Describe(e.Action)).ToList();

    private static string Line((string Subject, InteractionAction Action) e) => e.Subject + " " + ActionRun.Describe(e.Action);
}
