using ParquetSharp;
using Pipeline.Lake.Governance;

namespace Pipeline.Lake.Tables;

/// <summary>Rows of the <c>audit</c> table, partitioned by the action's time.</summary>
internal sealed class AuditRows : TableRows
{
    private static readonly Column[] s_columns =
    [
        Timestamp("audit_time"),
        new Column<string>("request_id"),
        new Column<string>("action"),
        new Column<string[]>("subjects"),
        new Column<string>("target"),
        new Column<string>("outcome"),
        new Column<long>("rows_removed"),
        new Column<int>("files_changed"),
        new Column<string>("detail"),
    ];

    private readonly List<AuditEntry> _entries = [];

    public AuditRows()
        : base(16)
    {
    }

    public override LakeTable Table => LakeTable.Audit;

    public override Column[] Columns => s_columns;

    public override long PartitionTimeMicros(int row) => (_entries[row].Time.UtcTicks - DateTime.UnixEpoch.Ticks) / 10;

    public void Add(AuditEntry entry)
    {
        _ = NextRow();
        _entries.Add(entry);
    }

    // Audit rows are few per run: clarity over the per-row economy the event tables need.
    public override void WriteColumns(RowGroupWriter rowGroup, int start, int length)
    {
        List<AuditEntry> rows = _entries.GetRange(start, length);
        Write(rowGroup, rows.Select(e => e.Time.UtcDateTime).ToArray(), 0, length);
        Write(rowGroup, rows.Select(e => e.RequestId).ToArray(), 0, length);
        Write(rowGroup, rows.Select(e => e.Action).ToArray(), 0, length);
        Write(rowGroup, rows.Select(e => e.Pseudonyms.ToArray()).ToArray(), 0, length);
        Write(rowGroup, rows.Select(e => e.Target).ToArray(), 0, length);
        Write(rowGroup, rows.Select(e => e.Outcome).ToArray(), 0, length);
        Write(rowGroup, rows.Select(e => e.RowsRemoved).ToArray(), 0, length);
        Write(rowGroup, rows.Select(e => e.FilesChanged).ToArray(), 0, length);
        Write(rowGroup, rows.Select(e => e.Detail).ToArray(), 0, length);
    }

    protected override void Grow(int capacity)
    {
    }
}
