namespace Pipeline.Lake.Governance;

/// <summary>How <see cref="LakeExport"/> writes each table.</summary>
public enum ExportFormat
{
    /// <summary>One Parquet file per table (zstd), with the lake's own column types; for tools.</summary>
    Parquet,

    /// <summary>One JSON Lines file per table, one object per row; readable in any text editor.</summary>
    Jsonl,
}
