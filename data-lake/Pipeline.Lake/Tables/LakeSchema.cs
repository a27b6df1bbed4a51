namespace Pipeline.Lake.Tables;

/// <summary>
/// The columns of each table as DuckDB reports them, used for a table's view while it has no files yet (so queries
/// and tools see the same shape before and after the first write) and by tests that check the writers against it.
/// Columns are only ever added, as nullable, so old files and new stay readable side by side (union_by_name).
/// </summary>
public static class LakeSchema
{
    /// <summary>The column that places a row in its date/hour partition.</summary>
    public static string TimeColumn(LakeTable table) => table switch
    {
        LakeTable.Events => "event_time",
        LakeTable.Sessions => "start_time",
        LakeTable.IdlePeriods => "start_time",
        LakeTable.Actions => "start_time",
        LakeTable.Audit => "audit_time",
        _ => throw new ArgumentOutOfRangeException(nameof(table)),
    };

    /// <summary>The column that names the person (a pseudonym), for erasure.</summary>
    public static string SubjectColumn(LakeTable table) => table == LakeTable.Audit ? throw new ArgumentOutOfRangeException(nameof(table)) : "subject";

    /// <summary>Column names and DuckDB types, in file order.</summary>
    public static IReadOnlyList<(string Name, string DuckDbType)> Columns(LakeTable table) => table switch
    {
        LakeTable.Events => s_events,
        LakeTable.Sessions => s_sessions,
        LakeTable.IdlePeriods => s_idle,
        LakeTable.Actions => s_actions,
        LakeTable.Audit => s_audit,
        _ => throw new ArgumentOutOfRangeException(nameof(table)),
    };

    private const string Timestamp = "TIMESTAMP WITH TIME ZONE";

    private static readonly (string, string)[] s_events =
    [
        ("subject", "VARCHAR"), ("device", "VARCHAR"), ("seq", "BIGINT"), ("event_time", Timestamp), ("kind", "VARCHAR"),
        ("x", "INTEGER"), ("y", "INTEGER"), ("button", "VARCHAR"), ("dx", "INTEGER"), ("dy", "INTEGER"),
        ("key_class", "VARCHAR"), ("app", "VARCHAR"), ("title", "VARCHAR"), ("session_id", "VARCHAR"), ("key_version", "INTEGER"),
        ("screen_width", "INTEGER"), ("screen_height", "INTEGER"), ("source_partition", "INTEGER"), ("source_offset", "BIGINT"),
    ];

    private static readonly (string, string)[] s_sessions =
    [
        ("session_id", "VARCHAR"), ("subject", "VARCHAR"), ("start_time", Timestamp), ("end_time", Timestamp),
        ("event_count", "BIGINT"), ("active_seconds", "DOUBLE"), ("idle_seconds", "DOUBLE"), ("key_version", "INTEGER"),
        ("merged_from", "VARCHAR[]"), ("source_partition", "INTEGER"), ("source_offset", "BIGINT"),
    ];

    private static readonly (string, string)[] s_idle =
    [
        ("subject", "VARCHAR"), ("session_id", "VARCHAR"), ("start_time", Timestamp), ("end_time", Timestamp),
        ("reason", "VARCHAR"), ("key_version", "INTEGER"), ("source_partition", "INTEGER"), ("source_offset", "BIGINT"),
    ];

    private static readonly (string, string)[] s_actions =
    [
        ("session_id", "VARCHAR"), ("subject", "VARCHAR"), ("device", "VARCHAR"), ("action", "VARCHAR"),
        ("start_time", Timestamp), ("end_time", Timestamp), ("x", "INTEGER"), ("y", "INTEGER"), ("nx", "DOUBLE"), ("ny", "DOUBLE"),
        ("end_x", "INTEGER"), ("end_y", "INTEGER"), ("end_nx", "DOUBLE"), ("end_ny", "DOUBLE"), ("button", "VARCHAR"),
        ("dx", "INTEGER"), ("dy", "INTEGER"), ("key_count", "INTEGER"), ("key_classes", "VARCHAR[]"), ("inter_key_ms", "INTEGER[]"),
        ("app", "VARCHAR"), ("pre_move_ms", "INTEGER"), ("pre_move_path", "STRUCT(x INTEGER, y INTEGER, t_ms INTEGER)[]"),
        ("seq_first", "BIGINT"), ("seq_last", "BIGINT"), ("key_version", "INTEGER"), ("source_partition", "INTEGER"), ("source_offset", "BIGINT"),
    ];

    private static readonly (string, string)[] s_audit =
    [
        ("audit_time", Timestamp), ("request_id", "VARCHAR"), ("action", "VARCHAR"), ("subjects", "VARCHAR[]"), ("target", "VARCHAR"),
        ("outcome", "VARCHAR"), ("rows_removed", "BIGINT"), ("files_changed", "INTEGER"), ("detail", "VARCHAR"),
    ];
}
