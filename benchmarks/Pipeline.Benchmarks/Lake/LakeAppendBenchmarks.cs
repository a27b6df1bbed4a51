using BenchmarkDotNet.Attributes;
using Pipeline.Lake.Sink;
using Pipeline.Lake.Tables;
using Pipeline.Schemas.Model;

namespace Pipeline.Benchmarks.Lake;

/// <summary>
/// The sink's per-event path: one decoded clean batch of 100 events appended to its partition buffer, split by
/// hour, as <c>LakeSink</c> does for every record. MemoryDiagnoser shows it allocates nothing once warm.
/// <c>AppendBatchOf100</c> is the path without the replay filter (as before it existed), for comparison;
/// <c>AppendEventsOf100</c> is what the sink runs now (fresh sequence numbers, all kept); <c>RepeatedBatchOf100</c> a
/// batch the lake already has (all dropped).
/// </summary>
[MemoryDiagnoser]
public class LakeAppendBenchmarks
{
    private readonly PartitionBuffer _buffer = new("interaction.clean.v1", 0, LakeTable.Events);
    private readonly PartitionBuffer _filtered = new("interaction.clean.v1", 1, LakeTable.Events);
    private readonly PartitionBuffer _repeats = new("interaction.clean.v1", 2, LakeTable.Events);
    private readonly EventBatch _batch = new(100);
    private readonly EventBatch _repeated = new(100);

    [GlobalSetup]
    public void Setup()
    {
        var rows = new EventRows(100);
        long seq = 0;
        LakeBenchmarkData.Fill(rows, 100, 1, LakeBenchmarkData.DayStartMicros, ref seq);
        Fill(_batch);
        Fill(_repeated);
        _repeats.AppendEvents(_repeated, 0);
    }

    [Benchmark(OperationsPerInvoke = 100)]
    public int AppendBatchOf100()
    {
        Span<InteractionEvent> events = _batch.Events;
        for (int i = 0; i < events.Length; i++)
        {
            ((EventRows)_buffer.RowsFor(events[i].TimeMicros)).Add(_batch, in events[i], 0, 1);
        }

        _buffer.Added(events.Length);
        int rows = _buffer.Rows;
        if (rows >= 1 << 20)
        {
            _buffer.Reset(); // keeps the arrays: what a commit does
        }

        return rows;
    }

    [Benchmark(OperationsPerInvoke = 100)]
    public int AppendEventsOf100()
    {
        // Fresh sequence numbers each time, as a live device's: moving them is part of the measured cost (~0.3 ns/event).
        Span<InteractionEvent> events = _batch.Events;
        for (int i = 0; i < events.Length; i++)
        {
            events[i].Seq += 100;
        }

        _filtered.AppendEvents(_batch, 1);
        int rows = _filtered.Rows;
        if (rows >= 1 << 20)
        {
            _filtered.Reset();
        }

        return rows;
    }

    [Benchmark(OperationsPerInvoke = 100)]
    public int RepeatedBatchOf100()
    {
        // The sequence numbers of the setup's batch (0..99) are below the mark after the first append, so all drop.
        _repeats.Reset();
        return _repeats.AppendEvents(_repeated, 2);
    }

    private static void Fill(EventBatch batch)
    {
        batch.Subject = "s00" + new string('a', 61);
        batch.Device = "d00" + new string('b', 61);
        batch.KeyVersion = 1;
        for (int i = 0; i < 100; i++)
        {
            ref InteractionEvent e = ref batch.Add();
            e.Seq = i;
            e.TimeMicros = LakeBenchmarkData.DayStartMicros + (i * 16_667L);
            e.Kind = (EventKind)(i % 7);
            e.SessionId = "session-0";
        }

    }
}
