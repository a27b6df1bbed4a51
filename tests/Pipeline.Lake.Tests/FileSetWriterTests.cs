using Pipeline.Lake.Sink;
using Pipeline.Lake.Storage;
using Pipeline.Lake.Tables;

namespace Pipeline.Lake.Tests;

public sealed class FileSetWriterTests : IDisposable
{
    private readonly TempLake _lake = new();

    [Fact]
    public void Commit_EventsAcrossHourBoundary_OneFilePerHourWithTheSameOffsetName()
    {
        PartitionBuffer buffer = Fill(200); // 200 events × 20 ms from 09:59:58: 100 in hour 09, 100 in hour 10

        (long bytes, int files) = FileSetWriter.Commit(buffer, new LakeLayout(_lake.Root), new LakeParquetSettings());

        Assert.Equal(2, files);
        Assert.True(bytes > 0);
        string name = "interaction.clean.v1+3+000000000120-000000000121.parquet";
        Assert.True(File.Exists(Path.Combine(_lake.Root, "events", "date=2026-03-01", "hour=09", name)));
        Assert.True(File.Exists(Path.Combine(_lake.Root, "events", "date=2026-03-01", "hour=10", name)));
        using var duck = new DuckDb();
        List<object?[]> perHour = duck.Rows($"SELECT hour, count(*), min(hour(event_time)), max(hour(event_time)) FROM {DuckDb.Scan(_lake.Root, "events")} GROUP BY hour ORDER BY hour");
        Assert.Equal(2, perHour.Count);
        Assert.Equal([9L, 100L, 9L, 9L], perHour[0].Select(v => Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal([10L, 100L, 10L, 10L], perHour[1].Select(v => Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Commit_Events_ColumnsAndTypesAreTheDocumentedSchema()
    {
        FileSetWriter.Commit(Fill(20), new LakeLayout(_lake.Root), new LakeParquetSettings());

        using var duck = new DuckDb();
        List<(string Name, string Type)> described = duck.Describe($"read_parquet({DuckDb.Glob(_lake.Root, "events")}, hive_partitioning = false)");
        Assert.Equal(LakeSchema.Columns(LakeTable.Events).Select(c => (c.Name, c.DuckDbType)), described);
    }

    [Fact]
    public void Commit_Events_ValuesReadBackAsWritten()
    {
        FileSetWriter.Commit(Fill(7), new LakeLayout(_lake.Root), new LakeParquetSettings());

        using var duck = new DuckDb();
        List<object?[]> rows = duck.Rows(
            $"SELECT seq, strftime(event_time, '%Y-%m-%d %H:%M:%S.%f'), kind, x, y, button, dx, dy, key_class, app, title, session_id, key_version, subject FROM {DuckDb.Scan(_lake.Root, "events")} ORDER BY seq");
        Assert.Equal(7, rows.Count);
        Assert.Equal([0L, "2026-03-01 09:59:58.000000", "move", 100, 200, null, null, null, null, null, null, "s-1", 1, LakeTestData.Pseudonym(1)], rows[0]);
        Assert.Equal([1L, "2026-03-01 09:59:58.020000", "button_down", 101, 201, "left", null, null, null, null, null, "s-1", 1, LakeTestData.Pseudonym(1)], rows[1]);
        Assert.Equal([3L, "2026-03-01 09:59:58.060000", "scroll", 103, 203, null, 0, -1, null, null, null, "s-1", 1, LakeTestData.Pseudonym(1)], rows[3]);
        Assert.Equal([4L, "2026-03-01 09:59:58.080000", "key_down", null, null, null, null, null, "letter", null, null, "s-1", 1, LakeTestData.Pseudonym(1)], rows[4]);
        Assert.Equal([6L, "2026-03-01 09:59:58.120000", "focus", null, null, null, null, null, null, "org.example.editor", "notes - <EMAIL>", "s-1", 1, LakeTestData.Pseudonym(1)], rows[6]);
    }

    [Fact]
    public void Commit_UnderPermissiveUmask_Files0640AndFolders0750()
    {
        uint previous = Posix.Umask(0);
        try
        {
            FileSetWriter.Commit(Fill(200), new LakeLayout(_lake.Root), new LakeParquetSettings());
        }
        finally
        {
            Posix.Umask(previous);
        }

        string[] files = _lake.Files("events");
        Assert.Equal(2, files.Length);
        foreach (string file in files)
        {
            Assert.Equal(DurableFiles.FileMode, File.GetUnixFileMode(file));
        }

        foreach (string directory in Directory.GetDirectories(Path.Combine(_lake.Root, "events"), "*", SearchOption.AllDirectories).Append(Path.Combine(_lake.Root, "events")))
        {
            Assert.Equal(DurableFiles.DirectoryMode, File.GetUnixFileMode(directory));
        }
    }

    [Fact]
    public void Commit_NoTemporaryFilesLeftBehind()
    {
        FileSetWriter.Commit(Fill(200), new LakeLayout(_lake.Root), new LakeParquetSettings());

        Assert.Empty(Directory.GetFiles(_lake.Root, "*.tmp", SearchOption.AllDirectories));
    }

    private static PartitionBuffer Fill(int events)
    {
        var buffer = new PartitionBuffer("interaction.clean.v1", 3, LakeTable.Events);
        Schemas.Model.EventBatch batch = LakeTestData.Batch(1, 0, LakeTestData.BaseMicros, events);
        buffer.NoteOffset(120, 0);
        buffer.NoteOffset(121, 0);
        for (int i = 0; i < batch.Count; i++)
        {
            ((EventRows)buffer.RowsFor(batch.Events[i].TimeMicros)).Add(batch, in batch.Events[i], 3, 121);
        }

        buffer.Added(batch.Count);
        return buffer;
    }

    public void Dispose() => _lake.Dispose();
}
