namespace Pipeline.Bench;

/// <summary>What one benchmark stage measured.</summary>
internal sealed record StageResult(string Stage, long Events, TimeSpan Elapsed, TimeSpan CpuTime, long WireBytes, long Records)
{
    public double EventsPerSecond => Events / Math.Max(Elapsed.TotalSeconds, 1e-9);

    public double CpuSecondsPerMillionEvents => CpuTime.TotalSeconds / Math.Max(Events, 1) * 1_000_000;

    public double WireBytesPerEvent => (double)WireBytes / Math.Max(Events, 1);

    /// <summary>The collector over the stage, when measured.</summary>
    public GcWindow? Gc { get; init; }

    /// <summary>Managed bytes allocated per event over the stage (every thread of the process).</summary>
    public double? AllocatedBytesPerEvent => Gc is { } gc ? (double)gc.AllocatedBytes / Math.Max(Events, 1) : null;

    /// <summary>Share of the stage's wall time the process was paused for collections.</summary>
    public double? GcPauseFraction => Gc is { } gc ? gc.Paused.TotalSeconds / Math.Max(Elapsed.TotalSeconds, 1e-9) : null;
}
