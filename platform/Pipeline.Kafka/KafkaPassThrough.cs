using System.Collections.Frozen;
using Confluent.Kafka;

namespace Pipeline.Kafka;

/// <summary>
/// The librdkafka properties a deployment passes through to every Kafka client of a role (security, SASL, TLS,
/// tuning), judged the same way for every producer and consumer the pipeline builds: a property the pipeline's
/// guarantees rest on is refused with the guarantee it would break, and the rest must be names and values librdkafka
/// itself accepts. Every refusal is one line.
/// </summary>
/// <remarks>
/// Two checks, one list: <see cref="Validate"/> is cheap and runs wherever client settings are validated
/// (<see cref="KafkaClientSettings.Validate"/>, the capture agent's delivery options); <see cref="Verify"/> also asks
/// librdkafka, by creating each kind of client once without any broker, and is what a host runs at start so that a
/// misspelt name or a bad value stops the role before it starts instead of when its first client is built.
/// </remarks>
public static class KafkaPassThrough
{
    private const string Brokers = "the brokers are given as the bootstrap (--bootstrap, Kafka:Bootstrap)";
    private const string Idempotence = "every producer is idempotent with acks=all, so a retry neither loses nor duplicates a record";
    private const string Transactions = "the processor names one transaction per input partition and no other role is transactional";
    private const string Committed = "every consumer reads committed records only";
    private const string Groups = "each role names its own consumer group and instance (--group, Processor:GroupId, Processor:InstanceId, Sink:GroupId)";
    private const string Offsets = "offsets are stored and committed with the data they cover, never in the background";
    private const string LostOffset = "an offset that is gone stops the role instead of skipping data";
    private const string Partitioning = "the key alone places a record, so a person's events and consent meet in one partition, in order";

    // Aliases are listed with their property: librdkafka treats request.required.acks as acks, metadata.broker.list as
    // bootstrap.servers and the legacy auto.commit.enable as enable.auto.commit.
    private static readonly FrozenDictionary<string, string> s_reserved = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["bootstrap.servers"] = Brokers,
        ["metadata.broker.list"] = Brokers,
        ["enable.idempotence"] = Idempotence,
        ["acks"] = Idempotence,
        ["request.required.acks"] = Idempotence,
        ["transactional.id"] = Transactions,
        ["isolation.level"] = Committed,
        ["group.id"] = Groups,
        ["group.instance.id"] = Groups,
        ["enable.auto.commit"] = Offsets,
        ["auto.commit.enable"] = Offsets,
        ["enable.auto.offset.store"] = Offsets,
        ["auto.offset.reset"] = LostOffset,
        ["partitioner"] = Partitioning,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The property names no deployment may pass through, each with the guarantee it protects.</summary>
    public static IReadOnlyDictionary<string, string> Reserved => s_reserved;

    /// <summary>
    /// Refuses, with a one-line reason, a reserved property (<see cref="Reserved"/>) or one without a name or value.
    /// Creates no client.
    /// </summary>
    /// <exception cref="ArgumentException">A property is refused.</exception>
    public static void Validate(IReadOnlyDictionary<string, string> properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        foreach (KeyValuePair<string, string> property in properties)
        {
            if (string.IsNullOrWhiteSpace(property.Key) || property.Value is null)
            {
                throw new ArgumentException($"librdkafka property '{property.Key}' needs a name and a value");
            }

            if (s_reserved.TryGetValue(property.Key, out string? reason))
            {
                throw new ArgumentException($"librdkafka property '{property.Key}' is set by the pipeline itself and cannot be passed through: {reason}");
            }
        }
    }

    /// <summary>
    /// <see cref="Validate"/>, then lets librdkafka judge the names and values: a transactional producer (whose checks
    /// include the idempotent producer's) and a read-committed consumer are created with the properties, as the
    /// pipeline's roles create them, but with no broker to reach. An unknown name, a bad value or a combination
    /// librdkafka refuses (say <c>max.in.flight</c> above 5 with idempotence, or a <c>message.timeout.ms</c> above the
    /// transaction timeout) becomes a one-line reason. With nothing to check, nothing is created.
    /// </summary>
    /// <remarks>
    /// The properties reach every client of a role, so they must suit every kind. Creating the two clients takes a few
    /// milliseconds once librdkafka is loaded; tearing the producer down takes librdkafka about 100 ms, which happens
    /// in the background.
    /// </remarks>
    /// <exception cref="ArgumentException">A property is refused.</exception>
    public static void Verify(IReadOnlyDictionary<string, string> properties)
    {
        Validate(properties);
        if (properties.Count == 0)
        {
            return;
        }

        // The bootstrap is needed to build the configurations and removed before a client sees them: nothing connects.
        var settings = new KafkaClientSettings { BootstrapServers = "verify.invalid:9", Properties = properties };
        ProducerConfig producerConfig = WithoutBrokers(settings.CreateTransactionalProducerConfig("pipeline-verify"));
        ConsumerConfig consumerConfig = WithoutBrokers(settings.CreateConsumerConfig("pipeline-verify"));
        try
        {
            IProducer<Null, Null> producer = new ProducerBuilder<Null, Null>(producerConfig).SetLogHandler(static (_, _) => { }).Build();
            _ = Task.Run(producer.Dispose);
            using IConsumer<Null, Null> consumer = new ConsumerBuilder<Null, Null>(consumerConfig).SetLogHandler(static (_, _) => { }).Build();
            consumer.Close();
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or KafkaException)
        {
            throw new ArgumentException($"librdkafka refuses a passed-through property: {FirstLine(ex.Message)}", ex);
        }
    }

    private static T WithoutBrokers<T>(T config)
        where T : ClientConfig
    {
        config.BootstrapServers = null;
        return config;
    }

    private static string FirstLine(string text)
    {
        int end = text.IndexOfAny(['\r', '\n']);
        return (end < 0 ? text : text[..end]).Trim();
    }
}
