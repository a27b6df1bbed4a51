namespace Pipeline.Host.Commands;

/// <summary><c>pipeline lake plot</c> as asked for.</summary>
public sealed record LakePlotRequest
{
    /// <summary>The lake's root directory (<c>--lake</c>).</summary>
    public required DirectoryInfo Lake { get; init; }

    /// <summary>The PNG to write (<c>--out</c>).</summary>
    public required FileInfo Out { get; init; }

    /// <summary><c>--session</c>: the session to draw.</summary>
    public string? SessionId { get; init; }

    /// <summary><c>--subject</c>: the person's pseudonym whose <see cref="Date"/> to draw.</summary>
    public string? Subject { get; init; }

    /// <summary><c>--date</c>: the UTC day, YYYY-MM-DD, as typed (parsed by the command so a bad one is a one-line error).</summary>
    public string? Date { get; init; }

    /// <summary><c>--width</c> in pixels.</summary>
    public int Width { get; init; } = 1600;

    /// <summary><c>--height</c> in pixels.</summary>
    public int Height { get; init; } = 1000;
}
