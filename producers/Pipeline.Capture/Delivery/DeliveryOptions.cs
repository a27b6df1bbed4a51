using Pipeline.Kafka;

namespace Pipeline.Capture.Delivery;

/// <summary>How the agent talks to Kafka. Immutable; validated once.</summary>
public sealed record DeliveryOptions
{
    /// <summary>Kafka bootstrap HOST:PORT list.</summary>
    public required string Bootstrap { get; init; }

    /// <summary>
    /// Extra librdkafka properties (security, SASL, TLS) passed through unchanged; those the delivery guarantees rest
    /// on (idempotence, acks) are refused as for every client (<see cref="KafkaPassThrough"/>).
    /// </summary>
    public IReadOnlyDictionary<string, string> KafkaProperties { get; init; } = new Dictionary<string, string>();

    /// <summary>Topic names.</summary>
    public TopicNames Topics { get; init; } = new();

    /// <summary>
    /// How long librdkafka keeps trying one record before reporting it failed: 10 s, after which the sender backs off
    /// and sends it again from the spool. The spool, not the client queue, is where records wait for a broker.
    /// </summary>
    public TimeSpan MessageTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Records in flight at once: 500 keeps the pipe full without holding much in memory.</summary>
    public int Window { get; init; } = 500;

    /// <summary>Longest wait between attempts while the broker is away: 5 s.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a stopping <see cref="SpoolDelivery"/> keeps delivering while the broker acknowledges nothing: 5 s.
    /// Draining goes on as long as records are acknowledged (a healthy broker empties a large spool), and gives up
    /// after this long without progress (a broker that is away); what is left stays in the spool for the next start.
    /// 5 s plus one message timeout (10 s) fits the capture unit's 20 s stop timeout.
    /// </summary>
    public TimeSpan DrainTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Throws with a one-line reason when an option is unusable.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Bootstrap))
        {
            throw new ArgumentException("a Kafka bootstrap is required");
        }

        if (MessageTimeout < TimeSpan.FromMilliseconds(100))
        {
            throw new ArgumentException("message timeout must be at least 100 ms");
        }

        if (Window is < 1 or > 100_000)
        {
            throw new ArgumentException($"delivery window {Window} must be from 1 to 100000 records");
        }

        if (MaxBackoff < TimeSpan.FromMilliseconds(10))
        {
            throw new ArgumentException("maximum backoff must be at least 10 ms");
        }

        if (DrainTimeout < TimeSpan.Zero || DrainTimeout > TimeSpan.FromMinutes(10))
        {
            throw new ArgumentException($"drain timeout {DrainTimeout} must be 0 to 10 minutes");
        }

        ArgumentNullException.ThrowIfNull(KafkaProperties);
        KafkaPassThrough.Validate(KafkaProperties);

        Topics.Validate();
    }
}
