namespace Pipeline.Processing.Idle;

/// <summary>
/// A stretch of input inside one session whose consecutive events are at most the idle threshold apart; a lock event
/// ends its run. The gaps between a session's runs are its idle periods.
/// </summary>
/// <param name="First">Time of the run's first event (microseconds).</param>
/// <param name="Last">Time of the run's last event (microseconds).</param>
/// <param name="EndsWithLock">Whether the last event was a lock, so the gap after it is a lock, however short.</param>
internal readonly record struct InputRun(long First, long Last, bool EndsWithLock);
