namespace Pipeline.Lake.Query;

/// <summary>How <see cref="LakeCatalog.Query"/> prints a result.</summary>
public enum LakeOutputFormat
{
    /// <summary>An aligned table for people (at most <see cref="LakeCatalog.MaxTableRows"/> rows).</summary>
    Table,

    /// <summary>RFC 4180 CSV with a header line, every row.</summary>
    Csv,

    /// <summary>JSON Lines: one object per row, every row.</summary>
    Json,
}
