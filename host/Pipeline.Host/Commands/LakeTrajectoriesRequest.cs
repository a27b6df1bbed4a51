using Pipeline.Lake.Export;

namespace Pipeline.Host.Commands;

/// <summary><c>pipeline lake trajectories</c> as asked for.</summary>
public sealed record LakeTrajectoriesRequest
{
    /// <summary>The lake's root directory (<c>--lake</c>).</summary>
    public required DirectoryInfo Lake { get; init; }

    /// <summary>The directory the file goes into (<c>--out</c>).</summary>
    public required DirectoryInfo Out { get; init; }

    /// <summary><c>--format</c>: jsonl (default) or parquet.</summary>
    public TrajectoryFormat Format { get; init; } = TrajectoryFormat.Jsonl;

    /// <summary><c>--session</c>: only this session.</summary>
    public string? SessionId { get; init; }

    /// <summary><c>--from</c>: sessions that started at or after it.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary><c>--to</c>: sessions that started before it.</summary>
    public DateTimeOffset? To { get; init; }
}
