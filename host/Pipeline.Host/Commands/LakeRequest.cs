namespace Pipeline.Host.Commands;

/// <summary><c>pipeline lake stats</c> and <c>pipeline lake retention</c> as asked for: which lake.</summary>
public sealed record LakeRequest
{
    /// <summary>The lake's root directory (<c>--lake</c>).</summary>
    public required DirectoryInfo Lake { get; init; }
}
