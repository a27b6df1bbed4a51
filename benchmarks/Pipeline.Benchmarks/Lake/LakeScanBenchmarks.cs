using BenchmarkDotNet.Attributes;
using Pipeline.Lake.Query;
using Pipeline.Lake.Sink;
using Pipeline.Lake.Storage;
using Pipeline.Lake.Tables;

namespace Pipeline.Benchmarks.Lake;

/// <summary>
/// DuckDB over a day of lake data written by the sink's own writer: <see cref="Devices"/> devices × 8 hours × 60 Hz
/// (10 devices give 17.3 M events), one file per device-hour batch of up to 1 Mi rows, Hive-partitioned by hour.
/// Queries go through <see cref="LakeCatalog"/>'s views, as <c>pipeline lake query</c> runs them.
/// </summary>
[MemoryDiagnoser]
public class LakeScanBenchmarks
{
    private const int Hours = 8;
    private const int EventsPerDeviceHour = 3600 * 60;

    private string _lake = null!;
    private LakeCatalog _catalog = null!;

    [Params(10)]
    public int Devices { get; set; }

    /// <summary>Row group size of the written files, to size <see cref="LakeParquetSettings.RowGroupRows"/> by measurement.</summary>
    [Params(1 << 17, 1 << 20)]
    public int RowGroupRows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _lake = Path.Combine(Path.GetTempPath(), "pipeline-lake-bench-" + Guid.NewGuid().ToString("N")[..8]);
        var layout = new LakeLayout(_lake);
        long seq = 0;
        long offset = 0;
        for (int hour = 0; hour < Hours; hour++)
        {
            var buffer = new PartitionBuffer("interaction.clean.v1", 0, LakeTable.Events);
            long start = LakeBenchmarkData.DayStartMicros + ((9 + hour) * LakeLayout.MicrosPerHour);
            var rows = (EventRows)buffer.RowsFor(start);
            LakeBenchmarkData.Fill(rows, Devices * EventsPerDeviceHour, Devices, start, ref seq);
            buffer.Added(rows.Count);
            buffer.NoteOffset(offset, 0);
            offset += rows.Count / 100;
            buffer.NoteOffset(offset++, 0);
            FileSetWriter.Commit(buffer, layout, new LakeParquetSettings { RowGroupRows = RowGroupRows });
        }

        _catalog = new LakeCatalog(_lake);
        long bytes = Directory.GetFiles(_lake, "*.parquet", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        long count = _catalog.Scalar<long>("SELECT count(*) FROM events");
        Console.WriteLine($"// day of data: {count} events, {bytes} bytes, {(double)bytes / count:0.00} bytes per event");
    }

    [Benchmark(Baseline = true)]
    public long CountByKind() => _catalog.Scalar<long>("SELECT CAST(sum(n) AS BIGINT) FROM (SELECT kind, count(*) AS n FROM events GROUP BY kind)");

    [Benchmark]
    public long ActiveMinutesPerSubject() =>
        _catalog.Scalar<long>("SELECT CAST(sum(m) AS BIGINT) FROM (SELECT subject, count(DISTINCT date_trunc('minute', event_time)) AS m FROM events GROUP BY subject)");

    [Benchmark]
    public long OneHourOfClicks() =>
        _catalog.Scalar<long>("SELECT count(*) FROM events WHERE hour = 12 AND kind = 'button_down'");

    [GlobalCleanup]
    public void Cleanup()
    {
        _catalog.Dispose();
        Directory.Delete(_lake, recursive: true);
    }
}
