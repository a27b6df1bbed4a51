using Pipeline.Lake.Query;

namespace Pipeline.Host.Commands;

/// <summary><c>pipeline lake query "SQL"</c> as asked for.</summary>
public sealed record LakeQueryRequest
{
    /// <summary>The lake's root directory (<c>--lake</c>).</summary>
    public required DirectoryInfo Lake { get; init; }

    /// <summary>A DuckDB query over the views events, sessions, idle_periods, actions and audit.</summary>
    public required string Sql { get; init; }

    /// <summary><c>--format</c>: table for people (first rows only), csv or json (JSON Lines) with every row.</summary>
    public LakeOutputFormat Format { get; init; } = LakeOutputFormat.Table;
}
