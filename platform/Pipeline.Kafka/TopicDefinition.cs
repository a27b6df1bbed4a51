namespace Pipeline.Kafka;

/// <summary>One topic as the pipeline needs it: the single description used by the embedded broker and by
/// <see cref="TopicProvisioner"/> on real clusters.</summary>
/// <param name="Name">The topic name.</param>
/// <param name="Partitions">The partition count; the upper bound on consumer parallelism.</param>
/// <param name="Cleanup">Delete old data by age, or compact by key.</param>
/// <param name="Retention">How long records are kept (<c>retention.ms</c>); null for the broker's default, and
/// for compacted topics, where keys are kept until a tombstone.</param>
public sealed record TopicDefinition(string Name, int Partitions, CleanupPolicy Cleanup, TimeSpan? Retention)
{
    /// <summary>The topic-level broker configuration this definition asks for.</summary>
    public IReadOnlyDictionary<string, string> ToConfigs()
    {
        var configs = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["cleanup.policy"] = Cleanup == CleanupPolicy.Compact ? "compact" : "delete",
        };
        if (Retention is { } retention)
        {
            configs["retention.ms"] = ((long)retention.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return configs;
    }

    /// <summary>Rejects an unusable definition with a one-line reason.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            throw new ArgumentException("topic name must not be empty");
        }

        if (Partitions is < 1 or > 10_000)
        {
            throw new ArgumentException($"topic {Name}: partitions must be 1 to 10000, got {Partitions}");
        }

        if (Retention is { } retention && retention < TimeSpan.FromMinutes(1))
        {
            throw new ArgumentException($"topic {Name}: retention must be at least one minute, got {retention}");
        }

        if (Cleanup == CleanupPolicy.Compact && Retention is not null)
        {
            throw new ArgumentException($"topic {Name}: a compacted topic keeps keys until a tombstone; leave its retention unset");
        }
    }
}
