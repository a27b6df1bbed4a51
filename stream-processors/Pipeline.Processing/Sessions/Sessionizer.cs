using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Pipeline.Schemas.Model;

namespace Pipeline.Processing.Sessions;

/// <summary>
/// Event-time session windows and idle periods per subject pseudonym, for the subjects of one input partition.
/// <list type="bullet">
/// <item>A session is a maximal run of events whose consecutive times are at most <see cref="SessionOptions.Gap"/>
/// apart. An event may arrive up to <see cref="SessionOptions.Grace"/> behind its subject's stream time (latest event
/// time); later ones are taken out as late. A late-but-allowed event that bridges two open sessions merges them: the
/// earlier keeps its id and lists the later in <see cref="SessionSummary.MergedFrom"/>.</item>
/// <item>A session closes when stream time minus grace is past its end plus gap (no allowed event can join it any
/// more), or on <see cref="Punctuate"/> when its subject has been quiet in wall time and the wall clock is past its end
/// plus gap plus grace.</item>
/// <item>Idle: inside a session, the gap after a lock signal (<see cref="EventKind.Lock"/>) until the next event, and
/// any other gap between consecutive events longer than <see cref="SessionOptions.IdleThreshold"/>; the latter is a
/// pause when the consent history shows a pause in it. An idle period is emitted once no allowed event can still
/// fall into it; idle time is excluded from active time.</item>
/// </list>
/// State per session is its span, count and "runs" (stretches of activity separated by idle gaps) that are not
/// final yet, so memory and changelog size grow with idle gaps, not with events. Not thread-safe.
/// </summary>
public sealed class Sessionizer
{
    private const byte StateFormat = 1;

    private readonly long _gap;
    private readonly long _grace;
    private readonly long _threshold;
    private readonly long _quiet;
    private readonly IPauseHistory? _pauses;
    private readonly Dictionary<string, SubjectState> _subjects = new(StringComparer.Ordinal);
    private readonly HashSet<string> _changed = new(StringComparer.Ordinal);
    private readonly HashSet<string> _removed = new(StringComparer.Ordinal);

    public Sessionizer(SessionOptions options, IPauseHistory? pauses = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _gap = Micros(options.Gap);
        _grace = Micros(options.Grace);
        _threshold = Micros(options.IdleThreshold);
        _quiet = Micros(options.QuietTimeout);
        _pauses = pauses;
    }

    /// <summary>Subjects with state (an open session or a recent stream time).</summary>
    public int Subjects => _subjects.Count;

    /// <summary>Open sessions across all subjects.</summary>
    public int OpenSessions { get; private set; }

    /// <summary>Whether <paramref name="subjectPseudonym"/> has an open session (key rotation keeps its version until it closes).</summary>
    public bool HasOpenSession(string subjectPseudonym) =>
        _subjects.TryGetValue(subjectPseudonym, out SubjectState? state) && state.Sessions.Count > 0;

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
        if (!_subjects.TryGetValue(subject, out SubjectState? state))
        {
            state = new SubjectState(batch.KeyVersion);
            _subjects.Add(subject, state);
            _removed.Remove(subject);
        }

        state.LastWallMicros = wallMicros;
        Span<InteractionEvent> events = batch.Events;
        int kept = 0;
        for (int i = 0; i < events.Length; i++)
        {
            ref InteractionEvent e = ref events[i];
            if (state.HasStreamTime && e.TimeMicros < state.StreamTime - _grace)
            {
                output.Late.Add(in e);
                continue;
            }

            if (!state.HasStreamTime || e.TimeMicros > state.StreamTime)
            {
                state.StreamTime = e.TimeMicros;
                state.HasStreamTime = true;
            }

            e.SessionId = Insert(subject, state, e.TimeMicros, e.Kind == EventKind.Lock).Id;
            if (kept != i)
            {
                events[kept] = e;
            }

            kept++;
        }

        batch.Truncate(kept);
        Advance(subject, state, output);
        _changed.Add(subject);
    }

    /// <summary>
    /// The wall-clock punctuation: closes the sessions of subjects quiet for the quiet timeout whose end plus gap plus
    /// grace the wall clock has passed, and forgets subjects left without sessions. Call about once a second.
    /// </summary>
    public void Punctuate(long wallMicros, SessionOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach ((string subject, SubjectState state) in _subjects)
        {
            if (wallMicros - state.LastWallMicros < _quiet)
            {
                continue;
            }

            List<Session> sessions = state.Sessions;
            for (int k = 0; k < sessions.Count;)
            {
                if (wallMicros > sessions[k].End + _gap + _grace)
                {
                    Close(subject, state, sessions[k], output);
                    sessions.RemoveAt(k);
                    _changed.Add(subject);
                }
                else
                {
                    k++;
                }
            }

            if (sessions.Count == 0)
            {
                Forget(subject);
            }
        }
    }

    /// <summary>Closes every open session, e.g. at the end of a bounded batch run or in tests.</summary>
    public void CloseAll(SessionOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach ((string subject, SubjectState state) in _subjects)
        {
            foreach (Session session in state.Sessions)
            {
                Close(subject, state, session, output);
            }

            state.Sessions.Clear();
            Forget(subject);
        }
    }

    /// <summary>Whether a <see cref="Punctuate"/> could still close something: some session is open.</summary>
    public bool HasPendingWork => OpenSessions > 0;

    /// <summary>Moves the subjects whose state changed, and those forgotten, since the last call into the lists.</summary>
    public void TakeChanges(List<string> changed, List<string> removed)
    {
        ArgumentNullException.ThrowIfNull(changed);
        ArgumentNullException.ThrowIfNull(removed);
        foreach (string subject in _changed)
        {
            if (_subjects.ContainsKey(subject))
            {
                changed.Add(subject);
            }
        }

        foreach (string subject in _removed)
        {
            removed.Add(subject);
        }

        _changed.Clear();
        _removed.Clear();
    }

    /// <summary>Adds every subject with state to <paramref name="subjects"/> (for a full changelog snapshot).</summary>
    public void AllSubjects(List<string> subjects)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        foreach (string subject in _subjects.Keys)
        {
            subjects.Add(subject);
        }
    }

    /// <summary>Writes the state of one subject for the changelog (its value; the key is the pseudonym).</summary>
    public void WriteState(string subject, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        SubjectState state = _subjects[subject];
        var w = new StateWriter(output);
        w.Byte(StateFormat);
        w.Int(state.KeyVersion);
        w.Long(state.StreamTime);
        w.Int(state.Sessions.Count);
        foreach (Session s in state.Sessions)
        {
            w.String(s.Id);
            w.Long(s.Start);
            w.Long(s.End);
            w.Long(s.Count);
            w.Long(s.IdleMicros);
            w.Int(s.MergedFrom?.Count ?? 0);
            if (s.MergedFrom is not null)
            {
                foreach (string id in s.MergedFrom)
                {
                    w.String(id);
                }
            }

            w.Int(s.Runs.Count);
            foreach (Run r in s.Runs)
            {
                w.Long(r.First);
                w.Long(r.Last);
                w.Byte(r.EndsWithLock ? (byte)1 : (byte)0);
            }
        }
    }

    /// <summary>Restores one subject from its latest changelog value; an empty value (tombstone) forgets it.</summary>
    public void RestoreState(string subject, ReadOnlySpan<byte> value, long wallMicros)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (_subjects.Remove(subject, out SubjectState? old))
        {
            OpenSessions -= old.Sessions.Count;
        }

        if (value.IsEmpty)
        {
            return;
        }

        var r = new StateReader(value);
        if (r.Byte() != StateFormat)
        {
            throw new InvalidDataException("processor state record has an unknown format");
        }

        var state = new SubjectState(r.Int()) { StreamTime = r.Long(), HasStreamTime = true, LastWallMicros = wallMicros };
        int sessions = r.Count();
        for (int i = 0; i < sessions; i++)
        {
            var s = new Session(r.String()) { Start = r.Long(), End = r.Long(), Count = r.Long(), IdleMicros = r.Long() };
            int merged = r.Count();
            for (int m = 0; m < merged; m++)
            {
                (s.MergedFrom ??= []).Add(r.String());
            }

            int runs = r.Count();
            for (int k = 0; k < runs; k++)
            {
                s.Runs.Add(new Run(r.Long(), r.Long(), r.Byte() != 0));
            }

            state.Sessions.Add(s);
        }

        if (!r.AtEnd)
        {
            throw new InvalidDataException("processor state record has trailing bytes");
        }

        OpenSessions += state.Sessions.Count;
        _subjects[subject] = state;
    }

    /// <summary>The deterministic id of a session: a hash of the subject pseudonym and the session's first event time.</summary>
    public static string SessionId(string subject, long firstEventMicros)
    {
        ArgumentNullException.ThrowIfNull(subject);
        Span<byte> input = stackalloc byte[(subject.Length * 3) + 9];
        int n = Encoding.UTF8.GetBytes(subject, input);
        input[n++] = (byte)'|';
        BinaryPrimitives.WriteInt64BigEndian(input[n..], firstEventMicros);
        n += 8;
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(input[..n], hash);
        return Convert.ToHexStringLower(hash[..16]);
    }

    private Session Insert(string subject, SubjectState state, long t, bool isLock)
    {
        List<Session> sessions = state.Sessions;
        Session? join = null;
        int joinIndex = -1;
        for (int k = sessions.Count - 1; k >= 0; k--)
        {
            Session s = sessions[k];
            if (t > s.End + _gap)
            {
                break;
            }

            if (t < s.Start - _gap)
            {
                continue;
            }

            if (join is null)
            {
                join = s;
                joinIndex = k;
            }
            else
            {
                // The event bridges two sessions: the earlier one absorbs the later one.
                Merge(s, join);
                sessions.RemoveAt(joinIndex);
                OpenSessions--;
                join = s;
                joinIndex = k;
            }
        }

        if (join is null)
        {
            join = new Session(SessionId(subject, t)) { Start = t, End = t };
            int at = sessions.Count;
            while (at > 0 && sessions[at - 1].Start > t)
            {
                at--;
            }

            sessions.Insert(at, join);
            OpenSessions++;
        }

        join.Count++;
        if (t < join.Start)
        {
            join.Start = t;
        }

        if (t > join.End)
        {
            join.End = t;
        }

        InsertRun(join.Runs, t, isLock);
        return join;
    }

    private static void Merge(Session earlier, Session later)
    {
        earlier.Runs.AddRange(later.Runs);
        earlier.End = Math.Max(earlier.End, later.End);
        earlier.Count += later.Count;
        earlier.IdleMicros += later.IdleMicros;
        earlier.MergedFrom ??= [];
        earlier.MergedFrom.Add(later.Id);
        if (later.MergedFrom is not null)
        {
            earlier.MergedFrom.AddRange(later.MergedFrom);
        }
    }

    /// <summary>
    /// Adds one event to the runs: a run is a maximal stretch whose consecutive events are at most the idle threshold
    /// apart, where a lock event always ends its run. Gaps between runs are the idle periods.
    /// </summary>
    private void InsertRun(List<Run> runs, long t, bool isLock)
    {
        // L: the last run starting at or before t; N: the one after it. Events mostly arrive in order, so from the end.
        int l = runs.Count - 1;
        while (l >= 0 && runs[l].First > t)
        {
            l--;
        }

        int n = l + 1;
        if (l >= 0 && t <= runs[l].Last)
        {
            // Inside an existing stretch. A lock exactly at its end makes the following gap a lock; a lock arriving
            // out of order strictly inside a stretch cannot split it (the events around it are not kept).
            if (isLock && t == runs[l].Last)
            {
                runs[l] = runs[l] with { EndsWithLock = true };
            }

            return;
        }

        bool joinLeft = l >= 0 && !runs[l].EndsWithLock && t - runs[l].Last <= _threshold;
        bool joinRight = !isLock && n < runs.Count && runs[n].First - t <= _threshold;
        if (joinLeft && joinRight)
        {
            runs[l] = new Run(runs[l].First, runs[n].Last, runs[n].EndsWithLock);
            runs.RemoveAt(n);
        }
        else if (joinLeft)
        {
            runs[l] = new Run(runs[l].First, t, isLock);
        }
        else if (joinRight)
        {
            runs[n] = runs[n] with { First = t };
        }
        else
        {
            runs.Insert(n, new Run(t, t, isLock));
        }
    }

    private void Advance(string subject, SubjectState state, SessionOutput output)
    {
        long horizon = state.StreamTime - _grace;
        List<Session> sessions = state.Sessions;
        for (int k = 0; k < sessions.Count;)
        {
            Session s = sessions[k];
            if (horizon > s.End + _gap)
            {
                Close(subject, state, s, output);
                sessions.RemoveAt(k);
            }
            else
            {
                FinalizeIdle(subject, state, s, horizon, output);
                k++;
            }
        }
    }

    /// <summary>Emits the gaps that end at or before <paramref name="horizon"/>: no allowed event can fall into them.</summary>
    private void FinalizeIdle(string subject, SubjectState state, Session s, long horizon, SessionOutput output)
    {
        List<Run> runs = s.Runs;
        int final = 0;
        while (final + 1 < runs.Count && runs[final + 1].First <= horizon)
        {
            long from = runs[final].Last;
            long to = runs[final + 1].First;
            IdleReason reason = runs[final].EndsWithLock ? IdleReason.Lock
                : _pauses is not null && _pauses.WasPausedBetween(subject, from, to) ? IdleReason.Pause
                : IdleReason.Inactivity;
            output.Idle.Add(new IdlePeriod(subject, state.KeyVersion, s.Id, from, to, reason));
            s.IdleMicros += to - from;
            final++;
        }

        if (final > 0)
        {
            runs.RemoveRange(0, final);
        }
    }

    private void Close(string subject, SubjectState state, Session s, SessionOutput output)
    {
        FinalizeIdle(subject, state, s, long.MaxValue, output);
        double idle = s.IdleMicros / 1e6;
        output.Closed.Add(new SessionSummary(s.Id, subject, state.KeyVersion, s.Start, s.End, s.Count,
            ((s.End - s.Start) / 1e6) - idle, idle, s.MergedFrom is null ? [] : s.MergedFrom.ToArray()));
        OpenSessions--;
    }

    private void Forget(string subject)
    {
        _subjects.Remove(subject);
        _changed.Remove(subject);
        _removed.Add(subject);
    }

    private static long Micros(TimeSpan span) => span.Ticks / TimeSpan.TicksPerMicrosecond;

    private readonly record struct Run(long First, long Last, bool EndsWithLock);

    private sealed class Session(string id)
    {
        public string Id { get; } = id;
        public long Start { get; set; }
        public long End { get; set; }
        public long Count { get; set; }
        public long IdleMicros { get; set; }
        public List<string>? MergedFrom { get; set; }
        public List<Run> Runs { get; } = [];
    }

    private sealed class SubjectState(int keyVersion)
    {
        public int KeyVersion { get; } = keyVersion;
        public long StreamTime { get; set; }
        public bool HasStreamTime { get; set; }
        public long LastWallMicros { get; set; }
        public List<Session> Sessions { get; } = [];
    }

    private ref struct StateWriter(IBufferWriter<byte> output)
    {
        public readonly void Byte(byte value)
        {
            output.GetSpan(1)[0] = value;
            output.Advance(1);
        }

        public readonly void Int(int value)
        {
            BinaryPrimitives.WriteInt32LittleEndian(output.GetSpan(4), value);
            output.Advance(4);
        }

        public readonly void Long(long value)
        {
            BinaryPrimitives.WriteInt64LittleEndian(output.GetSpan(8), value);
            output.Advance(8);
        }

        public readonly void String(string value)
        {
            int length = Encoding.UTF8.GetByteCount(value);
            Int(length);
            Encoding.UTF8.GetBytes(value, output.GetSpan(length));
            output.Advance(length);
        }
    }

    private ref struct StateReader(ReadOnlySpan<byte> input)
    {
        private readonly ReadOnlySpan<byte> _input = input;
        private int _at;

        public readonly bool AtEnd => _at == _input.Length;

        public byte Byte() => Take(1)[0];

        public int Int() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

        public long Long() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

        public int Count()
        {
            int n = Int();
            return n is >= 0 and <= 1_000_000 ? n : throw new InvalidDataException("processor state record has a bad count");
        }

        public string String() => Encoding.UTF8.GetString(Take(Count()));

        private ReadOnlySpan<byte> Take(int n)
        {
            if (_input.Length - _at < n)
            {
                throw new InvalidDataException("processor state record is truncated");
            }

            ReadOnlySpan<byte> slice = _input.Slice(_at, n);
            _at += n;
            return slice;
        }
    }
}
