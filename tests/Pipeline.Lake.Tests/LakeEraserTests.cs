using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Lake.Governance;

namespace Pipeline.Lake.Tests;

public sealed class LakeEraserTests : IDisposable
{
    private const string RawId = "alice@example.org";
    private readonly TempLake _lake = new();

    public LakeEraserTests()
    {
        for (int offset = 0; offset < 6; offset++)
        {
            LakeWriter.Write(_lake.Root, 1 + (offset % 2), offset, 50, LakeTestData.BaseMicros + (offset * 60_000_000L));
        }
    }

    [Fact]
    public void Erase_OnePerson_GoneFromEveryTableOtherUntouchedAndAudited()
    {
        ErasureReport report = Eraser().Erase([LakeTestData.Pseudonym(1)], [new ErasureOutcome("interaction.raw.v1", "not_reachable", "until retention")]);

        using var duck = new DuckDb();
        foreach (string table in new[] { "events", "sessions", "idle_periods" }) // actions: Erase_OnePersonWithActions_…
        {
            Assert.Equal(0, duck.Long($"SELECT count(*) FROM {DuckDb.Scan(_lake.Root, table)} WHERE subject = '{LakeTestData.Pseudonym(1)}'"));
            Assert.True(duck.Long($"SELECT count(*) FROM {DuckDb.Scan(_lake.Root, table)} WHERE subject = '{LakeTestData.Pseudonym(2)}'") > 0);
        }

        Assert.Equal(150, duck.Long($"SELECT count(*) FROM {DuckDb.Scan(_lake.Root, "events")}"));
        Assert.Equal(156, report.RowsRemoved);
        List<object?[]> audit = duck.Rows($"SELECT target, outcome, rows_removed, subjects[1], request_id FROM {DuckDb.Scan(_lake.Root, "audit")} ORDER BY target");
        Assert.Equal(5, audit.Count); // actions (none here), events, idle_periods, the raw topic, sessions
        Assert.Equal(["actions", "nothing_found", 0L, LakeTestData.Pseudonym(1), report.RequestId], audit[0]);
        Assert.Equal(["events", "removed", 150L, LakeTestData.Pseudonym(1), report.RequestId], audit[1]);
        Assert.Equal("interaction.raw.v1", audit[3][0]);
        Assert.Equal("not_reachable", audit[3][1]);
    }

    [Fact]
    public void Erase_FileLeftWithNoRows_KeepsItsNameForTheSink()
    {
        int before = _lake.Files("events").Length;

        Eraser().Erase([LakeTestData.Pseudonym(1), LakeTestData.Pseudonym(2)], []);

        Assert.Equal(before, _lake.Files("events").Length);
        using var duck = new DuckDb();
        Assert.Equal(0, duck.Long($"SELECT count(*) FROM {DuckDb.Scan(_lake.Root, "events")}"));
    }

    [Fact]
    public void Erase_InterruptedAfterOneFile_NextRunFinishesTheSameRequest()
    {
        var crashing = new LakeEraser(_lake.Root, NullLoggerFactory.Instance, TimeProvider.System)
        {
            FileErased = (_, _, _) => throw new IOException("simulated crash"),
        };
        Assert.Throws<IOException>(() => crashing.Erase([LakeTestData.Pseudonym(1)], []));

        ErasureReport report = Eraser().Erase([LakeTestData.Pseudonym(1)], []);

        Assert.True(report.Resumed);
        Assert.Equal(156, report.RowsRemoved);
        using var duck = new DuckDb();
        Assert.Equal(0, duck.Long($"SELECT count(*) FROM {DuckDb.Scan(_lake.Root, "events")} WHERE subject = '{LakeTestData.Pseudonym(1)}'"));
        Assert.Equal(1, duck.Long($"SELECT count(DISTINCT request_id) FROM {DuckDb.Scan(_lake.Root, "audit")}"));
    }

    [Fact]
    public void Erase_Always_RawIdNowhereInTheLake()
    {
        Eraser().Erase([LakeTestData.Pseudonym(1)], [new ErasureOutcome("interaction.consent.v1", "tombstoned", "1 tombstone(s) written")]);

        byte[] raw = Encoding.UTF8.GetBytes(RawId);
        foreach (string file in Directory.GetFiles(_lake.Root, "*", SearchOption.AllDirectories))
        {
            Assert.True(File.ReadAllBytes(file).AsSpan().IndexOf(raw) < 0, $"{file} holds the raw id");
        }
    }

    [Fact]
    public void Erase_OnePersonWithActions_ActionsGoneOtherPersonsKept()
    {
        LakeWriter.WriteActions(_lake.Root, 1, 0, LakeTestData.BaseMicros);
        LakeWriter.WriteActions(_lake.Root, 2, 1, LakeTestData.BaseMicros);

        ErasureReport report = Eraser().Erase([LakeTestData.Pseudonym(1)], []);

        using var duck = new DuckDb();
        string actions = DuckDb.Scan(_lake.Root, "actions");
        Assert.Equal(0, duck.Long($"SELECT count(*) FROM {actions} WHERE subject = '{LakeTestData.Pseudonym(1)}'"));
        Assert.Equal(5, duck.Long($"SELECT count(*) FROM {actions} WHERE subject = '{LakeTestData.Pseudonym(2)}'"));
        Assert.Equal(156 + 5, report.RowsRemoved);
        Assert.Equal(5, duck.Long($"SELECT rows_removed FROM {DuckDb.Scan(_lake.Root, "audit")} WHERE target = 'actions'"));
    }

    private LakeEraser Eraser() => new(_lake.Root, NullLoggerFactory.Instance, TimeProvider.System);

    public void Dispose() => _lake.Dispose();
}
