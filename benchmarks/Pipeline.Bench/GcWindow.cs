namespace Pipeline.Bench;

/// <summary>
/// What the garbage collector did over a timed stage: bytes allocated (all threads), collections per generation and
/// time paused, so a report can say the GC's share and the allocation per event.
/// </summary>
internal readonly record struct GcWindow(long AllocatedBytes, int Gen0, int Gen1, int Gen2, TimeSpan Paused)
{
    /// <summary>The collector's counters now; subtract two of them with <see cref="Since"/>.</summary>
    public static GcWindow Now() => new(GC.GetTotalAllocatedBytes(precise: false), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());

    /// <summary>What happened between <paramref name="start"/> and now.</summary>
    public static GcWindow Since(GcWindow start)
    {
        GcWindow now = Now();
        return new GcWindow(now.AllocatedBytes - start.AllocatedBytes, now.Gen0 - start.Gen0, now.Gen1 - start.Gen1, now.Gen2 - start.Gen2, now.Paused - start.Paused);
    }
}
