namespace Pipeline.Processing.Runner;

/// <summary>
/// The processing loop's decisions in time, on the runner's <see cref="TimeProvider"/> (its timestamps, never the
/// wall clock): when the punctuation is due, and when an until-idle run has had nothing to do for long enough.
/// Idleness counts from the later of the last activity (a record processed, something closed by the punctuation) and
/// the last rebalance, and not at all before the first assignment: joining the group and restoring are not idleness.
/// </summary>
internal sealed class LoopSchedule
{
    private readonly TimeProvider _time;
    private readonly TimeSpan _punctuationInterval;
    private readonly TimeSpan? _untilIdle;
    private long _lastPunctuation;
    private long _lastActivity;
    private bool _assigned;

    public LoopSchedule(TimeProvider time, TimeSpan punctuationInterval, TimeSpan? untilIdle)
    {
        _time = time;
        _punctuationInterval = punctuationInterval;
        _untilIdle = untilIdle;
        _lastPunctuation = time.GetTimestamp();
        _lastActivity = _lastPunctuation;
    }

    /// <summary>The current timestamp, read once per loop turn so that every decision of the turn agrees.</summary>
    public long Now() => _time.GetTimestamp();

    /// <summary>Something happened at <paramref name="now"/>: the idle time starts again.</summary>
    public void Active(long now) => _lastActivity = Math.Max(_lastActivity, now);

    /// <summary>Partitions were assigned and restored: the idle time starts again, and counts from now on.</summary>
    public void Rebalanced()
    {
        _assigned = true;
        Active(_time.GetTimestamp());
    }

    /// <summary>Whether a punctuation interval has passed since the last one; if so the next interval starts at <paramref name="now"/>.</summary>
    public bool PunctuationDue(long now)
    {
        if (_time.GetElapsedTime(_lastPunctuation, now) < _punctuationInterval)
        {
            return false;
        }

        _lastPunctuation = now;
        return true;
    }

    /// <summary>Whether this is an until-idle run that has been assigned work and idle for the whole until-idle time.</summary>
    public bool IdleLongEnough(long now) => _untilIdle is { } idle && _assigned && _time.GetElapsedTime(_lastActivity, now) >= idle;
}
