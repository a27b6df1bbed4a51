using System.Diagnostics.Metrics;

namespace Pipeline.Telemetry;

/// <summary>
/// Every metric of the pipeline, named once. Names are already in Prometheus form so dashboards and alert
/// rules (k8s/observability) match the code letter for letter. Labels never carry event content or raw ids.
/// Counters are process-wide; a gauge belongs to the instance it measures: the instance registers itself
/// (<see cref="TrackSpool"/>, <see cref="TrackSinkLag"/>) and disposes the registration when it stops, and the
/// gauge's callback reads the instances registered at the moment of the scrape.
/// </summary>
public static class PipelineMetrics
{
    /// <summary>The one meter all components record on; the host exports it.</summary>
    public static readonly Meter Meter = new("Pipeline", "1.0");

    /// <summary>Events accepted into the pipeline by a role; label <c>role</c> (capture, process, sink).</summary>
    public static readonly Counter<long> EventsIn = Meter.CreateCounter<long>("pipeline_events_in_total", "events", "Events accepted by a role");

    /// <summary>
    /// Events dropped on purpose; label <c>reason</c> (no_consent, paused, revoked, consent_unreadable, not_allowlisted,
    /// app_not_allowed, late_event, ...).
    /// </summary>
    public static readonly Counter<long> EventsDropped = Meter.CreateCounter<long>("pipeline_events_dropped_total", "events", "Events dropped, by reason");

    /// <summary>Events written out by a role; label <c>role</c>.</summary>
    public static readonly Counter<long> EventsOut = Meter.CreateCounter<long>("pipeline_events_out_total", "events", "Events written by a role");

    /// <summary>
    /// Raw records (device batches) the processor dropped whole without reading them; label <c>reason</c>: <c>erased</c>
    /// (their data key is erased with their person, so nobody can read them).
    /// </summary>
    public static readonly Counter<long> BatchesDropped = Meter.CreateCounter<long>("pipeline_batches_dropped_total", "records", "Raw records dropped unread, by reason");

    /// <summary>Records sent to the dead-letter topic; label <c>reason</c>.</summary>
    public static readonly Counter<long> DeadLetters = Meter.CreateCounter<long>("pipeline_dead_letters_total", "records", "Records sent to the dead-letter topic, by reason");

    /// <summary>
    /// Consent records the processor could not read (undecodable, unknown schema, against the schema's rules); each
    /// blocks the subject its key names until a readable change arrives. Counted on every read, so a processor that
    /// restarts counts again a record that is still the subject's latest.
    /// </summary>
    public static readonly Counter<long> ConsentUnreadable = Meter.CreateCounter<long>("pipeline_consent_unreadable_total", "records", "Consent records that could not be read");

    /// <summary>
    /// People whose secret tombstone a processor read (an erasure; their state is forgotten); with
    /// <c>kind="state_on_restore"</c>, subject states a restore found in the changelog after their person was erased.
    /// More erasures than the erasure audit records is a sign of forged tombstones (docs/operations.md).
    /// </summary>
    public static readonly Counter<long> Erasures = Meter.CreateCounter<long>("pipeline_erasures_total", "subjects", "Erasures a processor applied, by kind");

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

    /// <summary>Label naming a spool on the spool gauges (<see cref="TrackSpool"/>).</summary>
    public const string SpoolLabel = "spool";

    /// <summary>
    /// Label naming a sink on <see cref="SinkLagSeconds"/>: its consumer group, the label kafka-exporter gives
    /// <c>kafka_consumergroup_lag</c>, so the two views of one sink's lag line up on a dashboard.
    /// </summary>
    public const string ConsumerGroupLabel = "consumergroup";

    private static readonly LiveInstances<TrackedSpool> s_spools = new();
    private static readonly LiveInstances<TrackedSink> s_sinks = new();

    /// <summary>
    /// Bytes waiting in each live disk spool (<see cref="TrackSpool"/>), label <c>spool</c>; absent while none is
    /// tracked, and a disposed spool stops reporting.
    /// </summary>
    public static readonly ObservableGauge<long> SpoolBytes = Meter.CreateObservableGauge(
        "pipeline_spool_bytes", static () => ObserveSpools(static s => s.PendingBytes()), "bytes", "Bytes waiting in the disk spool");

    /// <summary>Each live spool's bound, label <c>spool</c>; capture stops when <see cref="SpoolBytes"/> reaches it.</summary>
    public static readonly ObservableGauge<long> SpoolCapacityBytes = Meter.CreateObservableGauge(
        "pipeline_spool_capacity_bytes", static () => ObserveSpools(static s => s.CapacityBytes), "bytes", "The disk spool's bound");

    /// <summary>How long rows have waited for the lake, per running sink (<see cref="TrackSinkLag"/>), label <c>consumergroup</c>.</summary>
    public static readonly ObservableGauge<double> SinkLagSeconds = Meter.CreateObservableGauge(
        "pipeline_sink_lag_seconds", ObserveSinks, "s", "How long rows have waited for the lake");

    /// <summary>
    /// Reports a disk spool through <see cref="SpoolBytes"/> and <see cref="SpoolCapacityBytes"/> with
    /// <c>spool="<paramref name="name"/>"</c> until the returned registration is disposed. Spools of different
    /// names are separate series; live spools of one name are one series whose bytes and capacity are both summed,
    /// so the alert's bytes / capacity stays the fill of that group.
    /// </summary>
    /// <param name="name">A role such as <c>capture</c> or <c>bench</c>: configuration, never a person or a path.</param>
    /// <param name="pendingBytes">Read on every scrape, from the scraping thread.</param>
    /// <param name="capacityBytes">The spool's bound.</param>
    public static IDisposable TrackSpool(string name, Func<long> pendingBytes, long capacityBytes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(pendingBytes);
        ArgumentOutOfRangeException.ThrowIfNegative(capacityBytes);
        return s_spools.Add(new TrackedSpool(name, pendingBytes, capacityBytes));
    }

    /// <summary>
    /// Reports a running lake sink through <see cref="SinkLagSeconds"/> with
    /// <c>consumergroup="<paramref name="consumerGroup"/>"</c> until the returned registration is disposed. Live sinks
    /// of one group are one series holding the longest wait (a sum of waits means nothing).
    /// </summary>
    /// <param name="consumerGroup">The sink's consumer group id (configuration, never a person).</param>
    /// <param name="lagSeconds">Read on every scrape, from the scraping thread.</param>
    public static IDisposable TrackSinkLag(string consumerGroup, Func<double> lagSeconds)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(consumerGroup);
        ArgumentNullException.ThrowIfNull(lagSeconds);
        return s_sinks.Add(new TrackedSink(consumerGroup, lagSeconds));
    }

    private static Measurement<long>[] ObserveSpools(Func<TrackedSpool, long> value)
    {
        TrackedSpool[] spools = s_spools.Snapshot();
        if (spools.Length == 0)
        {
            return [];
        }

        var byName = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (TrackedSpool spool in spools)
        {
            byName[spool.Name] = byName.GetValueOrDefault(spool.Name) + value(spool);
        }

        var measurements = new Measurement<long>[byName.Count];
        int i = 0;
        foreach ((string name, long total) in byName)
        {
            measurements[i++] = new Measurement<long>(total, new KeyValuePair<string, object?>(SpoolLabel, name));
        }

        return measurements;
    }

    private static Measurement<double>[] ObserveSinks()
    {
        TrackedSink[] sinks = s_sinks.Snapshot();
        if (sinks.Length == 0)
        {
            return [];
        }

        var byGroup = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (TrackedSink sink in sinks)
        {
            double lag = sink.LagSeconds();
            byGroup[sink.ConsumerGroup] = byGroup.TryGetValue(sink.ConsumerGroup, out double other) ? Math.Max(other, lag) : lag;
        }

        var measurements = new Measurement<double>[byGroup.Count];
        int i = 0;
        foreach ((string group, double lag) in byGroup)
        {
            measurements[i++] = new Measurement<double>(lag, new KeyValuePair<string, object?>(ConsumerGroupLabel, group));
        }

        return measurements;
    }

    // Classes, not records: a registration is removed by identity, and two spools may look alike.
    private sealed class TrackedSpool(string name, Func<long> pendingBytes, long capacityBytes)
    {
        public string Name { get; } = name;

        public Func<long> PendingBytes { get; } = pendingBytes;

        public long CapacityBytes { get; } = capacityBytes;
    }

    private sealed class TrackedSink(string consumerGroup, Func<double> lagSeconds)
    {
        public string ConsumerGroup { get; } = consumerGroup;

        public Func<double> LagSeconds { get; } = lagSeconds;
    }
}
