using Confluent.Kafka;
using Confluent.Kafka.Admin;

namespace Pipeline.Kafka;

/// <summary>
/// Creates the pipeline's topics with their configuration on a real cluster through the Admin API. Idempotent:
/// topics that exist are left alone (a topic created concurrently by another instance counts as existing).
/// </summary>
/// <remarks>
/// The embedded broker does not implement CreateTopics, so it creates the same <see cref="TopicCatalog"/>
/// natively at start; run against it, this class finds every topic present and sends nothing.
/// </remarks>
public static class TopicProvisioner
{
    /// <summary>Makes sure every topic exists, creating the missing ones with their partitions and configs.</summary>
    /// <param name="admin">An admin client for the target cluster (see <see cref="KafkaClientSettings.CreateAdminConfig"/>).</param>
    /// <param name="topics">The topics, normally <see cref="TopicCatalog.Topics"/>.</param>
    /// <param name="replicationFactor">Replicas per partition; -1 takes the broker's <c>default.replication.factor</c>.</param>
    /// <param name="timeout">Bound on the metadata request and on topic creation.</param>
    /// <param name="cancellationToken">Cancels the wait for topic creation.</param>
    /// <returns>The names of the topics this call created, in catalogue order.</returns>
    /// <exception cref="InvalidOperationException">A topic exists with fewer partitions than asked for (keyed
    /// topics must be co-partitioned), or the cluster refused to create one; the message names the topic and reason.</exception>
    public static async Task<IReadOnlyList<string>> EnsureTopicsAsync(
        IAdminClient admin,
        IReadOnlyList<TopicDefinition> topics,
        short replicationFactor,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(admin);
        ArgumentNullException.ThrowIfNull(topics);
        if (replicationFactor is 0 or < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(replicationFactor), replicationFactor, "replication factor must be -1 (broker default) or at least 1");
        }

        // All topics: asking for named topics would make brokers with auto-creation (the mock included) create them.
        Metadata metadata = admin.GetMetadata(timeout);
        var existing = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (TopicMetadata topic in metadata.Topics)
        {
            if (topic.Error.Code == ErrorCode.NoError)
            {
                existing[topic.Topic] = topic.Partitions.Count;
            }
        }

        var missing = new List<TopicSpecification>();
        foreach (TopicDefinition topic in topics)
        {
            topic.Validate();
            if (existing.TryGetValue(topic.Name, out int partitions))
            {
                if (partitions < topic.Partitions)
                {
                    throw new InvalidOperationException($"topic {topic.Name} exists with {partitions} partitions, fewer than the {topic.Partitions} asked for; add partitions before starting");
                }

                continue;
            }

            missing.Add(new TopicSpecification
            {
                Name = topic.Name,
                NumPartitions = topic.Partitions,
                ReplicationFactor = replicationFactor,
                Configs = new Dictionary<string, string>(topic.ToConfigs()),
            });
        }

        var created = new List<string>(missing.Count);
        if (missing.Count == 0)
        {
            return created;
        }

        try
        {
            await admin.CreateTopicsAsync(missing, new CreateTopicsOptions { RequestTimeout = timeout, OperationTimeout = timeout })
                .WaitAsync(cancellationToken).ConfigureAwait(false);
            foreach (TopicSpecification spec in missing)
            {
                created.Add(spec.Name);
            }
        }
        catch (CreateTopicsException e)
        {
            foreach (CreateTopicReport report in e.Results)
            {
                if (report.Error.Code == ErrorCode.NoError)
                {
                    created.Add(report.Topic);
                }
                else if (report.Error.Code != ErrorCode.TopicAlreadyExists)
                {
                    throw new InvalidOperationException($"cannot create topic {report.Topic}: {report.Error.Code} ({report.Error.Reason})", e);
                }
            }
        }
        catch (KafkaException e)
        {
            throw new InvalidOperationException($"cannot create topics {string.Join(", ", missing.ConvertAll(static s => s.Name))}: {e.Error.Code} ({e.Error.Reason})", e);
        }

        return created;
    }
}
