namespace Pipeline.Kafka;

/// <summary>
/// Every topic of the pipeline with its partitions, cleanup policy and retention (DESIGN.md, "Topics"). The one
/// source for both the embedded broker and <see cref="TopicProvisioner"/>, so a laptop and a cluster agree.
/// </summary>
/// <remarks>
/// The embedded broker takes names and partition counts from here but cannot apply cleanup policy or retention:
/// librdkafka's mock has no topic configuration, never compacts, and caps each partition at about 5 MB instead
/// (see <see cref="EmbeddedBroker"/>). Real clusters get the full configuration through the provisioner.
/// </remarks>
public sealed class TopicCatalog
{
    /// <summary>Six partitions: room for a few processors on one machine without idle consumers.</summary>
    public const int DefaultPartitions = 6;

    /// <summary>Raw events are unscrubbed personal data: keep them only long enough to be processed (one day).</summary>
    public static readonly TimeSpan DefaultRawRetention = TimeSpan.FromDays(1);

    /// <summary>Dead letters hold unscrubbed data too, but operators need time to look at them (three days).</summary>
    public static readonly TimeSpan DefaultDeadLetterRetention = TimeSpan.FromDays(3);

    /// <summary>Derived, pseudonymised outputs keep Kafka's usual week so sinks and ML readers can replay.</summary>
    public static readonly TimeSpan DefaultOutputRetention = TimeSpan.FromDays(7);

    private TopicCatalog(TopicNames names, IReadOnlyList<TopicDefinition> topics)
    {
        Names = names;
        Topics = topics;
    }

    /// <summary>The catalogue with default names and partitions.</summary>
    public static TopicCatalog Default { get; } = ForPipeline(new TopicNames());

    /// <summary>The topic names this catalogue was built from.</summary>
    public TopicNames Names { get; }

    /// <summary>Every topic, in a stable order.</summary>
    public IReadOnlyList<TopicDefinition> Topics { get; }

    /// <summary>Builds and validates the pipeline's topics.</summary>
    /// <param name="names">The topic names.</param>
    /// <param name="partitions">The partition count of every topic; keyed topics must agree so one subject's
    /// raw events, consent and state land on the same partition number.</param>
    public static TopicCatalog ForPipeline(TopicNames names, int partitions = DefaultPartitions)
    {
        ArgumentNullException.ThrowIfNull(names);
        names.Validate();
        var topics = new TopicDefinition[]
        {
            new(names.Raw, partitions, CleanupPolicy.Delete, DefaultRawRetention),
            new(names.Consent, partitions, CleanupPolicy.Compact, null),
            new(names.Clean, partitions, CleanupPolicy.Delete, DefaultOutputRetention),
            new(names.Sessions, partitions, CleanupPolicy.Delete, DefaultOutputRetention),
            new(names.Idle, partitions, CleanupPolicy.Delete, DefaultOutputRetention),
            new(names.Actions, partitions, CleanupPolicy.Delete, DefaultOutputRetention),
            new(names.DeadLetter, partitions, CleanupPolicy.Delete, DefaultDeadLetterRetention),
            new(names.ProcessorState, partitions, CleanupPolicy.Compact, null),
            new(names.Keys, partitions, CleanupPolicy.Compact, null),
        };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (TopicDefinition topic in topics)
        {
            topic.Validate();
            if (!seen.Add(topic.Name))
            {
                throw new ArgumentException($"topic name {topic.Name} is used for two roles");
            }
        }

        return new TopicCatalog(names, topics);
    }
}
