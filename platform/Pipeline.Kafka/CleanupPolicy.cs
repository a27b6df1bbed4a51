namespace Pipeline.Kafka;

/// <summary>A topic's <c>cleanup.policy</c>.</summary>
public enum CleanupPolicy
{
    /// <summary>Old segments are deleted after the topic's retention.</summary>
    Delete,

    /// <summary>Only the newest record per key is kept; a null value (tombstone) erases the key.</summary>
    Compact,
}
