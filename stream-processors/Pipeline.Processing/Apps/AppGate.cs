using System.Buffers;
using Pipeline.Privacy;
using Pipeline.Privacy.Pseudonyms;
using Pipeline.Processing.Consent;
using Pipeline.Schemas.Model;

namespace Pipeline.Processing.Apps;

/// <summary>
/// The stream's last application gate, the re-check of the device's allow-list before anything is stored: an
/// agent that is old, misconfigured or not ours sends what it sends, so the processor drops (reason
/// <c>app_not_allowed</c>) every event of a device while an application that its lists do not admit has focus, by
/// that device's latest focus event in event time, and the focus event itself, so that application's name reaches
/// no clean topic and no lake table. Runs on raw batches after consent and before scrubbing, and matches names as
/// the device does (<see cref="ApplicationList"/>).
/// </summary>
/// <remarks>
/// <para>Fail closed: an event of a device whose focus is not known (no focus event seen yet, or the event is older
/// than every focus change kept, <see cref="DeviceFocus.Capacity"/>) is dropped as <c>app_not_allowed</c> until a
/// focus on an admitted application arrives. The agents announce the focused application when capture starts and
/// after every refused stretch, so this costs a well-behaved device nothing.</para>
/// <para>State is per subject pseudonym (the changelog's key, under the key version the transform chose for the
/// batch), per device pseudonym: the last few focus changes as time and verdict, never the application's name. It
/// goes into the subject's changelog value as its own section (<see cref="AppGateStateCodec"/>), so it survives a
/// restart exactly and is erased with the subject. After a key rotation a device's state moves to the new key with
/// the device's next batch. With no list configured the gate does nothing and keeps nothing. Not thread-safe.</para>
/// </remarks>
public sealed class AppGate
{
    private readonly Pseudonymizer _pseudonymizer;
    private readonly ApplicationList _allow;
    private readonly ApplicationList _deny;
    private readonly Dictionary<string, SubjectFocus> _subjects = new(StringComparer.Ordinal);
    private readonly HashSet<string> _changed = new(StringComparer.Ordinal);

    public AppGate(AppGateOptions options, Pseudonymizer pseudonymizer)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(pseudonymizer);
        options.Validate();
        _pseudonymizer = pseudonymizer;
        _allow = new ApplicationList(options.AllowApps, "allow-apps");
        _deny = new ApplicationList(options.DenyApps, "deny-apps");
        IsActive = options.IsConfigured;
    }

    /// <summary>Whether a list is configured; without one <see cref="Filter"/> passes everything and keeps no state.</summary>
    public bool IsActive { get; }

    /// <summary>Subjects with focus state.</summary>
    public int Subjects => _subjects.Count;

    /// <summary>Whether the lists admit input while <paramref name="app"/> has focus (an unnamed application never is, once a list is set).</summary>
    public bool Admits(string? app) => !IsActive || ((_allow.IsEmpty ? !string.IsNullOrEmpty(app) : _allow.Contains(app)) && !_deny.Contains(app));

    /// <summary>
    /// Keeps the events of <paramref name="batch"/> (one subject and device, raw ids, consented) that the gate
    /// admits, in order, and counts the rest into <see cref="ConsentDrops.AppNotAllowed"/>. Focus events update the
    /// device's state whether they pass or not. The state is keyed by the pseudonyms of <paramref name="person"/>'s
    /// secret, like everything else the processor keeps. One lookup per batch; no allocation except for a device's
    /// first focus.
    /// </summary>
    public void Filter(EventBatch batch, PersonSecret person, int keyVersion, ref ConsentDrops dropped)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(person);
        if (!IsActive || batch.Count == 0)
        {
            return;
        }

        string subject = _pseudonymizer.Subject(person, keyVersion);
        string device = _pseudonymizer.Device(person, batch.Device, keyVersion);
        _subjects.TryGetValue(subject, out SubjectFocus? state);
        DeviceFocus? focus = state?.Find(device);
        if (focus is null && _pseudonymizer.Versions.Length > 1)
        {
            focus = MoveFromOtherVersion(batch, person, keyVersion, subject, device, ref state);
        }

        Span<InteractionEvent> events = batch.Events;
        int kept = 0;
        for (int i = 0; i < events.Length; i++)
        {
            ref InteractionEvent e = ref events[i];
            bool allowed;
            if (e.Kind == EventKind.Focus)
            {
                allowed = Admits(e.App);
                if (focus is null)
                {
                    focus = new DeviceFocus(device);
                    state ??= AddSubject(subject);
                    state.Add(focus);
                }

                if (focus.Record(e.TimeMicros, allowed))
                {
                    _changed.Add(subject);
                }
            }
            else
            {
                allowed = focus?.AllowedAt(e.TimeMicros) == true;
            }

            if (!allowed)
            {
                dropped.AppNotAllowed++;
                continue;
            }

            if (kept != i)
            {
                events[kept] = e;
            }

            kept++;
        }

        batch.Truncate(kept);
    }

    /// <summary>Forgets <paramref name="subject"/> (a pseudonym of an erased person); true when it had state.</summary>
    public bool Erase(string subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (!_subjects.Remove(subject))
        {
            return false;
        }

        _changed.Add(subject);
        return true;
    }

    /// <summary>Whether <paramref name="subject"/> (a pseudonym) has focus state.</summary>
    public bool HasState(string subject) => _subjects.ContainsKey(subject);

    /// <summary>Moves the subjects whose state changed (or went) since the last call into <paramref name="subjects"/>.</summary>
    public void TakeChanges(ISet<string> subjects)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        subjects.UnionWith(_changed);
        _changed.Clear();
    }

    /// <summary>Adds every subject with state to <paramref name="subjects"/>.</summary>
    public void AllSubjects(ISet<string> subjects)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        subjects.UnionWith(_subjects.Keys);
    }

    /// <summary>Writes the gate's section of <paramref name="subject"/>'s changelog value; false (nothing written) without state.</summary>
    public bool WriteState(string subject, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!_subjects.TryGetValue(subject, out SubjectFocus? state))
        {
            return false;
        }

        AppGateStateCodec.Write(state, output);
        return true;
    }

    /// <summary>Restores a subject from its changelog section; an empty section forgets the subject.</summary>
    /// <exception cref="InvalidDataException">The section is not one this version can read.</exception>
    public void RestoreState(string subject, ReadOnlySpan<byte> section)
    {
        ArgumentNullException.ThrowIfNull(subject);
        _subjects.Remove(subject);
        if (!section.IsEmpty)
        {
            _subjects[subject] = AppGateStateCodec.Read(section);
        }
    }

    private SubjectFocus AddSubject(string subject)
    {
        var state = new SubjectFocus();
        _subjects.Add(subject, state);
        return state;
    }

    /// <summary>After a key rotation: the device's state under another key version moves to <paramref name="keyVersion"/>'s keys.</summary>
    private DeviceFocus? MoveFromOtherVersion(EventBatch batch, PersonSecret person, int keyVersion, string subject, string device, ref SubjectFocus? state)
    {
        foreach (int version in _pseudonymizer.Versions)
        {
            if (version == keyVersion)
            {
                continue;
            }

            string otherSubject = _pseudonymizer.Subject(person, version);
            if (!_subjects.TryGetValue(otherSubject, out SubjectFocus? other)
                || !other.Remove(_pseudonymizer.Device(person, batch.Device, version), out DeviceFocus? moved))
            {
                continue;
            }

            if (other.Devices.Count == 0)
            {
                _subjects.Remove(otherSubject);
            }

            _changed.Add(otherSubject);
            _changed.Add(subject);
            moved!.Device = device;
            state ??= AddSubject(subject);
            state.Add(moved);
            return moved;
        }

        return null;
    }
}
