using System.Diagnostics.Metrics;

namespace Pipeline.Telemetry;

/// <summary>
/// Every metric of the pipeline, named once. Names are already in Prometheus form so dashboards and alert
/// rules (k8s/observability) match the code letter for letter. Labels never carry event content or raw ids.
/// </summary>
public static class PipelineMetrics
{
    /// <summary>The one meter all components record on; the host exports it.</summary>
    public static readonly Meter Meter = new("Pipeline", "1.0");

    /// <summary>Events accepted into the pipeline by a role; label <c>role</c> (capture, process, sink).</summary>
    public static readonly Counter<long> EventsIn = Meter.CreateCounter<long>("pipeline_events_in_total", "events", "Events accepted by a role");

    /// <summary>Events dropped on purpose; label <c>reason</c> (no_consent, paused, revoked, not_allowlisted, deny_listed, late, ...).</summary>
    public static readonly Counter<long> EventsDropped = Meter.CreateCounter<long>("pipeline_events_dropped_total", "events", "Events dropped, by reason");

    /// <summary>Events written out by a role; label <c>role</c>.</summary>
    public static readonly Counter<long> EventsOut = Meter.CreateCounter<long>("pipeline_events_out_total", "events", "Events written by a role");

    /// <summary>Records sent to the dead-letter topic; label <c>reason</c>.</summary>
    public static readonly Counter<long> DeadLetters = Meter.CreateCounter<long>("pipeline_dead_letters_total", "records", "Records sent to the dead-letter topic, by reason");

    /// <summary>Kafka transactions committed by the processor.</summary>
    public static readonly Counter<long> TransactionsCommitted = Meter.CreateCounter<long>("pipeline_transactions_committed_total", "transactions", "Transactions committed");

    /// <summary>Kafka transactions aborted by the processor (then rewound and retried).</summary>
    public static readonly Counter<long> TransactionsAborted = Meter.CreateCounter<long>("pipeline_transactions_aborted_total", "transactions", "Transactions aborted");

    /// <summary>Batches written to the agent's disk spool because the broker was unreachable.</summary>
    public static readonly Counter<long> SpooledBatches = Meter.CreateCounter<long>("pipeline_spooled_batches_total", "batches", "Batches written to the disk spool");

    /// <summary>Lake files committed by the sink; label <c>table</c>.</summary>
    public static readonly Counter<long> LakeFiles = Meter.CreateCounter<long>("pipeline_lake_files_total", "files", "Lake files committed");

    /// <summary>
    /// Rows the sink dropped because the lake already had them (a processor repeated outputs on a broker without
    /// transaction isolation); label <c>table</c>.
    /// </summary>
    public static readonly Counter<long> SinkDuplicatesDropped = Meter.CreateCounter<long>("pipeline_sink_duplicates_dropped_total", "rows", "Rows the sink dropped as repeats of rows already delivered");

    private static Func<long>? s_spoolBytes;
    private static long s_spoolCapacity;
    private static Func<double>? s_sinkLag;

    /// <summary>Bytes waiting in the agent's disk spool (<see cref="TrackSpool"/>); absent until a spool is tracked.</summary>
    public static readonly ObservableGauge<long> SpoolBytes = Meter.CreateObservableGauge(
        "pipeline_spool_bytes", () => s_spoolBytes is { } bytes ? [new Measurement<long>(bytes())] : Array.Empty<Measurement<long>>(), "bytes", "Bytes waiting in the disk spool");

    /// <summary>The spool's bound; capture stops when <see cref="SpoolBytes"/> reaches it.</summary>
    public static readonly ObservableGauge<long> SpoolCapacityBytes = Meter.CreateObservableGauge(
        "pipeline_spool_capacity_bytes", () => s_spoolBytes is null ? Array.Empty<Measurement<long>>() : [new Measurement<long>(Interlocked.Read(ref s_spoolCapacity))], "bytes", "The disk spool's bound");

    /// <summary>How long rows have waited for the lake (<see cref="TrackSinkLag"/>).</summary>
    public static readonly ObservableGauge<double> SinkLagSeconds = Meter.CreateObservableGauge(
        "pipeline_sink_lag_seconds", () => s_sinkLag is { } lag ? [new Measurement<double>(lag())] : Array.Empty<Measurement<double>>(), "s", "How long rows have waited for the lake");

    /// <summary>Reports this process's spool through <see cref="SpoolBytes"/> (one spool per agent process; the latest wins).</summary>
    public static void TrackSpool(Func<long> pendingBytes, long capacityBytes)
    {
        Interlocked.Exchange(ref s_spoolCapacity, capacityBytes);
        Volatile.Write(ref s_spoolBytes, pendingBytes);
    }

    /// <summary>Reports this process's lake sink through <see cref="SinkLagSeconds"/> (one sink per process; the latest wins).</summary>
    public static void TrackSinkLag(Func<double> lagSeconds) => Volatile.Write(ref s_sinkLag, lagSeconds);
}
