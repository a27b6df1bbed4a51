namespace Pipeline.Host.Hosting;

/// <summary>
/// A clock whose wall time runs <c>speed</c> times faster than the real one from the moment it is created, while
/// timers and timestamps stay real. Synthetic people played on it live minutes of activity (idle stretches,
/// session gaps) in seconds, at the same real-time pace of ticks, so a short demo shows sessions and idle periods.
/// </summary>
internal sealed class AcceleratedTimeProvider : TimeProvider
{
    private readonly TimeProvider _real;
    private readonly DateTimeOffset _start;
    private readonly long _startTimestamp;
    private readonly double _speed;

    public AcceleratedTimeProvider(TimeProvider real, double speed)
    {
        ArgumentNullException.ThrowIfNull(real);
        if (!(speed >= 1 && speed <= 10_000))
        {
            throw new ArgumentOutOfRangeException(nameof(speed), speed, "speed must be 1 to 10,000");
        }

        _real = real;
        _speed = speed;
        _start = real.GetUtcNow();
        _startTimestamp = real.GetTimestamp();
    }

    public override DateTimeOffset GetUtcNow() =>
        _start + TimeSpan.FromTicks((long)(_real.GetElapsedTime(_startTimestamp).Ticks * _speed));

    public override long GetTimestamp() => _real.GetTimestamp();

    public override long TimestampFrequency => _real.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => _real.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        _real.CreateTimer(callback, state, dueTime, period);
}
