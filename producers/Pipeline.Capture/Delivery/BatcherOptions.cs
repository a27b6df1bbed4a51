namespace Pipeline.Capture.Delivery;

/// <summary>When a device's open batch is sealed into one Kafka record. Immutable; validated once.</summary>
public sealed record BatcherOptions
{
    /// <summary>
    /// Seal after this long since the batch's first event: 200 ms keeps capture-to-topic latency low while a
    /// person's 60 to 100 events a second still make records of a dozen or more events.
    /// </summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Seal at this many events: 500 events is about 8 KB encoded, well inside broker limits.</summary>
    public int MaxEvents { get; init; } = 500;

    /// <summary>Throws with a one-line reason when an option is unusable.</summary>
    public void Validate()
    {
        if (MaxDelay < TimeSpan.FromMilliseconds(1) || MaxDelay > TimeSpan.FromMinutes(1))
        {
            throw new ArgumentException($"batch delay {MaxDelay.TotalMilliseconds} ms must be from 1 ms to 1 minute");
        }

        if (MaxEvents is < 1 or > 100_000)
        {
            throw new ArgumentException($"batch size {MaxEvents} must be from 1 to 100000 events");
        }
    }
}
