namespace Pipeline.Host.Commands;

/// <summary><c>pipeline lake erase --subject ID</c> as asked for.</summary>
public sealed record LakeEraseRequest
{
    /// <summary>The lake's root directory (<c>--lake</c>).</summary>
    public required DirectoryInfo Lake { get; init; }

    /// <summary>The person's raw subject id; turned into its pseudonyms under every configured key, never stored.</summary>
    public required string Subject { get; init; }
}
