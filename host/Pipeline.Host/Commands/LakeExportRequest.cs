using Pipeline.Lake.Governance;

namespace Pipeline.Host.Commands;

/// <summary><c>pipeline lake export --subject ID --out DIR [--format parquet|jsonl]</c> as asked for.</summary>
public sealed record LakeExportRequest
{
    /// <summary>The lake's root directory (<c>--lake</c>).</summary>
    public required DirectoryInfo Lake { get; init; }

    /// <summary>The person's raw subject id; turned into its pseudonyms under every configured key, never stored.</summary>
    public required string Subject { get; init; }

    /// <summary>The folder to write (<c>--out</c>): created owner-only; it must not exist yet or be empty.</summary>
    public required DirectoryInfo Out { get; init; }

    /// <summary><c>--format</c>: Parquet (default) or JSON Lines.</summary>
    public ExportFormat Format { get; init; } = ExportFormat.Parquet;
}
