using Confluent.Kafka;
using Pipeline.Kafka;

namespace Pipeline.TestSupport;

/// <summary>
/// One embedded broker with every pipeline topic, for a test class (<c>IClassFixture&lt;BrokerFixture&gt;</c>)
/// or a collection (xunit wants the <c>[CollectionDefinition]</c> in the test assembly itself; declare one
/// there with <c>ICollectionFixture&lt;BrokerFixture&gt;</c>). Starting one costs a few milliseconds.
/// Tests sharing a fixture must not share topics or groups: take names from <see cref="UniqueName"/>,
/// <see cref="CreateTopic"/> and <see cref="UniqueGroup"/>.
/// </summary>
public class BrokerFixture : IDisposable
{
    private static int s_sequence;

    public BrokerFixture()
        : this(new EmbeddedBrokerOptions())
    {
    }

    protected BrokerFixture(EmbeddedBrokerOptions options)
    {
        Broker = EmbeddedBroker.Start(options);
        Settings = Broker.ClientSettings with { ClientId = "pipeline-tests" };
        Settings.Validate();
    }

    /// <summary>A fixture with its own options (several brokers, a listen address); dispose it yourself.</summary>
    public static BrokerFixture Start(EmbeddedBrokerOptions options) => new(options);

    /// <summary>The broker, with its fault controls.</summary>
    public EmbeddedBroker Broker { get; }

    /// <summary><c>host:port</c> to give any client.</summary>
    public string BootstrapServers => Broker.BootstrapServers;

    /// <summary>Client settings pointing at the broker; use its Create…Config methods.</summary>
    public KafkaClientSettings Settings { get; }

    /// <summary>The pipeline topics created at start (shared by every test of the fixture: prefer
    /// <see cref="CreateTopic"/> when a test needs to see only its own records).</summary>
    public TopicCatalog Topics => Broker.Options.Topics;

    /// <summary>A name no other test in this process uses: <c>prefix-N-random</c>.</summary>
    public static string UniqueName(string prefix) =>
        $"{prefix}-{Interlocked.Increment(ref s_sequence)}-{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>A fresh consumer group id.</summary>
    public static string UniqueGroup(string prefix = "group") => UniqueName(prefix);

    /// <summary>Creates a topic of its own for one test and returns its name.</summary>
    public string CreateTopic(string prefix = "test", int partitions = 1)
    {
        string name = UniqueName(prefix);
        Broker.CreateTopic(name, partitions);
        return name;
    }

    /// <summary>A byte-array producer with the pipeline's tuned settings (idempotent, lz4).</summary>
    public IProducer<byte[]?, byte[]> CreateProducer() =>
        new ProducerBuilder<byte[]?, byte[]>(Settings.CreateProducerConfig()).Build();

    /// <summary>Produces the records in order (per partition) and waits until every one is acknowledged;
    /// throws the first delivery failure.</summary>
    public async Task ProduceAsync(string topic, IEnumerable<KeyValuePair<byte[]?, byte[]>> records)
    {
        using IProducer<byte[]?, byte[]> producer = CreateProducer();
        var deliveries = new List<Task<DeliveryResult<byte[]?, byte[]>>>();
        foreach (KeyValuePair<byte[]?, byte[]> record in records)
        {
            // The idempotent producer keeps order within a partition even with many records in flight.
            deliveries.Add(producer.ProduceAsync(topic, new Message<byte[]?, byte[]> { Key = record.Key, Value = record.Value }));
        }

        await Task.WhenAll(deliveries);
    }

    /// <summary>Produces one record and waits for its acknowledgement.</summary>
    public Task ProduceAsync(string topic, byte[]? key, byte[] value) =>
        ProduceAsync(topic, [new KeyValuePair<byte[]?, byte[]>(key, value)]);

    /// <summary>A byte-array consumer with the pipeline's settings (read_committed unless told otherwise),
    /// assigned to every partition of <paramref name="topic"/> from the beginning; no group membership.</summary>
    public IConsumer<byte[]?, byte[]> CreateAssignedConsumer(string topic, IsolationLevel isolation = IsolationLevel.ReadCommitted, bool partitionEof = false)
    {
        ConsumerConfig config = Settings.CreateConsumerConfig(UniqueGroup("reader"));
        config.IsolationLevel = isolation;
        config.EnablePartitionEof = partitionEof;
        IConsumer<byte[]?, byte[]> consumer = new ConsumerBuilder<byte[]?, byte[]>(config).Build();
        try
        {
            // The partitions through the consumer's own, fresh connection, not the fixture's long-lived admin client.
            using IAdminClient admin = new DependentAdminClientBuilder(consumer.Handle).Build();
            consumer.Assign(Partitions(admin, topic).Select(p => new TopicPartitionOffset(topic, p, Offset.Beginning)));
            return consumer;
        }
        catch
        {
            consumer.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Reads <paramref name="count"/> records of <paramref name="topic"/> from the beginning, all partitions.
    /// Records of one partition come in order. Throws <see cref="TimeoutException"/> if fewer arrive in time.
    /// </summary>
    public IReadOnlyList<ConsumeResult<byte[]?, byte[]>> Consume(string topic, int count, TimeSpan timeout, IsolationLevel isolation = IsolationLevel.ReadCommitted)
    {
        using IConsumer<byte[]?, byte[]> consumer = CreateAssignedConsumer(topic, isolation);
        var results = new List<ConsumeResult<byte[]?, byte[]>>(count);
        DateTime deadline = DateTime.UtcNow + timeout;
        while (results.Count < count)
        {
            TimeSpan left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"read {results.Count} of {count} records from {topic} in {timeout}");
            }

            ConsumeResult<byte[]?, byte[]>? result = consumer.Consume(left < TimeSpan.FromMilliseconds(200) ? left : TimeSpan.FromMilliseconds(200));
            if (result is not null)
            {
                results.Add(result);
            }
        }

        consumer.Close();
        return results;
    }

    /// <summary>
    /// Reads everything <paramref name="topic"/> holds right now (up to each partition's end, which under
    /// read_committed is the last stable offset), then returns. Use <see cref="Consume"/> to wait for records
    /// that are still on their way.
    /// </summary>
    public IReadOnlyList<ConsumeResult<byte[]?, byte[]>> ReadToEnd(string topic, TimeSpan timeout, IsolationLevel isolation = IsolationLevel.ReadCommitted)
    {
        using IConsumer<byte[]?, byte[]> consumer = CreateAssignedConsumer(topic, isolation, partitionEof: true);
        var atEnd = new HashSet<int>();
        int partitions = consumer.Assignment.Count;
        var results = new List<ConsumeResult<byte[]?, byte[]>>();
        DateTime deadline = DateTime.UtcNow + timeout;
        while (atEnd.Count < partitions)
        {
            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException($"reached the end of {atEnd.Count} of {partitions} partitions of {topic} in {timeout}");
            }

            ConsumeResult<byte[]?, byte[]>? result = consumer.Consume(TimeSpan.FromMilliseconds(200));
            if (result is null)
            {
                continue;
            }

            if (result.IsPartitionEOF)
            {
                atEnd.Add(result.Partition.Value);
            }
            else
            {
                atEnd.Remove(result.Partition.Value);
                results.Add(result);
            }
        }

        consumer.Close();
        return results;
    }

    /// <summary>The partition numbers of a topic, from the broker's metadata.</summary>
    /// <remarks>
    /// A client of its own each time: a long-lived one that sat idle while a test took the broker down waits out
    /// librdkafka's reconnect backoff (up to 10 s) before its next request, and a metadata request right after the
    /// broker came back timed out that way on a busy machine.
    /// </remarks>
    public IReadOnlyList<int> Partitions(string topic)
    {
        using IAdminClient admin = new AdminClientBuilder(Settings.CreateAdminConfig()).Build();
        return Partitions(admin, topic);
    }

    private static List<int> Partitions(IAdminClient admin, string topic)
    {
        Metadata metadata = admin.GetMetadata(topic, TimeSpan.FromSeconds(10));
        TopicMetadata topicMetadata = metadata.Topics.Single();
        if (topicMetadata.Error.IsError)
        {
            throw new InvalidOperationException($"topic {topic}: {topicMetadata.Error}");
        }

        return topicMetadata.Partitions.Select(p => p.PartitionId).OrderBy(p => p).ToList();
    }

    public void Dispose()
    {
        Broker.Dispose();
    }
}
