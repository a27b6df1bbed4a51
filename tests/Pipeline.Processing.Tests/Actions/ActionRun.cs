using System.Buffers;
using System.Globalization;
using System.Text;
using Pipeline.Processing.Actions;
using Pipeline.Processing.Sessions;
using Pipeline.Schemas.Model;

namespace Pipeline.Processing.Tests.Actions;

/// <summary>
/// Runs batches through the sessionizer and the reducer as the processor wires them (process the clean batch, then
/// close the sessions the sessionizer closed; at the end close every session), and records what the reducer was fed
/// (per device, in order) and the calls made, so the same calls can be replayed with state round trips.
/// </summary>
internal sealed class ActionRun
{
    private ActionRun(ActionOptions options, SessionOptions sessions)
    {
        Options = options;
        Sessions = sessions;
    }

    public ActionOptions Options { get; }

    public SessionOptions Sessions { get; }

    /// <summary>The reducer's calls in order: a fed batch (session ids set) or a closed session.</summary>
    public List<object> Calls { get; } = [];

    /// <summary>Every action emitted, in emission order, with the subject of its batch.</summary>
    public List<(string Subject, InteractionAction Action)> Emitted { get; } = [];

    public Dictionary<string, List<FedEvent>> Fed { get; } = new(StringComparer.Ordinal);

    public List<SessionSummary> Summaries { get; } = [];

    public int SubjectsLeft { get; private set; }

    public static ActionRun Of(IEnumerable<EventBatch> arrivals, ActionOptions options, SessionOptions sessions)
    {
        var run = new ActionRun(options, sessions);
        var sessionizer = new Sessionizer(sessions);
        var reducer = new ActionReducer(options, sessions);
        var output = new SessionOutput();
        var actions = new ActionBatch();
        foreach (EventBatch arrival in arrivals)
        {
            EventBatch batch = Copy(arrival);
            output.Clear();
            sessionizer.Process(batch, 0, output);
            Assert.Equal(0, output.Late.Count);
            if (!run.Fed.TryGetValue(batch.Device, out List<FedEvent>? fed))
            {
                run.Fed[batch.Device] = fed = [];
            }

            foreach (InteractionEvent e in batch.Events)
            {
                fed.Add(new FedEvent(e, batch.ScreenWidth, batch.ScreenHeight));
            }

            run.Calls.Add(Copy(batch));
            actions.Clear();
            reducer.Process(batch, actions);
            run.Collect(actions);
            run.Close(reducer, output.Closed, actions);
        }

        output.Clear();
        sessionizer.CloseAll(output);
        run.Close(reducer, output.Closed, actions);
        run.SubjectsLeft = reducer.Subjects;
        return run;
    }

    /// <summary>
    /// Replays <see cref="Calls"/> on a reducer that is written to the changelog format and restored into a new
    /// reducer after every event (each batch is split into single events, so every event boundary is a cut),
    /// checking at each cut that the restored state writes the same bytes. Returns the actions emitted.
    /// </summary>
    public List<(string Subject, InteractionAction Action)> ReplayWithRestoreAtEveryCut(out int cuts)
    {
        var emitted = new List<(string, InteractionAction)>();
        var reducer = new ActionReducer(Options, Sessions);
        var actions = new ActionBatch();
        var subjects = new List<string>();
        var buffer = new ArrayBufferWriter<byte>();
        cuts = 0;
        foreach (object call in Calls)
        {
            if (call is SessionSummary closed)
            {
                actions.Clear();
                reducer.CloseSession(closed, actions);
                emitted.AddRange(actions.Actions.Select(a => (actions.Subject, a)));
                reducer = RoundTrip(reducer, subjects, buffer);
                cuts++;
                continue;
            }

            var batch = (EventBatch)call;
            foreach (InteractionEvent e in batch.Events)
            {
                var single = new EventBatch(1) { Subject = batch.Subject, Device = batch.Device, KeyVersion = batch.KeyVersion, ScreenWidth = batch.ScreenWidth, ScreenHeight = batch.ScreenHeight };
                single.Add(e);
                actions.Clear();
                reducer.Process(single, actions);
                emitted.AddRange(actions.Actions.Select(a => (actions.Subject, a)));
                reducer = RoundTrip(reducer, subjects, buffer);
                cuts++;
            }
        }

        return emitted;
    }

    /// <summary>Replays <see cref="Calls"/> event by event without any restore (the same batching as the restore replay).</summary>
    public List<(string Subject, InteractionAction Action)> ReplayEventByEvent()
    {
        var emitted = new List<(string, InteractionAction)>();
        var reducer = new ActionReducer(Options, Sessions);
        var actions = new ActionBatch();
        foreach (object call in Calls)
        {
            if (call is SessionSummary closed)
            {
                actions.Clear();
                reducer.CloseSession(closed, actions);
                emitted.AddRange(actions.Actions.Select(a => (actions.Subject, a)));
                continue;
            }

            var batch = (EventBatch)call;
            foreach (InteractionEvent e in batch.Events)
            {
                var single = new EventBatch(1) { Subject = batch.Subject, Device = batch.Device, KeyVersion = batch.KeyVersion, ScreenWidth = batch.ScreenWidth, ScreenHeight = batch.ScreenHeight };
                single.Add(e);
                actions.Clear();
                reducer.Process(single, actions);
                emitted.AddRange(actions.Actions.Select(a => (actions.Subject, a)));
            }
        }

        return emitted;
    }

    /// <summary>Every field of an action on one line: equal actions, equal lines.</summary>
    public static string Describe(InteractionAction a)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{a.Device} {a.SessionId} {a.Kind} {a.StartMicros}..{a.EndMicros} seq {a.SeqFirst}..{a.SeqLast}");
        text.Append(CultureInfo.InvariantCulture, $" at ({a.X},{a.Y}) n({a.Nx:R},{a.Ny:R}) to ({a.EndX},{a.EndY}) n({a.EndNx:R},{a.EndNy:R})");
        text.Append(CultureInfo.InvariantCulture, $" {a.Button} d({a.Dx},{a.Dy}) keys {a.KeyCount} [{string.Join(",", a.KeyClasses)}] gaps [{string.Join(",", a.InterKeyMs)}]");
        text.Append(CultureInfo.InvariantCulture, $" app '{a.App ?? "null"}' pre {a.PreMoveMs} [{string.Join(" ", a.PreMovePath.Select(p => $"{p.X},{p.Y}@{p.OffsetMs}"))}]");
        return text.ToString();
    }

    private ActionReducer RoundTrip(ActionReducer reducer, List<string> subjects, ArrayBufferWriter<byte> buffer)
    {
        var restored = new ActionReducer(Options, Sessions);
        subjects.Clear();
        reducer.AllSubjects(subjects);
        foreach (string subject in subjects)
        {
            buffer.ResetWrittenCount();
            reducer.WriteState(subject, buffer);
            byte[] state = buffer.WrittenSpan.ToArray();
            restored.RestoreState(subject, state);
            buffer.ResetWrittenCount();
            restored.WriteState(subject, buffer);
            Assert.Equal(state, buffer.WrittenSpan.ToArray());
        }

        Assert.Equal(reducer.Subjects, restored.Subjects);
        Assert.Equal(reducer.Devices, restored.Devices);
        return restored;
    }

    private void Collect(ActionBatch actions)
    {
        foreach (InteractionAction a in actions.Actions)
        {
            Emitted.Add((actions.Subject, a));
        }
    }

    private void Close(ActionReducer reducer, List<SessionSummary> closed, ActionBatch actions)
    {
        foreach (SessionSummary summary in closed)
        {
            Summaries.Add(summary);
            Calls.Add(summary);
            actions.Clear();
            reducer.CloseSession(summary, actions);
            Collect(actions);
        }
    }

    private static EventBatch Copy(EventBatch batch)
    {
        var copy = new EventBatch(Math.Max(1, batch.Count))
        {
            Subject = batch.Subject,
            Device = batch.Device,
            KeyVersion = batch.KeyVersion,
            ScreenWidth = batch.ScreenWidth,
            ScreenHeight = batch.ScreenHeight,
        };
        foreach (InteractionEvent e in batch.Events)
        {
            copy.Add(e);
        }

        return copy;
    }
}
