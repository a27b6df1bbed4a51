namespace Pipeline.Lake.Governance;

/// <summary>What <see cref="LakeExport"/> found of the person in one table.</summary>
/// <param name="Table">The table (its folder name in the lake).</param>
/// <param name="Rows">Rows of the person copied into the export.</param>
/// <param name="File">The file in the export folder holding them; null when there were none.</param>
/// <param name="From">The earliest time in those rows (any timestamp column), UTC.</param>
/// <param name="To">The latest time in those rows, UTC.</param>
/// <param name="Columns">The table's columns (name and DuckDB type) as stored.</param>
/// <param name="Note">Why a table could not be searched (it names nobody), or null.</param>
public sealed record ExportedTable(
    string Table,
    long Rows,
    string? File,
    DateTimeOffset? From,
    DateTimeOffset? To,
    IReadOnlyList<(string Name, string Type)> Columns,
    string? Note);
