namespace Pipeline.Host.Commands;

/// <summary><c>pipeline import FILE</c> as asked for.</summary>
public sealed record ImportRequest
{
    /// <summary>The JSON Lines file (DESIGN.md import format).</summary>
    public required FileInfo File { get; init; }

    /// <summary><c>--allow-apps a,b</c>: as for <c>capture</c>; null takes <c>Capture:AllowApps</c>.</summary>
    public string? AllowApps { get; init; }

    /// <summary><c>--with-titles</c>: as for <c>capture</c>.</summary>
    public bool WithTitles { get; init; }
}
