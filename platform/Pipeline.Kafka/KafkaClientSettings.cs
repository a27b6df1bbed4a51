using System.Collections.Frozen;
using System.Globalization;
using Confluent.Kafka;

namespace Pipeline.Kafka;

/// <summary>
/// How every client of the pipeline reaches Kafka: the bootstrap address plus any librdkafka properties the
/// deployment needs (security protocol, SASL, TLS), and the tuned configurations built from them. Build once,
/// <see cref="Validate"/> once, then ask for configs.
/// </summary>
/// <remarks>
/// Pass-through properties override the tuning here, except the few the pipeline's guarantees rest on
/// (idempotence, isolation, offset handling, identities, partitioning); <see cref="Validate"/> refuses those through
/// <see cref="KafkaPassThrough"/>, the one check every client's properties go through.
/// </remarks>
public sealed record KafkaClientSettings
{
    /// <summary>Comma-separated <c>host:port</c> list; required.</summary>
    public required string BootstrapServers { get; init; }

    /// <summary>Extra librdkafka properties applied to every client (e.g. <c>security.protocol</c>,
    /// <c>sasl.mechanism</c>, <c>ssl.ca.location</c>). Empty by default.</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = FrozenDictionary<string, string>.Empty;

    /// <summary>The <c>client.id</c> prefix, visible in broker logs and quotas; never carries a subject.</summary>
    public string ClientId { get; init; } = "pipeline";

    /// <summary>5 ms: records are already batches of events, so a short linger fills Kafka batches without adding
    /// visible latency.</summary>
    public TimeSpan Linger { get; init; } = TimeSpan.FromMilliseconds(5);

    /// <summary>64 MiB of queued, unsent records per producer: enough to ride out a short broker stall with
    /// records of a few KiB, bounded so a long outage turns into back-pressure (and the disk spool) rather than
    /// unbounded memory.</summary>
    public int QueueBufferingMaxKilobytes { get; init; } = 64 * 1024;

    /// <summary>
    /// 16 MiB of prefetched, not yet consumed records per consumer (<c>queued.max.messages.kbytes</c>; librdkafka's
    /// default is 64 MiB, and it also caps <c>fetch.max.bytes</c>, 50 MiB by default). A processor transaction takes
    /// at most 1,000 raw records of a few KiB, so 16 MiB is several transactions ahead, about two seconds of input
    /// at the bench's full rate; a fetch round trip is milliseconds. A process has several consumers (processor,
    /// consent, sink, and in the bench a latency reader): at 64 MiB each, a consumer that falls behind its producer
    /// held a quarter of a gigabyte of prefetched records between them.
    /// </summary>
    public int ConsumerQueueMaxKilobytes { get; init; } = 16 * 1024;

    /// <summary>
    /// How long a broker may hold a fetch that has no data (<c>fetch.wait.max.ms</c>); Kafka's 500 ms by
    /// default. A real broker answers as soon as data arrives, so this costs no latency there. The embedded
    /// broker holds an empty fetch for the whole wait even when data arrives meanwhile: use
    /// <see cref="EmbeddedBroker.ClientFetchMaxWait"/> there (<see cref="EmbeddedBroker.ClientSettings"/> does).
    /// </summary>
    public TimeSpan FetchMaxWait { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Rejects an unusable setting with a one-line reason.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(BootstrapServers))
        {
            throw new ArgumentException("bootstrap servers must not be empty");
        }

        foreach (string server in BootstrapServers.Split(','))
        {
            string entry = server.Trim();
            int colon = entry.LastIndexOf(':');
            if (colon <= 0 || !int.TryParse(entry.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int port) || port is < 1 or > 65535)
            {
                throw new ArgumentException($"bootstrap server '{entry}' is not HOST:PORT with a port from 1 to 65535");
            }
        }

        KafkaPassThrough.Validate(Properties);

        if (string.IsNullOrWhiteSpace(ClientId))
        {
            throw new ArgumentException("client id must not be empty");
        }

        if (Linger < TimeSpan.Zero || Linger > TimeSpan.FromSeconds(10))
        {
            throw new ArgumentException($"linger must be 0 to 10 seconds, got {Linger}");
        }

        if (FetchMaxWait < TimeSpan.Zero || FetchMaxWait > TimeSpan.FromSeconds(30))
        {
            throw new ArgumentException($"fetch max wait must be 0 to 30 seconds, got {FetchMaxWait}");
        }

        if (QueueBufferingMaxKilobytes is < 1024 or > 2_097_151)
        {
            throw new ArgumentException($"producer queue must be 1024 to 2097151 KiB, got {QueueBufferingMaxKilobytes}");
        }

        // At least one maximum-size message (message.max.bytes, 1 MB by default) must fit, or fetches stall.
        if (ConsumerQueueMaxKilobytes is < 1024 or > 2_097_151)
        {
            throw new ArgumentException($"consumer queue must be 1024 to 2097151 KiB, got {ConsumerQueueMaxKilobytes}");
        }
    }

    /// <summary>
    /// An idempotent producer: acks from all replicas, no duplicates or reordering on retry, lz4 (cheap, and
    /// batches of similar events compress well), a short linger and a bounded queue.
    /// </summary>
    public ProducerConfig CreateProducerConfig()
    {
        var config = new ProducerConfig(Common())
        {
            EnableIdempotence = true,
            Acks = Acks.All,
            LingerMs = Linger.TotalMilliseconds,
            CompressionType = CompressionType.Lz4,
            QueueBufferingMaxKbytes = QueueBufferingMaxKilobytes,
        };
        ApplyProperties(config);
        return config;
    }

    /// <summary>
    /// A transactional producer for the consume–process–produce loop. <paramref name="transactionalId"/> must be
    /// stable across restarts of the same logical worker (e.g. group + input partition), so that a restarted
    /// instance fences its predecessor and aborts its open transaction.
    /// </summary>
    public ProducerConfig CreateTransactionalProducerConfig(string transactionalId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(transactionalId);
        ProducerConfig config = CreateProducerConfig();
        config.TransactionalId = transactionalId;
        return config;
    }

    /// <summary>
    /// A consumer that reads committed data only and never moves on its own: no auto-commit, no automatic offset
    /// store, and <c>auto.offset.reset=error</c>, so an offset that is gone (retention, the embedded broker's
    /// size cap) raises <see cref="ErrorCode.Local_AutoOffsetReset"/> instead of skipping data silently.
    /// </summary>
    /// <remarks>
    /// The same setting applies to a partition with no committed offset at all: assign explicit offsets (from
    /// the processor's own changelog, or <see cref="Offset.Beginning"/> for a partition never read) in the
    /// partitions-assigned handler, or <see cref="IConsumer{TKey, TValue}.Assign(TopicPartitionOffset)"/> them.
    /// </remarks>
    public ConsumerConfig CreateConsumerConfig(string groupId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(groupId);
        var config = new ConsumerConfig(Common())
        {
            GroupId = groupId,
            IsolationLevel = IsolationLevel.ReadCommitted,
            EnableAutoCommit = false,
            EnableAutoOffsetStore = false,
            AutoOffsetReset = AutoOffsetReset.Error,

            // librdkafka's default backs off 1 s whenever its prefetch queue is full; against a local broker that
            // throttles a consumer to a third of its speed (measured, DESIGN.md).
            FetchQueueBackoffMs = 0,
            FetchWaitMaxMs = (int)FetchMaxWait.TotalMilliseconds,
            QueuedMaxMessagesKbytes = ConsumerQueueMaxKilobytes,
        };
        ApplyProperties(config);
        return config;
    }

    /// <summary>An admin client configuration (topic provisioning, metadata).</summary>
    public AdminClientConfig CreateAdminConfig()
    {
        var config = new AdminClientConfig(Common());
        ApplyProperties(config);
        return config;
    }

    private ClientConfig Common() => new()
    {
        BootstrapServers = BootstrapServers,
        ClientId = ClientId,
    };

    private void ApplyProperties(ClientConfig config)
    {
        foreach (KeyValuePair<string, string> property in Properties)
        {
            config.Set(property.Key, property.Value);
        }
    }
}
