namespace Pipeline.Host.Commands;

/// <summary><c>pipeline sink</c> as asked for.</summary>
public sealed record SinkRequest
{
    /// <summary><c>--lake</c>: the lake's root directory.</summary>
    public required DirectoryInfo Lake { get; init; }

    /// <summary><c>--until-idle</c>: write everything out and exit 0 once nothing new arrived for this many seconds.</summary>
    public double? UntilIdleSeconds { get; init; }
}
