using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pipeline.Bench;

/// <summary>The figures of <c>pipeline bench --actions-ab N</c>: sealed runs with and without the action reducer, alternating.</summary>
public sealed record ActionsCostReport
{
    private static readonly JsonSerializerOptions s_json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>
    /// One measured run: its pair, whether the reducer was on, its figures, and when it ran (CLOCK_MONOTONIC seconds,
    /// its own untimed warm-up included) to cut it out of a <c>perf record -k CLOCK_MONOTONIC</c> profile.
    /// </summary>
    public sealed record Run(int Pair, bool Actions, double EventsPerSecond, double CpuSecondsPerMillionEvents, double? AllocatedBytesPerEvent, double StartedSeconds, double EndedSeconds);

    public required long Events { get; init; }
    public required int Devices { get; init; }
    public required IReadOnlyList<Run> Runs { get; init; }

    /// <summary>Median throughput with actions over the median without (1 = free).</summary>
    public double ActionsFractionOfWithout => Median(true, r => r.EventsPerSecond) / Median(false, r => r.EventsPerSecond);

    public string ToJson() => JsonSerializer.Serialize(this, s_json);

    public string ToText()
    {
        var t = new System.Text.StringBuilder();
        t.AppendLine(string.Create(CultureInfo.InvariantCulture, $"pipeline bench --actions-ab: {Events:N0} events from {Devices:N0} devices per run, sealed, order alternating"));
        foreach (Run r in Runs)
        {
            t.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  pair {r.Pair} {(r.Actions ? "with actions   " : "without actions")} {r.EventsPerSecond,12:N0} events/s   {r.CpuSecondsPerMillionEvents:N2} CPU s per million   {r.AllocatedBytesPerEvent:N0} B allocated per event   monotonic {r.StartedSeconds:F3},{r.EndedSeconds:F3} s"));
        }

        t.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  median: with {Median(true, r => r.EventsPerSecond):N0} vs without {Median(false, r => r.EventsPerSecond):N0} events/s: actions cost {1 - ActionsFractionOfWithout:P1}; CPU per million {Median(true, r => r.CpuSecondsPerMillionEvents):N2} vs {Median(false, r => r.CpuSecondsPerMillionEvents):N2} s"));
        return t.ToString();
    }

    private double Median(bool actions, Func<Run, double> figure)
    {
        var values = new List<double>();
        foreach (Run r in Runs)
        {
            if (r.Actions == actions)
            {
                values.Add(figure(r));
            }
        }

        values.Sort();
        int n = values.Count;
        return n == 0 ? double.NaN : n % 2 == 1 ? values[n / 2] : (values[(n / 2) - 1] + values[n / 2]) / 2;
    }
}
