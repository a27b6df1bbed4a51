using Pipeline.Capture.Delivery;

namespace Pipeline.Capture;

/// <summary>The workstation agent: one device, its state directory, and how it delivers. Immutable; validated once.</summary>
public sealed record CaptureAgentOptions
{
    /// <summary>Device-local state: consent ledger, sequence high-water mark, spool. Owner-only.</summary>
    public required string StateDirectory { get; init; }

    /// <summary>Who and which device, the gate and batching.</summary>
    public required DeviceCaptureOptions Device { get; init; }

    /// <summary>The spool's bounds.</summary>
    public SpoolOptions Spool { get; init; } = new();

    /// <summary>Kafka connection and delivery, including how long a stop drains the spool.</summary>
    public required DeliveryOptions Delivery { get; init; }

    /// <summary>How often the consent record is checked: 250 ms, so a change is seen well within a second.</summary>
    public TimeSpan ConsentPoll { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Throws with a one-line reason when an option is unusable.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(StateDirectory))
        {
            throw new ArgumentException("a state directory is required");
        }

        if (ConsentPoll <= TimeSpan.Zero || ConsentPoll > TimeSpan.FromSeconds(1))
        {
            throw new ArgumentException("the consent poll interval must be above 0 and at most 1 s");
        }

        Device.Validate();
        Spool.Validate();
        Delivery.Validate();
    }
}
