using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pipeline.Bench;

/// <summary>The figures of one <c>pipeline bench</c> run; serialised as the <c>--json</c> file (snake_case).</summary>
public sealed record BenchReport
{
    public required long Events { get; init; }
    public required int Devices { get; init; }
    public required int EventsPerRecord { get; init; }
    public required string Broker { get; init; }
    public required int ProcessorCount { get; init; }

    public required double EventsPerSecond { get; init; }
    public required double CeilingEventsPerSecond { get; init; }
    public required double BaselineEventsPerSecond { get; init; }
    public required double FractionOfCeiling { get; init; }
    public required double TimesBaseline { get; init; }

    public required double SteadyEventsPerSecond { get; init; }
    public double? P50LatencyMs { get; init; }
    public double? P99LatencyMs { get; init; }
    public double? MaxLatencyMs { get; init; }
    public double? P50LakeLatencyMs { get; init; }
    public double? P99LakeLatencyMs { get; init; }
    public double? MaxLakeLatencyMs { get; init; }

    public required double CpuSecondsPerMillionEvents { get; init; }
    public required double CeilingCpuSecondsPerMillionEvents { get; init; }
    public required double BaselineCpuSecondsPerMillionEvents { get; init; }
    public required double PeakRssMb { get; init; }
    public required double WireBytesPerEvent { get; init; }
    public required double BaselineWireBytesPerEvent { get; init; }
    public required double LakeBytesPerEvent { get; init; }

    /// <summary>The same pipeline with batches in clear, run right after (same broker, machine, workload): the reference that prices encryption.</summary>
    public double? PlaintextEventsPerSecond { get; init; }
    public double? PlaintextCpuSecondsPerMillionEvents { get; init; }
    public double? PlaintextWireBytesPerEvent { get; init; }

    /// <summary>Sealed throughput as a fraction of the throughput in clear.</summary>
    public double? EncryptedFractionOfPlaintext => PlaintextEventsPerSecond is { } plain and > 0 ? EventsPerSecond / plain : null;

    /// <summary>CPU seconds per million events that encryption adds (sealed minus in clear; the machine's noise included).</summary>
    public double? EncryptionCpuSecondsPerMillionEvents => PlaintextCpuSecondsPerMillionEvents is { } plain ? CpuSecondsPerMillionEvents - plain : null;

    /// <summary>The same sealed pipeline with the action reducer off, run right after: the reference that prices the actions stream.</summary>
    public double? WithoutActionsEventsPerSecond { get; init; }
    public double? WithoutActionsCpuSecondsPerMillionEvents { get; init; }

    /// <summary>Throughput with actions as a fraction of the throughput without them.</summary>
    public double? ActionsFractionOfWithout => WithoutActionsEventsPerSecond is { } without and > 0 ? EventsPerSecond / without : null;

    /// <summary>Partitions of every bench topic.</summary>
    public int Partitions { get; init; }

    /// <summary>Processor instances in the processor-alone reference's group (<c>--processors</c>).</summary>
    public int Processors { get; init; } = 1;

    /// <summary>Most threads of the process during the pipeline stage (capture path, processor, sink, reader, broker).</summary>
    public int PipelinePeakThreads { get; init; }

    /// <summary>Most memory the garbage collector had committed during the pipeline stage (the managed part of <see cref="PeakRssMb"/>).</summary>
    public double PipelinePeakManagedMb { get; init; }

    /// <summary>Managed bytes allocated per event over the pipeline stage's timed part, every thread.</summary>
    public double? PipelineAllocatedBytesPerEvent { get; init; }

    /// <summary>Share of the pipeline stage's timed part the process spent paused in collections.</summary>
    public double? PipelineGcPauseFraction { get; init; }

    /// <summary>Collections per generation over the pipeline stage's timed part.</summary>
    public int[] PipelineGcCollections { get; init; } = [];

    /// <summary>Events per second of <c>pipeline process</c> alone (all its work) on the pipeline's raw records, all instances together.</summary>
    public double ProcessorEventsPerSecond { get; init; }

    /// <summary>Events per second of each processor instance in the processor-alone reference.</summary>
    public double[] ProcessorEventsPerSecondEach { get; init; } = [];

    /// <summary>CPU seconds per million events of the processor-alone reference (the process: processor, feeder, reader, broker).</summary>
    public double ProcessorCpuSecondsPerMillionEvents { get; init; }

    /// <summary>Most threads of the process during the processor-alone reference.</summary>
    public int ProcessorPeakThreads { get; init; }

    /// <summary>Managed bytes allocated per event in the processor-alone reference, every thread.</summary>
    public double? ProcessorAllocatedBytesPerEvent { get; init; }

    /// <summary>Events per second of the Streamiz.Kafka.Net topology doing the stateless part on the same records.</summary>
    public double StreamizEventsPerSecond { get; init; }

    /// <summary>CPU seconds per million events of the Streamiz reference (same feeder, reader and broker).</summary>
    public double StreamizCpuSecondsPerMillionEvents { get; init; }

    /// <summary>Most threads of the process during the Streamiz reference.</summary>
    public int StreamizPeakThreads { get; init; }

    /// <summary>Managed bytes allocated per event in the Streamiz reference, every thread.</summary>
    public double? StreamizAllocatedBytesPerEvent { get; init; }

    /// <summary>The processor alone in events per second, as a multiple of Streamiz (at least 1 is the target).</summary>
    public double ProcessorTimesStreamiz { get; init; }

    /// <summary>Streamiz's CPU per event over the processor's (at least 1: the processor spends no more per event).</summary>
    public double StreamizCpuOverProcessorCpu { get; init; }

    /// <summary>Events per second read back, a sample a second, per stage: the picture's upper half.</summary>
    public IReadOnlyList<TimelineSeries> Timeline { get; init; } = [];

    /// <summary>The steady phase's capture → clean topic latencies in ms, in order, as up to 2,000 points evenly spaced in rank (for the picture; not in the JSON).</summary>
    [JsonIgnore]
    public IReadOnlyList<double> CleanLatencyMs { get; init; } = [];

    /// <summary>The steady phase's capture → lake latencies in ms, in order, as up to 2,000 points evenly spaced in rank (for the picture; not in the JSON).</summary>
    [JsonIgnore]
    public IReadOnlyList<double> LakeLatencyMs { get; init; } = [];

    /// <summary>One stage's throughput over time.</summary>
    public sealed class TimelineSeries
    {
        public required string Stage { get; init; }

        public List<double> Seconds { get; } = [];

        public List<double> EventsPerSecond { get; } = [];
    }

    private static readonly JsonSerializerOptions s_json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public string ToJson() => JsonSerializer.Serialize(this, s_json);

    public string ToText()
    {
        static string Ms(double? v) => v is { } x ? x.ToString("N1", CultureInfo.InvariantCulture) + " ms" : "n/a";
        var t = new System.Text.StringBuilder();
        t.AppendLine(string.Create(CultureInfo.InvariantCulture, $"pipeline bench: {Events:N0} events from {Devices:N0} devices, {EventsPerRecord} events per record, {Broker}, {ProcessorCount} cores"));
        t.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  end to end (exactly once)   {EventsPerSecond,14:N0} events/s   {FractionOfCeiling:P0} of the ceiling, {TimesBaseline:N1}× the naive design"));
        t.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  ceiling (copy, no work)     {CeilingEventsPerSecond,14:N0} events/s"));
        t.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  naive design                {BaselineEventsPerSecond,14:N0} events/s"));
        t.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  pipeline process alone      {ProcessorEventsPerSecond,14:N0} events/s   {ProcessorCpuSecondsPerMillionEvents:N2} CPU s per million, {ProcessorPeakThreads} threads, {Processors} instance(s): {PerProcessor()}"));
        t.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  Streamiz (stateless part)   {StreamizEventsPerSecond,14:N0} events/s   {StreamizCpuSecondsPerMillionEvents:N2} CPU s per million, {StreamizPeakThreads} threads; process alone is {ProcessorTimesStreamiz:N2}× its rate at {1 / Math.Max(StreamizCpuOverProcessorCpu, 1e-9):N2}× its CPU per event"));
        t.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  latency at {SteadyEventsPerSecond:N0} events/s (half the maximum): capture → clean topic p50 {Ms(P50LatencyMs)}, p99 {Ms(P99LatencyMs)}, max {Ms(MaxLatencyMs)}"));
        t.AppendLine(string.Create(CultureInfo.InvariantCulture, $"                                        capture → lake        p50 {Ms(P50LakeLatencyMs)}, p99 {Ms(P99LakeLatencyMs)}, max {Ms(MaxLakeLatencyMs)}"));
        t.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  CPU per million events: {CpuSecondsPerMillionEvents:N2} s (ceiling {CeilingCpuSecondsPerMillionEvents:N2} s, naive {BaselineCpuSecondsPerMillionEvents:N2} s)"));
        if (PlaintextEventsPerSecond is { } plainRate && PlaintextCpuSecondsPerMillionEvents is { } plainCpu)
        {
            t.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"  encryption: {EventsPerSecond:N0} events/s sealed vs {plainRate:N0} in clear ({EncryptedFractionOfPlaintext:P0}); CPU per million events {CpuSecondsPerMillionEvents:N2} s vs {plainCpu:N2} s ({EncryptionCpuSecondsPerMillionEvents:+0.00;-0.00} s); {WireBytesPerEvent:N1} vs {PlaintextWireBytesPerEvent:N1} bytes per event"));
        }

        if (WithoutActionsEventsPerSecond is { } withoutRate && WithoutActionsCpuSecondsPerMillionEvents is { } withoutCpu)
        {
            t.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"  actions: {EventsPerSecond:N0} events/s with the reducer vs {withoutRate:N0} without ({ActionsFractionOfWithout:P0}); CPU per million events {CpuSecondsPerMillionEvents:N2} s vs {withoutCpu:N2} s ({CpuSecondsPerMillionEvents - withoutCpu:+0.00;-0.00} s)"));
        }

        t.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  bytes per event: {WireBytesPerEvent:N1} on the wire (naive {BaselineWireBytesPerEvent:N1}), {LakeBytesPerEvent:N1} in the lake; peak RSS {PeakRssMb:N0} MB"));
        t.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  pipeline stage: {PipelinePeakThreads} threads and {PipelinePeakManagedMb:N0} MB of managed heap at most, {PipelineAllocatedBytesPerEvent ?? 0:N1} B allocated per event, {PipelineGcPauseFraction ?? 0:P1} of the time in GC pauses (gen0/1/2 collections {string.Join('/', PipelineGcCollections)}); {Partitions} partitions"));
        return t.ToString();
    }

    private string PerProcessor()
    {
        var each = new string[ProcessorEventsPerSecondEach.Length];
        for (int i = 0; i < each.Length; i++)
        {
            each[i] = ProcessorEventsPerSecondEach[i].ToString("N0", CultureInfo.InvariantCulture);
        }

        return string.Join(", ", each) + " events/s each";
    }
}
