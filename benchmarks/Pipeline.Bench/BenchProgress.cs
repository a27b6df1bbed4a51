namespace Pipeline.Bench;

/// <summary>Counters a stage updates from its threads and the live view reads once a second.</summary>
internal sealed class BenchProgress
{
    private long _produced;
    private long _processed;
    private long _delivered;
    private Func<long>? _processedBy;

    public long Produced => Interlocked.Read(ref _produced);

    /// <summary>Events the stage's processor has taken in: its own counter when it has one (<see cref="ProcessedBy"/>).</summary>
    public long Processed => Volatile.Read(ref _processedBy) is { } source ? source() : Interlocked.Read(ref _processed);

    /// <summary>Events that reached the end of the stage (clean topic read back, or the lake).</summary>
    public long Delivered => Interlocked.Read(ref _delivered);

    public void AddProduced(long events) => Interlocked.Add(ref _produced, events);

    public void AddProcessed(long events) => Interlocked.Add(ref _processed, events);

    public void AddDelivered(long events) => Interlocked.Add(ref _delivered, events);

    /// <summary>Reads "processed" from the processor under test (its live counters) while a stage runs; null to stop.</summary>
    public void ProcessedBy(Func<long>? source) => Volatile.Write(ref _processedBy, source);

    public void Reset()
    {
        Interlocked.Exchange(ref _produced, 0);
        Interlocked.Exchange(ref _processed, 0);
        Interlocked.Exchange(ref _delivered, 0);
    }
}
