using System.Buffers;
using Pipeline.Processing.Idle;
using Pipeline.Processing.State;
using Pipeline.Schemas.Model;

namespace Pipeline.Processing.Sessions;

/// <summary>
/// The sessions-and-idle stage for the subjects of one input partition: keeps each subject pseudonym's
/// <see cref="SubjectSessions"/>, runs the event-time session windows over them (<see cref="SessionWindows"/>: gap,
/// grace, merging, closing) with idle detection inside each session (<see cref="IdleDetector"/>: runs of input, the
/// idle threshold, lock and pause signals), and tracks which subjects changed for the changelog, whose values
/// <see cref="SessionStateCodec"/> writes and reads.
/// </summary>
/// <remarks>
/// State per session is its span, count and the runs of input that are not final yet, so memory and changelog size
/// grow with idle gaps, not with events. Not thread-safe.
/// </remarks>
public sealed class Sessionizer
{
    private readonly SessionWindows _windows;
    private readonly SubjectStates<SubjectSessions> _subjects = new();

    public Sessionizer(SessionOptions options, IPauseHistory? pauses = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _windows = new SessionWindows(options, new IdleDetector(SessionWindows.Micros(options.IdleThreshold), pauses));
    }

    /// <summary>Subjects with state (an open session or a recent stream time).</summary>
    public int Subjects => _subjects.Count;

    /// <summary>Open sessions across all subjects.</summary>
    public int OpenSessions { get; private set; }

    /// <summary>Whether a <see cref="Punctuate"/> could still close something: some session is open.</summary>
    public bool HasPendingWork => OpenSessions > 0;

    /// <summary>The deterministic id of a session: a hash of the subject pseudonym and the session's first event time.</summary>
    public static string SessionId(string subject, long firstEventMicros)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return SessionWindows.SessionId(subject, firstEventMicros);
    }

    /// <summary>Whether <paramref name="subjectPseudonym"/> has state (an open session or a recent stream time).</summary>
    public bool HasState(string subjectPseudonym) => _subjects.Contains(subjectPseudonym);

    /// <summary>Whether <paramref name="subjectPseudonym"/> has an open session (key rotation keeps its version until it closes).</summary>
    public bool HasOpenSession(string subjectPseudonym) =>
        _subjects.TryGetValue(subjectPseudonym, out SubjectSessions? state) && state.Windows.Count > 0;

    /// <summary>
    /// Assigns every event of <paramref name="batch"/> (one subject pseudonym, <see cref="EventBatch.KeyVersion"/> set)
    /// to a session, writing its id into <see cref="InteractionEvent.SessionId"/>; moves late events to
    /// <see cref="SessionOutput.Late"/>; then emits the idle periods and sessions that became final.
    /// </summary>
    public void Process(EventBatch batch, long wallMicros, SessionOutput output)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(output);
        string subject = batch.Subject;
        if (!_subjects.TryGetValue(subject, out SubjectSessions? state))
        {
            state = new SubjectSessions(batch.KeyVersion);
            _subjects.Add(subject, state);
        }

        state.LastWallMicros = wallMicros;
        int open = state.Windows.Count;
        Span<InteractionEvent> events = batch.Events;
        int kept = 0;
        for (int i = 0; i < events.Length; i++)
        {
            ref InteractionEvent e = ref events[i];
            if (!_windows.TryAdmit(state, e.TimeMicros))
            {
                output.Late.Add(in e);
                continue;
            }

            e.SessionId = _windows.Assign(subject, state, e.TimeMicros, e.Kind == EventKind.Lock).Id;
            if (kept != i)
            {
                events[kept] = e;
            }

            kept++;
        }

        batch.Truncate(kept);
        _windows.CloseBehindStreamTime(subject, state, output);
        OpenSessions += state.Windows.Count - open;
        _subjects.MarkChanged(subject);
    }

    /// <summary>
    /// The wall-clock punctuation: closes the sessions of subjects quiet for the quiet timeout whose end plus gap plus
    /// grace the wall clock has passed, and forgets subjects left without sessions. Call about once a second.
    /// </summary>
    public void Punctuate(long wallMicros, SessionOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach ((string subject, SubjectSessions state) in _subjects)
        {
            if (!_windows.IsQuiet(state, wallMicros))
            {
                continue;
            }

            int open = state.Windows.Count;
            _windows.CloseByWallClock(subject, state, wallMicros, output);
            if (state.Windows.Count != open)
            {
                OpenSessions -= open - state.Windows.Count;
                _subjects.MarkChanged(subject);
            }

            if (state.Windows.Count == 0)
            {
                Forget(subject);
            }
        }
    }

    /// <summary>Closes every open session, e.g. at the end of a bounded batch run or in tests.</summary>
    public void CloseAll(SessionOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach ((string subject, SubjectSessions state) in _subjects)
        {
            OpenSessions -= state.Windows.Count;
            _windows.CloseAll(subject, state, output);
            Forget(subject);
        }
    }

    /// <summary>
    /// Drops <paramref name="subjectPseudonym"/>'s state without emitting anything (their person was erased: no summary
    /// or idle period of theirs may come out after the erasure); the changelog gets a tombstone. True if there was state.
    /// </summary>
    public bool Erase(string subjectPseudonym)
    {
        ArgumentNullException.ThrowIfNull(subjectPseudonym);
        if (!_subjects.TryGetValue(subjectPseudonym, out SubjectSessions? state))
        {
            return false;
        }

        OpenSessions -= state.Windows.Count;
        Forget(subjectPseudonym);
        return true;
    }

    /// <summary>Moves the subjects whose state changed, and those forgotten, since the last call into the lists.</summary>
    public void TakeChanges(List<string> changed, List<string> removed) => _subjects.TakeChanges(changed, removed);

    /// <summary>Adds every subject with state to <paramref name="subjects"/> (for a full changelog snapshot).</summary>
    public void AllSubjects(List<string> subjects) => _subjects.AllSubjects(subjects);

    /// <summary>Writes the state of one subject for the changelog (its value; the key is the pseudonym).</summary>
    public void WriteState(string subject, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        SessionStateCodec.Write(_subjects[subject], output);
    }

    /// <summary>Restores one subject from its latest changelog value; an empty value (tombstone) forgets it.</summary>
    /// <exception cref="InvalidDataException">The value is not a state record this version can read.</exception>
    public void RestoreState(string subject, ReadOnlySpan<byte> value, long wallMicros)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (_subjects.RemoveRestored(subject, out SubjectSessions? old))
        {
            OpenSessions -= old.Windows.Count;
        }

        if (value.IsEmpty)
        {
            return;
        }

        SubjectSessions state = SessionStateCodec.Read(value);
        state.LastWallMicros = wallMicros;
        OpenSessions += state.Windows.Count;
        _subjects.SetRestored(subject, state);
    }

    private void Forget(string subject) => _subjects.Forget(subject);
}
