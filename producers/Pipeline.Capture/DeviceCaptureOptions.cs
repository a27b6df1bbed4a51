using Pipeline.Capture.Delivery;
using Pipeline.Capture.Gate;
using Pipeline.Privacy.Shredding;

namespace Pipeline.Capture;

/// <summary>One device's capture: who, which device, what the gate allows and how events are batched.</summary>
public sealed record DeviceCaptureOptions
{
    /// <summary>The raw subject id (the person). Never logged, and never in clear on the raw topic when <see cref="Sealing"/> is set.</summary>
    public required string Subject { get; init; }

    /// <summary>The device id; with the sequence number, the identity of every event. Never logged.</summary>
    public required string Device { get; init; }

    /// <summary>The allow-list and titles setting.</summary>
    public PrivacyOptions Privacy { get; init; } = new();

    /// <summary>When batches are sealed.</summary>
    public BatcherOptions Batching { get; init; } = new();

    /// <summary>
    /// The keys batches are encrypted with (<see cref="BatchSealer"/>): every role the host runs sets them. Null sends
    /// batches in clear keyed by subject, as before encryption: only for the bench's reference run and codec tests.
    /// </summary>
    public SealingOptions? Sealing { get; init; }

    /// <summary>Throws with a one-line reason when an option is unusable.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Subject) || Subject.Length > 256)
        {
            throw new ArgumentException("subject id must be 1 to 256 characters");
        }

        if (string.IsNullOrWhiteSpace(Device) || Device.Length > 256)
        {
            throw new ArgumentException("device id must be 1 to 256 characters");
        }

        Privacy.Validate();
        Batching.Validate();
        Sealing?.Validate();
    }
}
