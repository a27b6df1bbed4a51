using Pipeline.Bench;

namespace Pipeline.Host.Commands;

/// <summary><c>pipeline bench</c> as asked for; the defaults are <see cref="BenchOptions"/>'.</summary>
public sealed record BenchRequest
{
    private static readonly BenchOptions s_defaults = new();

    /// <summary><c>--events</c>: events through the pipeline at full speed.</summary>
    public long Events { get; init; } = s_defaults.Events;

    /// <summary><c>--devices</c>: devices (people) the events come from.</summary>
    public int Devices { get; init; } = s_defaults.Devices;

    /// <summary><c>--batch-events</c>: events per Kafka record.</summary>
    public int BatchEvents { get; init; } = s_defaults.EventsPerRecord;

    /// <summary><c>--naive-events</c>: events through the naive design.</summary>
    public long NaiveEvents { get; init; } = s_defaults.NaiveEvents;

    /// <summary><c>--steady-seconds</c>: length of the latency phase at half the maximum rate.</summary>
    public double SteadySeconds { get; init; } = s_defaults.SteadyDuration.TotalSeconds;

    /// <summary><c>--partitions</c>: partitions of the bench topics.</summary>
    public int Partitions { get; init; } = s_defaults.Partitions;

    /// <summary><c>--processors</c>: processor instances in one group for the processor-alone reference.</summary>
    public int Processors { get; init; } = s_defaults.Processors;

    /// <summary><c>--actions-ab</c>: pairs of runs with and without the action reducer, nothing else (0: the whole bench).</summary>
    public int ActionsAbPairs { get; init; }

    /// <summary><c>--plot</c>: also draw throughput over time and the latency distribution into this PNG file.</summary>
    public FileInfo? Plot { get; init; }

    /// <summary><c>--json</c>: also write the figures as JSON to this file.</summary>
    public FileInfo? Json { get; init; }
}
