namespace Pipeline.Lake.Export;

/// <summary>The file <see cref="TrajectoryExport"/> writes.</summary>
public enum TrajectoryFormat
{
    /// <summary><c>trajectories.jsonl</c>: one JSON object per session per line (what agent-dataset loaders read).</summary>
    Jsonl,

    /// <summary><c>trajectories.parquet</c>: one row per session, the steps a list of structs.</summary>
    Parquet,
}
