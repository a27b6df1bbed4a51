namespace Pipeline.Lake.Export;

/// <summary>What <see cref="TrajectoryExport.Write"/> exports: which sessions, where, in which format.</summary>
public sealed record TrajectoryExportOptions
{
    /// <summary>The directory the file goes into (created if missing).</summary>
    public required string Out { get; init; }

    /// <summary>JSON Lines (the default: what agent-dataset loaders read) or Parquet.</summary>
    public TrajectoryFormat Format { get; init; } = TrajectoryFormat.Jsonl;

    /// <summary>Only this session; null for all.</summary>
    public string? SessionId { get; init; }

    /// <summary>Only sessions that started at or after this instant; null for no lower bound.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Only sessions that started before this instant; null for no upper bound.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>The file's path for <see cref="Format"/>.</summary>
    public string FilePath => Path.Combine(Out, Format == TrajectoryFormat.Parquet ? "trajectories.parquet" : "trajectories.jsonl");

    /// <summary>Rejects an empty output directory or an empty time range with a one-line reason.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Out))
        {
            throw new ArgumentException("--out must name a directory");
        }

        if (From is { } from && To is { } to && to <= from)
        {
            throw new ArgumentException($"--to {to:O} must be after --from {from:O}");
        }
    }
}
