using System.Collections.Frozen;
using Pipeline.Kafka;
using Pipeline.Privacy.Pseudonyms;
using Pipeline.Privacy.Shredding;

namespace Pipeline.Bench;

/// <summary>
/// What one end-to-end benchmark run measures and where. Immutable; <see cref="Validate"/> refuses an unusable value
/// with a one-line reason before anything starts.
/// </summary>
public sealed record BenchOptions
{
    /// <summary>Events through the whole pipeline at full speed: a million takes long enough that start-up does not count.</summary>
    public long Events { get; init; } = 1_000_000;

    /// <summary>Devices (people) the events come from: 64 spreads them over every partition.</summary>
    public int Devices { get; init; } = 64;

    /// <summary>Events per Kafka record, the capture batcher's size bound: 100, a second or two of one person's input.</summary>
    public int EventsPerRecord { get; init; } = 100;

    /// <summary>
    /// Events through the naive design (one record and one generic Avro encode per event): 200,000, since it is
    /// several times slower and a shorter run measures it as well. Never more than <see cref="Events"/>.
    /// </summary>
    public long NaiveEvents { get; init; } = 200_000;

    /// <summary>Length of the latency phase at half the measured maximum rate: 10 s gives thousands of samples.</summary>
    public TimeSpan SteadyDuration { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Partitions of the bench topics (<see cref="TopicCatalog.DefaultPartitions"/>).</summary>
    public int Partitions { get; init; } = TopicCatalog.DefaultPartitions;

    /// <summary>
    /// Processor instances in one consumer group for the processor-alone reference: 1 by default; more shows how
    /// throughput divides among instances (per-instance figures), so the scale-out curve can be drawn on a bigger machine.
    /// </summary>
    public int Processors { get; init; } = 1;

    /// <summary>
    /// Events admitted but not yet read back before feeding waits: 200,000 keeps the broker's and the clients' queues
    /// full without the embedded broker's ~5 MB partitions dropping data nobody has read.
    /// </summary>
    public long MaxBacklogEvents { get; init; } = 200_000;

    /// <summary>The Kafka cluster to run on; null starts an embedded broker in this process.</summary>
    public KafkaClientSettings? Cluster { get; init; }

    /// <summary>librdkafka properties for the clients of the embedded broker (a <see cref="Cluster"/> carries its own).</summary>
    public IReadOnlyDictionary<string, string> EmbeddedKafkaProperties { get; init; } = FrozenDictionary<string, string>.Empty;

    /// <summary>The pseudonym keys of the processor under test: the development key, since the data is synthetic.</summary>
    public PseudonymOptions Pseudonyms { get; init; } = PseudonymOptions.Development;

    /// <summary>The keys the bench's devices seal with: the development keys, since the data is synthetic.</summary>
    public SealingOptions Sealing { get; init; } = SealingOptions.Development;

    /// <summary>The keys the bench's processor opens with: the development keys (the other half of <see cref="Sealing"/>).</summary>
    public UnsealingOptions Unsealing { get; init; } = UnsealingOptions.Development;

    /// <summary>
    /// Whether the pipeline also runs once with batches in clear, back to back on the same broker and machine, to price
    /// encryption (events/s and CPU per million events, sealed against clear): true. It adds the throughput phase again.
    /// </summary>
    public bool MeasureEncryptionCost { get; init; } = true;

    /// <summary>
    /// Whether the pipeline also runs once sealed but with the action reducer off, right after, to price the actions
    /// stream (events/s and CPU per million events, with against without): true. It adds the throughput phase again.
    /// </summary>
    public bool MeasureActionsCost { get; init; } = true;

    /// <summary>
    /// Events of a discarded pipeline run before the measured ones: a fifth of <see cref="Events"/> (at least 10,000,
    /// at most 400,000). Without it the first stage alone pays for compiling hot code, growing the heap and the
    /// broker's first partitions, and every comparison with a later stage (in clear, without actions) is skewed by it.
    /// </summary>
    public long WarmUpEvents => Math.Clamp(Events / 5, 10_000, 400_000);

    /// <summary>Rejects an unusable value with a one-line reason.</summary>
    /// <exception cref="ArgumentException">A value is out of range.</exception>
    public void Validate()
    {
        if (Events is < 1000 or > 1_000_000_000)
        {
            throw new ArgumentException($"bench events {Events} must be 1,000 to 1,000,000,000");
        }

        if (Devices is < 1 or > 100_000)
        {
            throw new ArgumentException($"bench devices {Devices} must be 1 to 100,000");
        }

        if (EventsPerRecord is < 1 or > 10_000)
        {
            throw new ArgumentException($"bench events per record {EventsPerRecord} must be 1 to 10,000");
        }

        if (NaiveEvents < 1)
        {
            throw new ArgumentException($"bench naive events {NaiveEvents} must be at least 1");
        }

        if (SteadyDuration < TimeSpan.FromSeconds(1) || SteadyDuration > TimeSpan.FromHours(1))
        {
            throw new ArgumentException($"bench steady phase {SteadyDuration.TotalSeconds} s must be 1 to 3600 seconds");
        }

        if (Partitions is < 1 or > 1000)
        {
            throw new ArgumentException($"bench partitions {Partitions} must be 1 to 1000");
        }

        if (Processors < 1 || Processors > Partitions)
        {
            throw new ArgumentException($"bench processors {Processors} must be 1 to the partition count {Partitions}");
        }

        if (MaxBacklogEvents < 1)
        {
            throw new ArgumentException($"bench backlog {MaxBacklogEvents} must be at least 1 event");
        }

        Cluster?.Validate();
        ArgumentNullException.ThrowIfNull(EmbeddedKafkaProperties);
        KafkaPassThrough.Validate(EmbeddedKafkaProperties);
        ArgumentNullException.ThrowIfNull(Pseudonyms);
        Pseudonyms.Validate();
        ArgumentNullException.ThrowIfNull(Sealing);
        Sealing.Validate();
        ArgumentNullException.ThrowIfNull(Unsealing);
        Unsealing.Validate();
    }
}
