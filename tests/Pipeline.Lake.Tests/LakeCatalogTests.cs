using ParquetSharp;
using Pipeline.Lake.Query;

namespace Pipeline.Lake.Tests;

public sealed class LakeCatalogTests : IDisposable
{
    private readonly TempLake _lake = new();

    [Fact]
    public void Query_EmptyLake_ViewsExistWithTheirColumns()
    {
        using var catalog = new LakeCatalog(_lake.Root);
        var output = new StringWriter();

        long rows = catalog.Query("SELECT count(*) AS n, count(event_time) FROM events", output);

        Assert.Equal(1, rows);
        Assert.Contains("(1 row)", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, catalog.Scalar<long>("SELECT count(*) FROM sessions"));
    }

    [Fact]
    public void Query_Csv_PrintsHeaderAndUtcTimestamps()
    {
        LakeWriter.Write(_lake.Root, 1, 0, 3, LakeTestData.BaseMicros);
        using var catalog = new LakeCatalog(_lake.Root);
        var output = new StringWriter();

        catalog.Query("SELECT seq, event_time, kind FROM events ORDER BY seq", output, LakeOutputFormat.Csv);

        Assert.Equal(
            "seq,event_time,kind\n0,2026-03-01 09:59:58.000000Z,move\n1,2026-03-01 09:59:58.020000Z,button_down\n2,2026-03-01 09:59:58.040000Z,button_up\n",
            output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Query_Json_OneObjectPerRowWithNulls()
    {
        LakeWriter.Write(_lake.Root, 1, 0, 1, LakeTestData.BaseMicros);
        using var catalog = new LakeCatalog(_lake.Root);
        var output = new StringWriter();

        catalog.Query("SELECT seq, kind, button, merged_from, events.date FROM events, sessions", output, LakeOutputFormat.Json);

        Assert.Equal("{\"seq\":0,\"kind\":\"move\",\"button\":null,\"merged_from\":[],\"date\":\"2026-03-01\"}", output.ToString().Trim());
    }

    [Fact]
    public void Query_FileWithoutANewerColumn_ReadsSideBySideWithNull()
    {
        LakeWriter.Write(_lake.Root, 1, 5, 4, LakeTestData.BaseMicros);
        WriteOldEventsFile(Path.Combine(_lake.Root, "events", "date=2026-03-01", "hour=08", "interaction.clean.v1+1+000000000000-000000000000.parquet"));
        using var catalog = new LakeCatalog(_lake.Root);

        Assert.Equal(5, catalog.Scalar<long>("SELECT count(*) FROM events"));
        Assert.Equal(1, catalog.Scalar<long>("SELECT count(*) FROM events WHERE screen_width IS NULL AND kind = 'move'"));
        Assert.Equal(4, catalog.Scalar<long>("SELECT count(*) FROM events WHERE screen_width = 1920"));
    }

    [Fact]
    public void Query_HivePartitionColumns_TypedAsDateAndInteger()
    {
        LakeWriter.Write(_lake.Root, 1, 0, 1, LakeTestData.BaseMicros);
        using var catalog = new LakeCatalog(_lake.Root);

        Assert.Equal("DATE|INTEGER", catalog.Scalar<string>("SELECT typeof(date) || '|' || typeof(hour) FROM events"));
        Assert.Equal(1, catalog.Scalar<long>("SELECT count(*) FROM events WHERE hour = 9 AND date = DATE '2026-03-01'"));
    }

    [Fact]
    public void Stats_TwoHours_RowsFilesAndRangePerPartitionAndTotal()
    {
        LakeWriter.Write(_lake.Root, 1, 0, 200, LakeTestData.BaseMicros);
        using var catalog = new LakeCatalog(_lake.Root);

        IReadOnlyList<LakeTableStats> stats = catalog.Stats();

        LakeTableStats[] events = stats.Where(s => s.Table == "events").ToArray();
        Assert.Equal(["date=2026-03-01/hour=09", "date=2026-03-01/hour=10", "*"], events.Select(s => s.Partition));
        Assert.Equal([100L, 100L, 200L], events.Select(s => s.Rows));
        Assert.Equal([1, 1, 2], events.Select(s => s.Files));
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 9, 59, 58, TimeSpan.Zero), events[2].MinTime);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 10, 0, 1, 980, TimeSpan.Zero), events[2].MaxTime);
        Assert.Equal(0, stats.Single(s => s.Table == "audit" && s.Partition == "*").Rows);
    }

    /// <summary>An events file as a writer before screen_width/screen_height existed would have left it.</summary>
    private static void WriteOldEventsFile(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Column[] columns =
        [
            new Column<string>("subject"), new Column<string>("device"), new Column<long>("seq"),
            new Column(typeof(DateTime), "event_time", LogicalType.Timestamp(isAdjustedToUtc: true, TimeUnit.Micros)),
            new Column<string>("kind"), new Column<string>("session_id"), new Column<int>("key_version"),
        ];
        using var writer = new ParquetFileWriter(path, columns, Compression.Zstd);
        using RowGroupWriter group = writer.AppendRowGroup();
        using (LogicalColumnWriter<string> w = group.NextColumn().LogicalWriter<string>()) { w.WriteBatch(["old"]); }
        using (LogicalColumnWriter<string> w = group.NextColumn().LogicalWriter<string>()) { w.WriteBatch(["dev"]); }
        using (LogicalColumnWriter<long> w = group.NextColumn().LogicalWriter<long>()) { w.WriteBatch([1L]); }
        using (LogicalColumnWriter<DateTime> w = group.NextColumn().LogicalWriter<DateTime>()) { w.WriteBatch([new DateTime(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc)]); }
        using (LogicalColumnWriter<string> w = group.NextColumn().LogicalWriter<string>()) { w.WriteBatch(["move"]); }
        using (LogicalColumnWriter<string> w = group.NextColumn().LogicalWriter<string>()) { w.WriteBatch(["s-old"]); }
        using (LogicalColumnWriter<int> w = group.NextColumn().LogicalWriter<int>()) { w.WriteBatch([1]); }
        writer.Close();
    }

    public void Dispose() => _lake.Dispose();
}
