using Pipeline.Lake.Tables;

namespace Pipeline.Lake.Tests;

public sealed class ActionRowsTests : IDisposable
{
    /// <summary>The columns issue 15 names, with their meanings; the table may add others but never rename these.</summary>
    private static readonly string[] s_issueColumns =
    [
        "session_id", "subject", "device", "action", "start_time", "end_time", "x", "y", "nx", "ny", "end_x", "end_y",
        "end_nx", "end_ny", "button", "dx", "dy", "key_count", "key_classes", "inter_key_ms", "app", "pre_move_ms",
        "pre_move_path", "seq_first", "seq_last",
    ];

    private readonly TempLake _lake = new();

    [Fact]
    public void WriteColumns_FiveActions_DuckDbSeesTheIssuesColumnsWithTheDeclaredTypes()
    {
        LakeWriter.WriteActions(_lake.Root, 1, 0, LakeTestData.BaseMicros);

        using var duck = new DuckDb();
        List<(string Name, string Type)> described = duck.Describe($"read_parquet({DuckDb.Glob(_lake.Root, "actions")}, hive_partitioning = false)");
        Assert.Equal(LakeSchema.Columns(LakeTable.Actions).Select(c => (c.Name, c.DuckDbType)), described);
        Assert.Subset(described.Select(c => c.Name).ToHashSet(), s_issueColumns.ToHashSet());
    }

    [Fact]
    public void WriteColumns_FiveActions_ReadBackValueForValue()
    {
        LakeWriter.WriteActions(_lake.Root, 1, 7, LakeTestData.BaseMicros);

        using var duck = new DuckDb();
        string scan = DuckDb.Scan(_lake.Root, "actions");
        List<object?[]> rows = duck.Rows(
            $"SELECT action, x, nx, end_x, end_ny, button, dx, dy, key_count, array_to_string(key_classes, ','), array_to_string(inter_key_ms, ','), " +
            $"pre_move_ms, len(pre_move_path), app, seq_first, seq_last, session_id, subject, source_offset, epoch_ms(end_time) - epoch_ms(start_time) " +
            $"FROM {scan} ORDER BY seq_first");

        Assert.Equal(5, rows.Count);
        Assert.Equal(["click", 960, 0.5, null, null, "left", null, null, 0, "", "", 400, 3L, "org.example.editor", 7000L, 7005L, "s-1", LakeTestData.Pseudonym(1), 7L, 90L], rows[0]);
        Assert.Equal(["type", null, null, null, null, null, null, null, 3, "letter,space,digit", "120,180", null, 0L, "org.example.editor"], rows[1][..14]);
        Assert.Equal(["scroll", 480, 0.25, null, null, null, 0, -3], rows[2][..8]);
        Assert.Equal(["drag", 480, 0.25, 1440, 0.75, "left"], rows[3][..6]);
        Assert.Equal(["focus", "org.example.browser"], new[] { rows[4][0], rows[4][13] });
        Assert.Equal(
            "[{'x': 100, 'y': 100, 't_ms': 0}, {'x': 700, 'y': 400, 't_ms': 250}, {'x': 960, 'y': 540, 't_ms': 400}]",
            duck.Scalar($"SELECT CAST(pre_move_path AS VARCHAR) FROM {scan} WHERE action = 'click'"));
    }

    [Fact]
    public void WriteColumns_ActionsAcrossAnHour_EachInTheHourItStarted()
    {
        LakeWriter.WriteActions(_lake.Root, 1, 0, LakeTestData.BaseMicros); // 09:59:58, later actions in the 10:00 hour

        using var duck = new DuckDb();
        string scan = DuckDb.Scan(_lake.Root, "actions");
        Assert.Equal(0, duck.Long($"SELECT count(*) FROM {scan} WHERE hour <> hour(start_time) OR date <> CAST(start_time AS DATE)"));
        Assert.Equal(2, duck.Long($"SELECT count(DISTINCT hour) FROM {scan}"));
    }

    public void Dispose() => _lake.Dispose();
}
