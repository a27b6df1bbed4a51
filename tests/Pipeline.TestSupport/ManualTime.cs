namespace Pipeline.TestSupport;

/// <summary>A clock that moves only when a test says so; timers fire during <see cref="Advance"/>.</summary>
public sealed class ManualTime : TimeProvider
{
    private readonly object _lock = new();
    private readonly List<ManualTimer> _timers = [];
    private DateTimeOffset _now;

    public ManualTime(DateTimeOffset? start = null)
    {
        _now = start ?? new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
        {
            return _now;
        }
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public void Advance(TimeSpan by)
    {
        DateTimeOffset target;
        lock (_lock)
        {
            target = _now + by;
        }

        while (true)
        {
            ManualTimer? due = null;
            lock (_lock)
            {
                foreach (ManualTimer t in _timers)
                {
                    if (t.DueAt is { } at && at <= target && (due is null || at < due.DueAt))
                    {
                        due = t;
                    }
                }

                if (due is null)
                {
                    _now = target;
                    return;
                }

                _now = due.DueAt!.Value;
                due.DueAt = due.Period > TimeSpan.Zero ? _now + due.Period : null;
            }

            due.Fire();
        }
    }

    /// <summary>
    /// Whether something sleeps on this clock for exactly <paramref name="delay"/> from now: a one-shot timer (what
    /// <c>Task.Delay(delay, time)</c> arms) due at <c>now + delay</c>. A test waits for this before it moves the
    /// clock, so that a component has finished its step and parked, and the move triggers exactly one more step.
    /// </summary>
    public bool IsWaiting(TimeSpan delay)
    {
        lock (_lock)
        {
            foreach (ManualTimer t in _timers)
            {
                if (t.Period == TimeSpan.Zero && t.DueAt == _now + delay)
                {
                    return true;
                }
            }

            return false;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        lock (_lock)
        {
            _timers.Add(timer);
        }

        return timer;
    }

    private sealed class ManualTimer(ManualTime owner, TimerCallback callback, object? state) : ITimer
    {
        public DateTimeOffset? DueAt { get; set; }

        public TimeSpan Period { get; private set; }

        public void Fire() => callback(state);

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (owner._lock)
            {
                DueAt = dueTime == Timeout.InfiniteTimeSpan ? null : owner._now + dueTime;
                Period = period == Timeout.InfiniteTimeSpan ? TimeSpan.Zero : period;
            }

            return true;
        }

        public void Dispose()
        {
            lock (owner._lock)
            {
                DueAt = null;
                owner._timers.Remove(this);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
