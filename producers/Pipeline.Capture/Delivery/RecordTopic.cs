namespace Pipeline.Capture.Delivery;

/// <summary>Which topic a delivered record is for; the names come from <see cref="Pipeline.Kafka.TopicNames"/>.</summary>
public enum RecordTopic : byte
{
    /// <summary>A batch of interaction events (<c>interaction.raw.v1</c>).</summary>
    Raw = 1,

    /// <summary>A consent change (<c>interaction.consent.v1</c>).</summary>
    Consent = 2,
}
