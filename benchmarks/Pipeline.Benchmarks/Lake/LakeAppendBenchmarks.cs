using BenchmarkDotNet.Attributes;
using Pipeline.Lake.Sink;
using Pipeline.Lake.Tables;
using Pipeline.Schemas.Model;

namespace Pipeline.Benchmarks.Lake;

/// <summary>
/// The sink's per-event path: one decoded clean batch of 100 events appended to its partition buffer, split by
/// hour, as <c>LakeSink</c> does for every record. MemoryDiagnoser shows it allocates nothing once warm.
/// </summary>
[MemoryDiagnoser]
public class LakeAppendBenchmarks
{
    private readonly PartitionBuffer _buffer = new("interaction.clean.v1", 0, LakeTable.Events);
    private readonly EventBatch _batch = new(100);

    [GlobalSetup]
    public void Setup()
    {
        var rows = new EventRows(100);
        long seq = 0;
        LakeBenchmarkData.Fill(rows, 100, 1, LakeBenchmarkData.DayStartMicros, ref seq);
        _batch.Subject = "s00" + new string('a', 61);
        _batch.Device = "d00" + new string('b', 61);
        _batch.KeyVersion = 1;
        for (int i = 0; i < 100; i++)
        {
            ref InteractionEvent e = ref _batch.Add();
            e.Seq = i;
            e.TimeMicros = LakeBenchmarkData.DayStartMicros + (i * 16_667L);
            e.Kind = (EventKind)(i % 7);
            e.SessionId = "session-0";
        }
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
}
