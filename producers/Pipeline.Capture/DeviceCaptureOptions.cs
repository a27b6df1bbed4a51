using Pipeline.Capture.Delivery;
using Pipeline.Capture.Gate;

namespace Pipeline.Capture;

/// <summary>One device's capture: who, which device, what the gate allows and how events are batched.</summary>
public sealed record DeviceCaptureOptions
{
    /// <summary>The raw subject id (the person); the key of every record. Never logged.</summary>
    public required string Subject { get; init; }

    /// <summary>The device id; with the sequence number, the identity of every event. Never logged.</summary>
    public required string Device { get; init; }

    /// <summary>The allow-list and titles setting.</summary>
    public PrivacyOptions Privacy { get; init; } = new();

    /// <summary>When batches are sealed.</summary>
    public BatcherOptions Batching { get; init; } = new();

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
    }
}
