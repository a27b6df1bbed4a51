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
        t.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  latency at {SteadyEventsPerSecond:N0} events/s (half the maximum): capture → clean topic p50 {Ms(P50LatencyMs)}, p99 {Ms(P99LatencyMs)}, max {Ms(MaxLatencyMs)}"));
        t.AppendLine(string.Create(CultureInfo.InvariantCulture, $"                                        capture → lake        p50 {Ms(P50LakeLatencyMs)}, p99 {Ms(P99LakeLatencyMs)}, max {Ms(MaxLakeLatencyMs)}"));
        t.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  CPU per million events: {CpuSecondsPerMillionEvents:N2} s (ceiling {CeilingCpuSecondsPerMillionEvents:N2} s, naive {BaselineCpuSecondsPerMillionEvents:N2} s)"));
        t.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  bytes per event: {WireBytesPerEvent:N1} on the wire (naive {BaselineWireBytesPerEvent:N1}), {LakeBytesPerEvent:N1} in the lake; peak RSS {PeakRssMb:N0} MB"));
        return t.ToString();
    }
}
