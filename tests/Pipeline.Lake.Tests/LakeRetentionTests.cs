using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Lake.Governance;
using Pipeline.Lake.Sink;
using Pipeline.Lake.Storage;
using Pipeline.TestSupport;

namespace Pipeline.Lake.Tests;

public sealed class LakeRetentionTests : IDisposable
{
    private readonly TempLake _lake = new();

    [Fact]
    public void Run_PartitionsWhollyOlderThanRetention_DroppedAndAudited()
    {
        LakeWriter.Write(_lake.Root, 1, 0, 10, LakeTestData.BaseMicros - (2 * 3_600_000_000L)); // 07:59:58
        LakeWriter.Write(_lake.Root, 1, 1, 10, LakeTestData.BaseMicros + 10_000_000);           // 10:00:08
        var now = new ManualTime(new DateTimeOffset(2026, 3, 2, 10, 30, 0, TimeSpan.Zero));
        var options = new LakeRetentionOptions { Events = TimeSpan.FromHours(25), Sessions = TimeSpan.FromHours(25), IdlePeriods = null };

        RetentionReport report = new LakeRetention(_lake.Root, options, NullLoggerFactory.Instance, now).Run();

        using var duck = new DuckDb();
        Assert.Equal(10, duck.Long($"SELECT count(*) FROM {DuckDb.Scan(_lake.Root, "events")}"));
        Assert.Equal(1, duck.Long($"SELECT count(*) FROM {DuckDb.Scan(_lake.Root, "sessions")}"));
        Assert.Equal(2, duck.Long($"SELECT count(*) FROM {DuckDb.Scan(_lake.Root, "idle_periods")}"));
        AuditEntry events = report.Entries.Single(e => e.Target == "events");
        Assert.Equal(("removed", 10L, 1), (events.Outcome, events.RowsRemoved, events.FilesChanged));
        Assert.Equal(1, duck.Long($"SELECT count(*) FROM {DuckDb.Scan(_lake.Root, "audit")} WHERE action = 'retention' AND target = 'events' AND rows_removed = 10"));
    }

    [Fact]
    public void Run_NewestFilesDropped_SinkStillResumesAfterThem()
    {
        LakeWriter.Write(_lake.Root, 1, 41, 10, LakeTestData.BaseMicros - (2 * 3_600_000_000L));
        var now = new ManualTime(new DateTimeOffset(2026, 3, 9, 0, 0, 0, TimeSpan.Zero));

        new LakeRetention(_lake.Root, new LakeRetentionOptions { Events = TimeSpan.FromDays(1), Sessions = TimeSpan.FromDays(1), IdlePeriods = TimeSpan.FromDays(1) }, NullLoggerFactory.Instance, now).Run();

        Assert.Empty(_lake.Files("events"));
        Assert.Equal(42, LakeRecovery.Recover(new LakeLayout(_lake.Root)).NextOffset("interaction.clean.v1", 0));
    }

    [Fact]
    public void Run_ActionsOlderThanTheirRetention_DroppedAndAuditedNewerKept()
    {
        LakeWriter.WriteActions(_lake.Root, 1, 0, LakeTestData.BaseMicros - (2 * 3_600_000_000L) - 10_000_000); // 07:59:48, all in hour 7
        LakeWriter.WriteActions(_lake.Root, 1, 1, LakeTestData.BaseMicros + 10_000_000);                        // 10:00:08
        var now = new ManualTime(new DateTimeOffset(2026, 3, 2, 10, 30, 0, TimeSpan.Zero));

        RetentionReport report = new LakeRetention(_lake.Root, new LakeRetentionOptions { Actions = TimeSpan.FromHours(25) }, NullLoggerFactory.Instance, now).Run();

        using var duck = new DuckDb();
        Assert.Equal(5, duck.Long($"SELECT count(*) FROM {DuckDb.Scan(_lake.Root, "actions")}"));
        Assert.Equal(1000, duck.Long($"SELECT min(seq_first) FROM {DuckDb.Scan(_lake.Root, "actions")}"));
        AuditEntry actions = report.Entries.Single(e => e.Target == "actions");
        Assert.Equal(("removed", 5L), (actions.Outcome, actions.RowsRemoved));
    }

    [Fact]
    public void Defaults_Actions_KeptAsLongAsTheEvents()
    {
        var options = new LakeRetentionOptions();

        Assert.Equal(options.Events, options.Actions);
    }

    public void Dispose() => _lake.Dispose();
}
