using System.Security.Cryptography;
using System.Text;
using Confluent.Kafka;
using Pipeline.Kafka;
using Pipeline.Privacy.Pseudonyms;
using Pipeline.Privacy.Shredding;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;

namespace Pipeline.Lake.Governance;

/// <summary>
/// A person's records on the keys topic, found from their raw id: under their route (the routing secret), in the one
/// keys partition every record of that route goes to, opened with the processing private keys. Their person secret,
/// which every pseudonym of theirs derives from (erasure and export find their rows with it), and every data key their
/// devices published, which their raw and dead-letter records are sealed under (erasure tombstones them). Reads that
/// partition from its beginning to its end (read_committed).
/// </summary>
public sealed class SubjectKeys
{
    private SubjectKeys(string route, int partition, string secretKey, PersonSecret? secret, IReadOnlyList<string> dataKeys, int unreadable)
    {
        Route = route;
        Partition = partition;
        SecretRecordKey = secretKey;
        Secret = secret;
        DataKeyRecordKeys = dataKeys;
        UnreadableDataKeys = unreadable;
    }

    /// <summary>The person's route (the raw topic's record key of their batches).</summary>
    public string Route { get; }

    /// <summary>The keys partition of the route.</summary>
    public int Partition { get; }

    /// <summary>The record key of the person's secret (whether or not it is there).</summary>
    public string SecretRecordKey { get; }

    /// <summary>The person's secret; null when none is on the topic (never processed, or already erased).</summary>
    public PersonSecret? Secret { get; }

    /// <summary>The record keys of the person's data keys on the topic.</summary>
    public IReadOnlyList<string> DataKeyRecordKeys { get; }

    /// <summary>Data keys under the route that did not unwrap with the configured private keys: whose they are is unknown.</summary>
    public int UnreadableDataKeys { get; }

    /// <summary>Reads the person's keys partition of <paramref name="keysTopic"/> and opens what is theirs.</summary>
    /// <exception cref="TimeoutException">The partition's end was not reached within <paramref name="timeout"/>.</exception>
    /// <exception cref="KafkaException">The topic is not there or not readable.</exception>
    public static SubjectKeys Find(KafkaClientSettings kafka, string keysTopic, UnsealingOptions unsealing, string subject, TimeSpan timeout, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(kafka);
        ArgumentException.ThrowIfNullOrEmpty(keysTopic);
        ArgumentNullException.ThrowIfNull(unsealing);
        ArgumentException.ThrowIfNullOrEmpty(subject);
        var router = new SubjectRouter(unsealing.Routing);
        string route = router.RouteOf(subject);
        string secretKey = RecordKeys.PersonSecret(route, router.PersonTagOf(subject));
        int partition = RecordKeys.KeysPartition(Encoding.UTF8.GetBytes(route), PartitionCount(kafka, keysTopic, timeout));
        Dictionary<string, byte[]?> latest = ReadPartition(kafka, keysTopic, partition, route, timeout, time);

        using var ring = new ProcessingKeyRing(unsealing);
        PersonSecret? secret = null;
        var dataKeys = new List<string>();
        int unreadable = 0;
        foreach ((string key, byte[]? value) in latest)
        {
            if (value is null || !WrappedKeyCodec.TryRead(value, out WrappedKey? wrapped, out _))
            {
                continue;
            }

            bool isSecret = key == secretKey;
            if (!isSecret && !RecordKeys.IsDataKey(key))
            {
                continue;
            }

            if (!WrappedKeys.TryUnwrap(ring, Encoding.UTF8.GetBytes(key), wrapped, out KeyMaterial? material))
            {
                unreadable += isSecret ? 0 : 1;
                continue;
            }

            try
            {
                if (!string.Equals(material.Subject, subject, StringComparison.Ordinal))
                {
                    continue;
                }

                if (isSecret && material.Secret.Length == PersonSecret.SecretBytes)
                {
                    secret = new PersonSecret(subject, material.Secret);
                }
                else if (!isSecret)
                {
                    dataKeys.Add(key);
                }
            }
            finally
            {
                CryptographicOperations.ZeroMemory(material.Secret);
            }
        }

        dataKeys.Sort(StringComparer.Ordinal);
        return new SubjectKeys(route, partition, secretKey, secret, dataKeys, unreadable);
    }

    private static int PartitionCount(KafkaClientSettings kafka, string topic, TimeSpan timeout)
    {
        using IAdminClient admin = new AdminClientBuilder(kafka.CreateAdminConfig()).Build();
        TopicMetadata? found = admin.GetMetadata(topic, timeout).Topics.Find(t => t.Topic == topic);
        if (found is null || found.Error.IsError || found.Partitions.Count == 0)
        {
            throw new KafkaException(found?.Error ?? new Error(ErrorCode.UnknownTopicOrPart, $"topic {topic} is not available"));
        }

        return found.Partitions.Count;
    }

    /// <summary>The latest value of every record key of <paramref name="route"/> in the partition (null: a tombstone).</summary>
    private static Dictionary<string, byte[]?> ReadPartition(KafkaClientSettings kafka, string topic, int partition, string route, TimeSpan timeout, TimeProvider time)
    {
        ConsumerConfig config = kafka.CreateConsumerConfig($"pipeline-erase-{Guid.NewGuid():N}");
        config.EnablePartitionEof = true;
        using IConsumer<byte[]?, byte[]?> consumer = new ConsumerBuilder<byte[]?, byte[]?>(config).Build();
        var tp = new TopicPartition(topic, partition);
        long end = consumer.QueryWatermarkOffsets(tp, timeout).High.Value;
        consumer.Assign(new TopicPartitionOffset(tp, Offset.Beginning));
        var latest = new Dictionary<string, byte[]?>(StringComparer.Ordinal);
        byte[] prefix = Encoding.UTF8.GetBytes(route + "/");
        long reached = 0;
        long started = time.GetTimestamp();
        while (reached < end)
        {
            ConsumeResult<byte[]?, byte[]?>? result = consumer.Consume(TimeSpan.FromMilliseconds(100));
            if (result is null)
            {
                if (time.GetElapsedTime(started) > timeout)
                {
                    throw new TimeoutException($"reading {topic} partition {partition} did not reach its end within {timeout}");
                }

                continue;
            }

            reached = Math.Max(reached, result.IsPartitionEOF ? result.Offset.Value : result.Offset.Value + 1);
            if (!result.IsPartitionEOF && result.Message.Key is { } key && key.AsSpan().StartsWith(prefix))
            {
                latest[Encoding.UTF8.GetString(key)] = result.Message.Value;
            }
        }

        consumer.Close();
        return latest;
    }
}
