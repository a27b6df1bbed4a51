namespace Pipeline.Capture.Delivery;

/// <summary>Which topic a delivered record is for; the names come from <see cref="Pipeline.Kafka.TopicNames"/>.</summary>
public enum RecordTopic : byte
{
    /// <summary>A batch of interaction events (<c>interaction.raw.v1</c>).</summary>
    Raw = 1,

    /// <summary>A consent change (<c>interaction.consent.v1</c>).</summary>
    Consent = 2,

    /// <summary>
    /// A data key wrapped for the processing side (<c>interaction.keys.v1</c>). Delivered, acknowledged, before any
    /// record written after it, so no batch under a key reaches the raw topic before the key is on the keys topic.
    /// </summary>
    Keys = 3,
}
