namespace Pipeline.Bench;

/// <summary>What one benchmark stage measured.</summary>
internal sealed record StageResult(string Stage, long Events, TimeSpan Elapsed, TimeSpan CpuTime, long WireBytes, long Records)
{
    public double EventsPerSecond => Events / Math.Max(Elapsed.TotalSeconds, 1e-9);

    public double CpuSecondsPerMillionEvents => CpuTime.TotalSeconds / Math.Max(Events, 1) * 1_000_000;

    public double WireBytesPerEvent => (double)WireBytes / Math.Max(Events, 1);
}
