namespace Pipeline.Lake.Query;

/// <summary>One partition (or, with <see cref="Partition"/> "*", a whole table) as <c>lake stats</c> reports it.</summary>
/// <param name="Table">The table name (<c>events</c>, ...).</param>
/// <param name="Partition"><c>date=YYYY-MM-DD/hour=HH</c>, or <c>*</c> for the table's total.</param>
/// <param name="Rows">Rows, from the Parquet footers.</param>
/// <param name="Files">Committed Parquet files.</param>
/// <param name="Bytes">Bytes of those files.</param>
/// <param name="MinTime">Earliest value of the table's time column, UTC; null when empty.</param>
/// <param name="MaxTime">Latest value of the table's time column, UTC; null when empty.</param>
public sealed record LakeTableStats(string Table, string Partition, long Rows, int Files, long Bytes, DateTimeOffset? MinTime, DateTimeOffset? MaxTime);
