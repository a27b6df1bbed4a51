namespace Pipeline.Processing.Sessions;

/// <summary>How events become sessions and idle periods. Immutable; <see cref="Validate"/> once at start-up.</summary>
public sealed record SessionOptions
{
    /// <summary>A gap without events longer than this ends a session: 30 minutes, the web-analytics convention.</summary>
    public TimeSpan Gap { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// How far behind a subject's stream time (its latest event time) an event may arrive and still count. Two
    /// minutes covers a spool flush or a second device's clock drift; later events go to the dead-letter topic.
    /// </summary>
    public TimeSpan Grace { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>A gap without input longer than this inside a session is idle: 3 minutes, ActivityWatch's AFK default.</summary>
    public TimeSpan IdleThreshold { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>
    /// Wall-clock time a subject must be quiet before its sessions may close without new events (stream time does not
    /// move without input). Closing still waits until the wall clock is past the session's end plus gap plus grace,
    /// so a live session is not cut during an idle stretch; replayed history closes after this timeout.
    /// </summary>
    public TimeSpan QuietTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Rejects an unusable value with a one-line reason.</summary>
    public void Validate()
    {
        if (Gap <= TimeSpan.Zero)
        {
            throw new ArgumentException($"session gap {Gap} must be positive");
        }

        if (Grace < TimeSpan.Zero)
        {
            throw new ArgumentException($"session grace {Grace} must not be negative");
        }

        if (IdleThreshold <= TimeSpan.Zero || IdleThreshold >= Gap)
        {
            throw new ArgumentException($"idle threshold {IdleThreshold} must be positive and shorter than the session gap {Gap}");
        }

        if (QuietTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentException($"session quiet timeout {QuietTimeout} must be positive");
        }
    }
}
