using Pipeline.Lake.Export;
using Pipeline.Lake.Query;

namespace Pipeline.Lake.Tests;

public sealed class TrajectoryExportTests : IDisposable
{
    private readonly TempLake _lake = new();
    private readonly string _out;

    public TrajectoryExportTests()
    {
        _out = Path.Combine(_lake.Root, "..", Path.GetFileName(_lake.Root) + "-out");
        LakeWriter.Write(_lake.Root, 1, 0, 20, LakeTestData.BaseMicros);
        LakeWriter.Write(_lake.Root, 2, 1, 20, LakeTestData.BaseMicros + 1_000_000);
        LakeWriter.WriteActions(_lake.Root, 1, 0, LakeTestData.BaseMicros);
        LakeWriter.WriteActions(_lake.Root, 2, 1, LakeTestData.BaseMicros + 1_000_000);
    }

    [Fact]
    public void Write_Jsonl_OneLinePerSessionWithItsStepsInOrderInTheAgentVocabulary()
    {
        long sessions = Export(new TrajectoryExportOptions { Out = _out });

        Assert.Equal(2, sessions);
        using var duck = new DuckDb();
        string json = $"read_json('{Path.Combine(_out, "trajectories.jsonl")}', format = 'newline_delimited')";
        Assert.Equal(2, duck.Long($"SELECT count(*) FROM {json}"));
        List<object?[]> first = duck.Rows(
            $"SELECT session_id, subject, step_count, array_to_string(list_transform(steps, s -> s.action), ','), array_to_string(apps, ','), " +
            $"steps[1].x, steps[1].button, len(steps[1].pre_move_path), steps[1].pre_move_path[3].x, steps[1].pre_move_path[3].t_ms, " +
            $"steps[2].length, array_to_string(steps[2].key_classes, ','), array_to_string(steps[2].inter_key_ms, ','), steps[2].x, " +
            $"steps[3].dy, steps[4].from_x, steps[4].to_x, steps[4].to_y, steps[1].duration_ms, active_seconds, idle_seconds " +
            $"FROM {json} ORDER BY session_id LIMIT 1");
        Assert.Equal(
            ["s-1", LakeTestData.Pseudonym(1), 5L, "click,write,scroll,dragTo,focus", "org.example.browser", 0.5, "left", 3L, 0.5, 400L,
                3L, "letter,space,digit", "120,180", null, -3L, 0.25, 0.75, 0.75, 90L, 50.5, 9.5],
            first[0]);
        Assert.Equal(100 * 0.5 / 960, (double)duck.Scalar($"SELECT steps[1].pre_move_path[1].x FROM {json} WHERE session_id = 's-1'")!, 9);
    }

    [Fact]
    public void Write_ParquetOneSession_OnlyThatSessionsRow()
    {
        long sessions = Export(new TrajectoryExportOptions { Out = _out, Format = TrajectoryFormat.Parquet, SessionId = "s-2" });

        Assert.Equal(1, sessions);
        using var duck = new DuckDb();
        string file = $"read_parquet('{Path.Combine(_out, "trajectories.parquet")}')";
        Assert.Equal("s-2", duck.Scalar($"SELECT session_id FROM {file}"));
        Assert.Equal(5L, duck.Long($"SELECT len(steps) FROM {file}"));
        Assert.Equal("dragTo", duck.Scalar($"SELECT steps[4].action FROM {file}"));
    }

    [Fact]
    public void Write_TimeRange_OnlySessionsThatStartedInIt()
    {
        var from = DateTimeOffset.FromUnixTimeMilliseconds((LakeTestData.BaseMicros / 1000) + 500);

        long sessions = Export(new TrajectoryExportOptions { Out = _out, From = from, To = from.AddHours(1) });

        Assert.Equal(1, sessions); // person 2's session starts a second after person 1's
        Assert.False(File.Exists(Path.Combine(_out, "trajectories.jsonl.tmp")));
    }

    [Fact]
    public void Validate_ToNotAfterFrom_Refused()
    {
        var at = DateTimeOffset.UnixEpoch;

        ArgumentException error = Assert.Throws<ArgumentException>(() => new TrajectoryExportOptions { Out = _out, From = at, To = at }.Validate());

        Assert.Contains("must be after --from", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _lake.Dispose();
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    private long Export(TrajectoryExportOptions options)
    {
        using var catalog = new LakeCatalog(_lake.Root);
        return TrajectoryExport.Write(catalog, options);
    }
}
