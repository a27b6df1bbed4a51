using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Pipeline.Processing.Idle;
using Pipeline.Schemas.Model;

namespace Pipeline.Processing.Sessions;

/// <summary>
/// Event-time session windows over one subject's events: the gap, the grace and the two ways a session closes.
/// <list type="bullet">
/// <item>A session is a maximal run of events whose consecutive times are at most <see cref="SessionOptions.Gap"/>
/// apart. An event may arrive up to <see cref="SessionOptions.Grace"/> behind its subject's stream time; later ones
/// are late. A late-but-allowed event that bridges two open sessions merges them: the earlier keeps its id and lists
/// the later in <see cref="SessionSummary.MergedFrom"/>.</item>
/// <item>A session closes when stream time minus grace is past its end plus gap (no allowed event can join it any
/// more), or, once its subject has been quiet in wall time for <see cref="SessionOptions.QuietTimeout"/>, when the
/// wall clock is past its end plus gap plus grace.</item>
/// </list>
/// The horizon that closes sessions also makes their idle gaps final (<see cref="IdleDetector"/>). Keeps no state of
/// its own: it works on a <see cref="SubjectSessions"/>.
/// </summary>
internal sealed class SessionWindows
{
    private readonly long _gap;
    private readonly long _grace;
    private readonly long _quiet;
    private readonly IdleDetector _idle;

    public SessionWindows(SessionOptions options, IdleDetector idle)
    {
        _gap = Micros(options.Gap);
        _grace = Micros(options.Grace);
        _quiet = Micros(options.QuietTimeout);
        _idle = idle;
    }

    /// <summary>The deterministic id of a session: a hash of the subject pseudonym and the session's first event time.</summary>
    public static string SessionId(string subject, long firstEventMicros)
    {
        Span<byte> input = stackalloc byte[(subject.Length * 3) + 9];
        int n = Encoding.UTF8.GetBytes(subject, input);
        input[n++] = (byte)'|';
        BinaryPrimitives.WriteInt64BigEndian(input[n..], firstEventMicros);
        n += 8;
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(input[..n], hash);
        return Convert.ToHexStringLower(hash[..16]);
    }

    /// <summary>
    /// False when an event at <paramref name="time"/> is later than the grace period allows; otherwise moves the
    /// subject's stream time forward to it if it is the latest.
    /// </summary>
    public bool TryAdmit(SubjectSessions state, long time)
    {
        if (state.HasStreamTime && time < state.StreamTime - _grace)
        {
            return false;
        }

        if (!state.HasStreamTime || time > state.StreamTime)
        {
            state.StreamTime = time;
            state.HasStreamTime = true;
        }

        return true;
    }

    /// <summary>Puts an admitted event into the session it belongs to (joining, opening or merging sessions) and returns it.</summary>
    public SessionWindow Assign(string subject, SubjectSessions state, long time, bool isLock)
    {
        List<SessionWindow> windows = state.Windows;
        SessionWindow? join = null;
        int joinIndex = -1;
        for (int k = windows.Count - 1; k >= 0; k--)
        {
            SessionWindow w = windows[k];
            if (time > w.End + _gap)
            {
                break;
            }

            if (time < w.Start - _gap)
            {
                continue;
            }

            if (join is null)
            {
                join = w;
                joinIndex = k;
            }
            else
            {
                // The event bridges two sessions: the earlier one absorbs the later one.
                Merge(w, join);
                windows.RemoveAt(joinIndex);
                join = w;
                joinIndex = k;
            }
        }

        if (join is null)
        {
            join = new SessionWindow(SessionId(subject, time)) { Start = time, End = time };
            int at = windows.Count;
            while (at > 0 && windows[at - 1].Start > time)
            {
                at--;
            }

            windows.Insert(at, join);
        }

        join.Count++;
        if (time < join.Start)
        {
            join.Start = time;
        }

        if (time > join.End)
        {
            join.End = time;
        }

        _idle.Record(join.Runs, time, isLock);
        return join;
    }

    /// <summary>
    /// After a batch: closes the sessions no allowed event can join any more (stream time minus grace past their end
    /// plus gap) and emits the idle periods that became final in the others.
    /// </summary>
    public void CloseBehindStreamTime(string subject, SubjectSessions state, SessionOutput output)
    {
        long horizon = state.StreamTime - _grace;
        List<SessionWindow> windows = state.Windows;
        for (int k = 0; k < windows.Count;)
        {
            SessionWindow w = windows[k];
            if (horizon > w.End + _gap)
            {
                Close(subject, state, w, output);
                windows.RemoveAt(k);
            }
            else
            {
                FinalizeIdle(subject, state, w, horizon, output);
                k++;
            }
        }
    }

    /// <summary>Whether the subject has been quiet in wall time for the quiet timeout, so the wall clock may close its sessions.</summary>
    public bool IsQuiet(SubjectSessions state, long wallMicros) => wallMicros - state.LastWallMicros >= _quiet;

    /// <summary>
    /// The wall-clock close, for a quiet subject (<see cref="IsQuiet"/>): closes the sessions whose end plus gap plus
    /// grace the wall clock has passed, so a live session is not cut during an idle stretch.
    /// </summary>
    public void CloseByWallClock(string subject, SubjectSessions state, long wallMicros, SessionOutput output)
    {
        List<SessionWindow> windows = state.Windows;
        for (int k = 0; k < windows.Count;)
        {
            if (wallMicros > windows[k].End + _gap + _grace)
            {
                Close(subject, state, windows[k], output);
                windows.RemoveAt(k);
            }
            else
            {
                k++;
            }
        }
    }

    /// <summary>Closes every open session of the subject.</summary>
    public void CloseAll(string subject, SubjectSessions state, SessionOutput output)
    {
        foreach (SessionWindow w in state.Windows)
        {
            Close(subject, state, w, output);
        }

        state.Windows.Clear();
    }

    private static void Merge(SessionWindow earlier, SessionWindow later)
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

    private void FinalizeIdle(string subject, SubjectSessions state, SessionWindow w, long horizon, SessionOutput output) =>
        w.IdleMicros += _idle.TakeFinal(w.Runs, horizon, subject, state.KeyVersion, w.Id, output.Idle);

    private void Close(string subject, SubjectSessions state, SessionWindow w, SessionOutput output)
    {
        FinalizeIdle(subject, state, w, long.MaxValue, output);
        double idle = w.IdleMicros / 1e6;
        output.Closed.Add(new SessionSummary(w.Id, subject, state.KeyVersion, w.Start, w.End, w.Count,
            ((w.End - w.Start) / 1e6) - idle, idle, w.MergedFrom is null ? [] : w.MergedFrom.ToArray()));
    }

    internal static long Micros(TimeSpan span) => span.Ticks / TimeSpan.TicksPerMicrosecond;
}
