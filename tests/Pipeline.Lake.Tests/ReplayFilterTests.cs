using DuckDB.NET.Data;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Lake.Governance;
using Pipeline.Lake.Sink;
using Pipeline.Lake.Storage;
using Pipeline.Lake.Tables;
using Pipeline.Schemas.Model;

namespace Pipeline.Lake.Tests;

public sealed class ReplayFilterTests : IDisposable
{
    private readonly TempLake _lake = new();
    private readonly DuckDBConnection _duck = new("DataSource=:memory:");

    public ReplayFilterTests() => _duck.Open();

    [Fact]
    public void Load_CommittedEventFiles_RestoresEachDevicesHighestSeq()
    {
        Commit(LakeTable.Events, 10, b => b.AppendEvents(LakeTestData.Batch(1, 0, LakeTestData.BaseMicros, 20), 10));
        Commit(LakeTable.Events, 11, b => b.AppendEvents(LakeTestData.Batch(2, 100, LakeTestData.BaseMicros, 5), 11));
        var filter = new ReplayFilter(1000, 1000);

        filter.Load(_duck, LakeTable.Events, _lake.Files("events"), 12);

        Assert.Equal(19, filter.HighestSeq(LakeTestData.Device(1)));
        Assert.Equal(104, filter.HighestSeq(LakeTestData.Device(2)));
        Assert.Equal(long.MinValue, filter.HighestSeq(LakeTestData.Device(3)));
    }

    [Fact]
    public void Load_RowsOlderThanTheHorizon_NotRestored()
    {
        Commit(LakeTable.Events, 10, b => b.AppendEvents(LakeTestData.Batch(1, 0, LakeTestData.BaseMicros, 20), 10));
        Commit(LakeTable.Events, 500, b => b.AppendEvents(LakeTestData.Batch(2, 0, LakeTestData.BaseMicros, 5), 500));
        var filter = new ReplayFilter(100, 1000);

        filter.Load(_duck, LakeTable.Events, _lake.Files("events"), 501);

        Assert.Equal(long.MinValue, filter.HighestSeq(LakeTestData.Device(1)));
        Assert.Equal(4, filter.HighestSeq(LakeTestData.Device(2)));
    }

    [Fact]
    public void Load_CommittedSessionsAndIdlePeriods_RepeatsAreRefused()
    {
        SessionSummary session = LakeTestData.Session(1, LakeTestData.BaseMicros) with { MergedFrom = ["s-merged"] };
        IdlePeriod idle = LakeTestData.Idle(1, LakeTestData.BaseMicros);
        Commit(LakeTable.Sessions, 3, b => b.Append(session, 3));
        Commit(LakeTable.IdlePeriods, 4, b => b.Append(idle, 4));
        var sessions = new ReplayFilter(1000, 1000);
        var idles = new ReplayFilter(1000, 1000);

        sessions.Load(_duck, LakeTable.Sessions, _lake.Files("sessions"), 4);
        idles.Load(_duck, LakeTable.IdlePeriods, _lake.Files("idle_periods"), 5);

        Assert.False(sessions.TryAdd(session, 9));
        Assert.False(sessions.TryAdd(session with { SessionId = "s-merged", MergedFrom = [] }, 9));
        Assert.True(sessions.TryAdd(LakeTestData.Session(2, LakeTestData.BaseMicros), 9));
        Assert.False(idles.TryAdd(idle, 9));
        Assert.True(idles.TryAdd(idle with { StartMicros = idle.StartMicros + 1 }, 9));
    }

    [Fact]
    public void Load_AfterErasure_ErasedPersonsDeviceNotReadBackOthersAre()
    {
        Commit(LakeTable.Events, 10, b =>
        {
            b.AppendEvents(LakeTestData.Batch(1, 0, LakeTestData.BaseMicros, 20), 10);
            b.AppendEvents(LakeTestData.Batch(2, 0, LakeTestData.BaseMicros, 20), 10);
        });
        new LakeEraser(_lake.Root, NullLoggerFactory.Instance, TimeProvider.System).Erase([LakeTestData.Pseudonym(1)], []);
        var filter = new ReplayFilter(1000, 1000);

        filter.Load(_duck, LakeTable.Events, _lake.Files("events"), 11);

        Assert.Equal(long.MinValue, filter.HighestSeq(LakeTestData.Device(1)));
        Assert.Equal(19, filter.HighestSeq(LakeTestData.Device(2)));
    }

    [Fact]
    public void Advance_MoreIdsThanTheLimit_ForgetsOnlyThoseOlderThanTheHorizon()
    {
        var filter = new ReplayFilter(horizonRecords: 10, maxIds: 4);
        filter.Advance("old-1", 5, 0);
        filter.Advance("old-2", 5, 1);
        filter.Advance("recent-1", 5, 95);
        filter.Advance("recent-2", 5, 96);

        filter.Advance("newest", 5, 100); // 5 ids > 4: prune what was last seen before offset 90

        Assert.Equal(3, filter.Count);
        Assert.Equal(long.MinValue, filter.HighestSeq("old-1"));
        Assert.Equal(5, filter.HighestSeq("recent-1"));
        Assert.Equal(5, filter.HighestSeq("newest"));
    }

    [Fact]
    public void Advance_AllIdsInsideTheHorizon_KeepsThemAll()
    {
        var filter = new ReplayFilter(horizonRecords: 1000, maxIds: 2);

        for (int i = 0; i < 10; i++)
        {
            filter.Advance($"device-{i}", 1, i);
        }

        Assert.Equal(10, filter.Count);
    }

    private void Commit(LakeTable table, long offset, Action<PartitionBuffer> fill)
    {
        string topic = table switch
        {
            LakeTable.Events => "interaction.clean.v1",
            LakeTable.Sessions => "interaction.sessions.v1",
            _ => "interaction.idle.v1",
        };
        var buffer = new PartitionBuffer(topic, 0, table);
        buffer.NoteOffset(offset, 0);
        fill(buffer);
        FileSetWriter.Commit(buffer, new LakeLayout(_lake.Root), new LakeParquetSettings());
    }

    public void Dispose()
    {
        _duck.Dispose();
        _lake.Dispose();
    }
}
