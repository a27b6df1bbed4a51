using System.Buffers;
using Pipeline.Processing.Sessions;
using Pipeline.Processing.State;
using Pipeline.Schemas.Model;

namespace Pipeline.Processing.Actions;

/// <summary>
/// Reduces clean events into actions, per device, streaming and without Kafka: a function over clean batches with
/// the output passed in, its state per subject pseudonym for the changelog. The rules (defaults in
/// <see cref="ActionOptions"/>), over each device's events in sequence order:
/// <list type="bullet">
/// <item><b>Buttons.</b> A press pairs with the next release of its button, unless the button is pressed again, the
/// screen locks or <see cref="ActionOptions.MaxHold"/> passes first. The pair is a <c>drag</c> when the release lands
/// beyond <see cref="ActionOptions.ClickSlop"/> of the press, or the press was held past
/// <see cref="ActionOptions.DragHoldTime"/> while the pointer travelled beyond the slop; otherwise a click of its
/// button (<c>click</c>, <c>right_click</c>, <c>middle_click</c>; back and forward are <c>click</c>s). A quick left click
/// (released within <see cref="ActionOptions.ClickTime"/>) followed, with no other button, key, wheel or focus event in
/// between, by a second quick left click pressed within <see cref="ActionOptions.DoubleClickTime"/> of the first press
/// and <see cref="ActionOptions.DoubleClickSlop"/> of its place is one <c>double_click</c>; a third starts afresh.
/// A press never released is a <c>mouse_down</c>; a release without its press a <c>mouse_up</c>.</item>
/// <item><b>Wheel.</b> Notches at most <see cref="ActionOptions.ScrollGap"/> apart, with no button press, key press,
/// focus change or lock between them, are one <c>scroll</c> with dx and dy summed.</item>
/// <item><b>Keys.</b> Key presses with no modifier held, at most <see cref="ActionOptions.TypeGap"/> apart, not
/// interrupted by a button press, a modifier, a focus change or a lock, are one <c>type</c>. A modifier press starts a
/// <c>hotkey</c> holding every key pressed until its modifiers are released (a count: key classes cannot tell two
/// modifiers apart), a focus change or lock, or <see cref="ActionOptions.HotkeyIdle"/> without any key event. Either
/// is split after <see cref="ActionOptions.MaxKeysPerAction"/> presses. Every key press is in exactly one action.</item>
/// <item><b>Focus.</b> Each focus event is a <c>focus</c> action with the (already scrubbed) application.</item>
/// <item><b>Pre-move path.</b> A pointer action carries the moves since the device's previous button or wheel event
/// (the latest <see cref="ActionOptions.PathWindow"/> of them), thinned by Ramer–Douglas–Peucker at
/// <see cref="ActionOptions.PathTolerance"/> and bounded to <see cref="ActionOptions.MaxPathPoints"/>.</item>
/// <item><b>Sessions.</b> Nothing pending crosses a gap longer than the session gap on the device, and a device's
/// pending state closes when the session of its last event closes (<see cref="CloseSession"/>), so every action lies
/// inside one session. An action's session is that of its first event.</item>
/// </list>
/// Events whose sequence number is not above the last one seen for their device are repeats and are skipped, so a
/// replay changes nothing. A device's event times are taken as non-decreasing (a clock stepping back is held at the
/// last time). Decided actions of a device leave in the order they started. Not thread-safe.
/// </summary>
public sealed class ActionReducer
{
    private const byte StateFormat = 1;

    private readonly ActionSettings _settings;
    private readonly SubjectStates<SubjectActions> _subjects = new();

    /// <summary>Creates a reducer; <paramref name="sessions"/> must be the sessionizer's options (its gap and grace bound the rules).</summary>
    /// <exception cref="ArgumentException">An option is unusable, or a time rule is not shorter than the session gap.</exception>
    public ActionReducer(ActionOptions options, SessionOptions sessions)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sessions);
        options.Validate();
        sessions.Validate();
        if (options.MaxHold >= sessions.Gap || options.TypeGap >= sessions.Gap || options.HotkeyIdle >= sessions.Gap
            || options.ScrollGap >= sessions.Gap || options.DoubleClickTime >= sessions.Gap)
        {
            throw new ArgumentException($"action time rules must be shorter than the session gap {sessions.Gap}");
        }

        _settings = new ActionSettings(options, sessions);
    }

    /// <summary>Whether <paramref name="subject"/> has state (for the changelog container's actions section).</summary>
    public bool HasState(string subject) => _subjects.Contains(subject);

    /// <summary>Subjects with state.</summary>
    public int Subjects => _subjects.Count;

    /// <summary>Devices with state, across subjects.</summary>
    public int Devices { get; private set; }

    /// <summary>Events skipped as repeats (sequence number not above their device's last) since this reducer was created.</summary>
    public long RepeatsSkipped { get; private set; }

    /// <summary>
    /// Reduces the events of <paramref name="clean"/> (one device of one subject pseudonym, session ids and screen
    /// geometry set, late events already taken out) and appends the actions decided to <paramref name="output"/>,
    /// which must be empty or hold this subject's actions. Then lets the passage of event time decide what it can
    /// for the subject's other devices: no allowed event is older than the subject's latest event time minus grace.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="output"/> holds another subject's actions.</exception>
    public void Process(EventBatch clean, ActionBatch output)
    {
        ArgumentNullException.ThrowIfNull(clean);
        ArgumentNullException.ThrowIfNull(output);
        if (clean.Count == 0)
        {
            return;
        }

        string subject = clean.Subject;
        if (!_subjects.TryGetValue(subject, out SubjectActions? state))
        {
            state = new SubjectActions(clean.KeyVersion);
            _subjects.Add(subject, state);
        }

        Begin(output, subject, state);
        DeviceActions? device = state.Find(clean.Device);
        if (device is null)
        {
            device = new DeviceActions(clean.Device, _settings);
            state.Devices.Add(device);
            Devices++;
        }

        int width = clean.ScreenWidth;
        int height = clean.ScreenHeight;
        List<InteractionAction> actions = output.Actions;
        foreach (ref readonly InteractionEvent e in clean.Events)
        {
            if (!device.Apply(in e, width, height, actions))
            {
                RepeatsSkipped++;
                continue;
            }

            if (!state.HasStreamTime || e.TimeMicros > state.StreamTime)
            {
                state.StreamTime = e.TimeMicros;
                state.HasStreamTime = true;
            }
        }

        long horizon = state.StreamTime - _settings.Grace;
        List<DeviceActions> devices = state.Devices;
        for (int i = 0; i < devices.Count; i++)
        {
            devices[i].Advance(horizon, actions);
        }

        _subjects.MarkChanged(subject);
    }

    /// <summary>
    /// Decides what the passage of event time decides for <paramref name="subject"/> once no event of it can come
    /// before <paramref name="horizonMicros"/> (a typing run whose gap has passed, a click whose double-click time has),
    /// appending to <paramref name="output"/>. <see cref="Process"/> already does this at the subject's latest event
    /// time minus grace; a later horizon may decide an action that an allowed late event would have changed.
    /// </summary>
    public void Advance(string subject, long horizonMicros, ActionBatch output)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(output);
        if (!_subjects.TryGetValue(subject, out SubjectActions? state))
        {
            return;
        }

        Begin(output, subject, state);
        List<DeviceActions> devices = state.Devices;
        for (int i = 0; i < devices.Count; i++)
        {
            devices[i].Advance(horizonMicros, output.Actions);
        }

        // Even with nothing let out, an action may have been decided and be waiting: the state changed.
        _subjects.MarkChanged(subject);
    }

    /// <summary>
    /// The session <paramref name="closed"/> closed (the sessionizer's output): closes the pending state of every
    /// device whose last event belongs to it (or to a session merged into it), appends the actions to
    /// <paramref name="output"/>, and forgets those devices (and the subject when none is left).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="output"/> holds another subject's actions.</exception>
    public void CloseSession(SessionSummary closed, ActionBatch output)
    {
        ArgumentNullException.ThrowIfNull(closed);
        ArgumentNullException.ThrowIfNull(output);
        if (!_subjects.TryGetValue(closed.Subject, out SubjectActions? state))
        {
            return;
        }

        Begin(output, closed.Subject, state);
        List<DeviceActions> devices = state.Devices;
        for (int i = 0; i < devices.Count;)
        {
            if (BelongsTo(devices[i].LastSessionId, closed))
            {
                devices[i].Close(output.Actions);
                devices.RemoveAt(i);
                Devices--;
                _subjects.MarkChanged(closed.Subject);
            }
            else
            {
                i++;
            }
        }

        if (devices.Count == 0)
        {
            Forget(closed.Subject);
        }
    }

    /// <summary>Closes everything pending for <paramref name="subject"/> and forgets it (the end of a bounded run, or tests).</summary>
    public void CloseSubject(string subject, ActionBatch output)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(output);
        if (!_subjects.TryGetValue(subject, out SubjectActions? state))
        {
            return;
        }

        Begin(output, subject, state);
        foreach (DeviceActions device in state.Devices)
        {
            device.Close(output.Actions);
        }

        Devices -= state.Devices.Count;
        Forget(subject);
    }

    /// <summary>
    /// Forgets <paramref name="subject"/> (a pseudonym of an erased person) without letting anything out: what it held
    /// belongs to someone erased. True when it had state (its removal then shows in <see cref="TakeChanges"/>).
    /// </summary>
    public bool Erase(string subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (!_subjects.TryGetValue(subject, out SubjectActions? state))
        {
            return false;
        }

        Devices -= state.Devices.Count;
        Forget(subject);
        return true;
    }

    /// <summary>Moves the subjects whose state changed, and those forgotten, since the last call into the lists.</summary>
    public void TakeChanges(List<string> changed, List<string> removed) => _subjects.TakeChanges(changed, removed);

    /// <summary>Adds every subject with state to <paramref name="subjects"/> (for a full changelog snapshot).</summary>
    public void AllSubjects(List<string> subjects) => _subjects.AllSubjects(subjects);

    /// <summary>
    /// Writes the state of one subject for the changelog (format 1: the key version, the stream time, then each
    /// device's last sequence number and time, session, application, held modifiers, raw path, open key run, open
    /// scroll run, pending presses, awaiting click and decided actions not yet let out).
    /// </summary>
    /// <exception cref="KeyNotFoundException">The subject has no state.</exception>
    public void WriteState(string subject, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        SubjectActions state = _subjects[subject];
        var w = new ActionStateWriter(output);
        w.Byte(StateFormat);
        w.Int(state.KeyVersion);
        w.Bool(state.HasStreamTime);
        w.Long(state.StreamTime);
        w.Int(state.Devices.Count);
        foreach (DeviceActions device in state.Devices)
        {
            device.Write(ref w);
        }

        w.Flush();
    }

    /// <summary>Restores one subject from its latest changelog value; an empty value (tombstone) forgets it.</summary>
    /// <exception cref="InvalidDataException">The value is not a state this build can read.</exception>
    public void RestoreState(string subject, ReadOnlySpan<byte> value)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (_subjects.RemoveRestored(subject, out SubjectActions? old))
        {
            Devices -= old.Devices.Count;
        }

        if (value.IsEmpty)
        {
            return;
        }

        var r = new ActionStateReader(value);
        if (r.Byte() != StateFormat)
        {
            throw new InvalidDataException("action state record has an unknown format");
        }

        var state = new SubjectActions(r.Int()) { HasStreamTime = r.Bool(), StreamTime = r.Long() };
        int devices = r.Count(1);
        for (int i = 0; i < devices; i++)
        {
            state.Devices.Add(DeviceActions.Read(ref r, _settings));
        }

        if (!r.AtEnd)
        {
            throw new InvalidDataException("action state record has trailing bytes");
        }

        Devices += state.Devices.Count;
        _subjects.SetRestored(subject, state);
    }

    private static void Begin(ActionBatch output, string subject, SubjectActions state)
    {
        if (output.Count == 0)
        {
            output.Subject = subject;
            output.KeyVersion = state.KeyVersion;
        }
        else if (!string.Equals(output.Subject, subject, StringComparison.Ordinal))
        {
            throw new ArgumentException("the output batch holds another subject's actions", nameof(output));
        }
    }

    private static bool BelongsTo(string sessionId, SessionSummary closed)
    {
        if (string.Equals(sessionId, closed.SessionId, StringComparison.Ordinal))
        {
            return true;
        }

        IReadOnlyList<string> merged = closed.MergedFrom;
        for (int i = 0; i < merged.Count; i++)
        {
            if (string.Equals(sessionId, merged[i], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private void Forget(string subject) => _subjects.Forget(subject);

    /// <summary>One subject's devices (a person has one to a few: a list beats a dictionary) and stream time.</summary>
    private sealed class SubjectActions(int keyVersion)
    {
        public int KeyVersion { get; } = keyVersion;
        public long StreamTime { get; set; }
        public bool HasStreamTime { get; set; }
        public List<DeviceActions> Devices { get; } = [];

        public DeviceActions? Find(string device)
        {
            for (int i = 0; i < Devices.Count; i++)
            {
                if (string.Equals(Devices[i].Device, device, StringComparison.Ordinal))
                {
                    return Devices[i];
                }
            }

            return null;
        }
    }
}
