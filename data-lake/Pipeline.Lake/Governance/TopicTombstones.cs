using System.Text;
using Confluent.Kafka;
using Pipeline.Kafka;

namespace Pipeline.Lake.Governance;

/// <summary>
/// Writes tombstones (null values) for a person's keys on compacted topics, so compaction removes every earlier
/// value under those keys. Waits for each acknowledgement; reports per topic what happened, without the keys
/// themselves (a consent key is a raw subject id and must not reach the audit table or a log).
/// </summary>
public static class TopicTombstones
{
    /// <summary>Sends one tombstone per key (default partitioner) and returns one outcome per topic.</summary>
    public static Task<IReadOnlyList<ErasureOutcome>> SendAsync(KafkaClientSettings kafka, IReadOnlyList<(string Topic, string Key)> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var tombstones = new List<Tombstone>(keys.Count);
        foreach ((string topic, string key) in keys)
        {
            tombstones.Add(new Tombstone(topic, key));
        }

        return SendAsync(kafka, tombstones, cancellationToken);
    }

    /// <summary>
    /// Sends the tombstones one after another, in order (each acknowledged before the next: a reader of one partition
    /// sees them in this order), and returns one outcome per topic.
    /// </summary>
    public static async Task<IReadOnlyList<ErasureOutcome>> SendAsync(KafkaClientSettings kafka, IReadOnlyList<Tombstone> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kafka);
        ArgumentNullException.ThrowIfNull(keys);
        var outcomes = new List<ErasureOutcome>();
        var perTopic = new SortedDictionary<string, (int Sent, string? Error)>(StringComparer.Ordinal);
        ProducerConfig config = kafka.CreateProducerConfig();
        config.MessageTimeoutMs = 15_000;
        using (IProducer<byte[], byte[]?> producer = new ProducerBuilder<byte[], byte[]?>(config).Build())
        {
            foreach ((string topic, string key, int? partition) in keys)
            {
                perTopic.TryGetValue(topic, out (int Sent, string? Error) state);
                var tombstone = new Message<byte[], byte[]?> { Key = Encoding.UTF8.GetBytes(key), Value = null };
                try
                {
                    await (partition is { } p
                        ? producer.ProduceAsync(new TopicPartition(topic, p), tombstone, cancellationToken)
                        : producer.ProduceAsync(topic, tombstone, cancellationToken));
                    state.Sent++;
                }
                catch (ProduceException<byte[], byte[]?> ex)
                {
                    state.Error = ex.Error.Reason;
                }

                perTopic[topic] = state;
            }
        }

        foreach ((string topic, (int sent, string? error)) in perTopic)
        {
            outcomes.Add(error is null
                ? new ErasureOutcome(topic, "tombstoned", $"{sent} tombstone(s) written; compaction removes the earlier values")
                : new ErasureOutcome(topic, "failed", $"{sent} tombstone(s) written, then: {error}; run the erasure again"));
        }

        return outcomes;
    }
}
