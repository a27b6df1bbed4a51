using Pipeline.Schemas.Model;

namespace Pipeline.Processing.Idle;

/// <summary>
/// Idle detection inside a session: keeps the session's runs of input (<see cref="InputRun"/>) as events arrive in
/// any order, and turns the gaps between runs into idle periods once they are final. A gap is idle when it follows a
/// lock signal (<see cref="IdleReason.Lock"/>, however short) or is longer than the idle threshold; such a gap is a
/// <see cref="IdleReason.Pause"/> when the consent history shows a pause inside it, else
/// <see cref="IdleReason.Inactivity"/>. A gap is final when it ends at or before the horizon the caller names (no
/// event still allowed to arrive can fall into it). Keeps no state of its own: the runs belong to the session.
/// </summary>
internal sealed class IdleDetector
{
    private readonly long _threshold;
    private readonly IPauseHistory? _pauses;

    /// <param name="thresholdMicros">Gaps longer than this between events are idle.</param>
    /// <param name="pauses">The consent history that tells a pause from inactivity; null: every gap is inactivity.</param>
    public IdleDetector(long thresholdMicros, IPauseHistory? pauses)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(thresholdMicros);
        _threshold = thresholdMicros;
        _pauses = pauses;
    }

    /// <summary>
    /// Adds an event at <paramref name="time"/> to <paramref name="runs"/> (ordered, disjoint): it extends, joins or
    /// starts a run; a lock event always ends its run.
    /// </summary>
    public void Record(List<InputRun> runs, long time, bool isLock)
    {
        // L: the last run starting at or before the time; N: the one after it. Events mostly arrive in order, so from the end.
        int l = runs.Count - 1;
        while (l >= 0 && runs[l].First > time)
        {
            l--;
        }

        int n = l + 1;
        if (l >= 0 && time <= runs[l].Last)
        {
            // Inside an existing stretch. A lock exactly at its end makes the following gap a lock; a lock arriving
            // out of order strictly inside a stretch cannot split it (the events around it are not kept).
            if (isLock && time == runs[l].Last)
            {
                runs[l] = runs[l] with { EndsWithLock = true };
            }

            return;
        }

        bool joinLeft = l >= 0 && !runs[l].EndsWithLock && time - runs[l].Last <= _threshold;
        bool joinRight = !isLock && n < runs.Count && runs[n].First - time <= _threshold;
        if (joinLeft && joinRight)
        {
            runs[l] = new InputRun(runs[l].First, runs[n].Last, runs[n].EndsWithLock);
            runs.RemoveAt(n);
        }
        else if (joinLeft)
        {
            runs[l] = new InputRun(runs[l].First, time, isLock);
        }
        else if (joinRight)
        {
            runs[n] = runs[n] with { First = time };
        }
        else
        {
            runs.Insert(n, new InputRun(time, time, isLock));
        }
    }

    /// <summary>
    /// Emits the idle periods of the session <paramref name="sessionId"/> that end at or before
    /// <paramref name="horizon"/> into <paramref name="idle"/>, drops the runs before them, and returns the idle time
    /// emitted (microseconds). <see cref="long.MaxValue"/> as horizon finalizes every gap (the session closes).
    /// </summary>
    public long TakeFinal(List<InputRun> runs, long horizon, string subject, int keyVersion, string sessionId, List<IdlePeriod> idle)
    {
        long idleMicros = 0;
        int final = 0;
        while (final + 1 < runs.Count && runs[final + 1].First <= horizon)
        {
            long from = runs[final].Last;
            long to = runs[final + 1].First;
            IdleReason reason = runs[final].EndsWithLock ? IdleReason.Lock
                : _pauses is not null && _pauses.WasPausedBetween(subject, from, to) ? IdleReason.Pause
                : IdleReason.Inactivity;
            idle.Add(new IdlePeriod(subject, keyVersion, sessionId, from, to, reason));
            idleMicros += to - from;
            final++;
        }

        if (final > 0)
        {
            runs.RemoveRange(0, final);
        }

        return idleMicros;
    }
}
