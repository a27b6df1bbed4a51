namespace Pipeline.Lake.Plots;

/// <summary>What <see cref="SessionPlot.Save"/> draws: one session, or one person's day, into a PNG of a given size.</summary>
public sealed record SessionPlotOptions
{
    /// <summary>The smallest side accepted: below it the three panels' axes leave no room for data.</summary>
    public const int MinSide = 300;

    /// <summary>The largest side accepted: far beyond any screen, and it keeps the bitmap under ~250 MB.</summary>
    public const int MaxSide = 8000;

    /// <summary>The PNG to write (its directory is created if missing).</summary>
    public required string Out { get; init; }

    /// <summary>The session to draw; exactly one of this and <see cref="Subject"/> is set.</summary>
    public string? SessionId { get; init; }

    /// <summary>The person's pseudonym (the lake's <c>subject</c>) whose <see cref="Date"/> to draw.</summary>
    public string? Subject { get; init; }

    /// <summary>The UTC day drawn with <see cref="Subject"/>.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Width in pixels; 1600 by default, wide enough for the path and the heat map side by side.</summary>
    public int Width { get; init; } = 1600;

    /// <summary>Height in pixels; 1000 by default, so the timeline below keeps a third of it.</summary>
    public int Height { get; init; } = 1000;

    /// <summary>Rejects an empty path, a size out of range, and anything but exactly one of a session or a person's day.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Out))
        {
            throw new ArgumentException("--out must name a PNG file");
        }

        if (Width is < MinSide or > MaxSide || Height is < MinSide or > MaxSide)
        {
            throw new ArgumentException($"--width and --height must be between {MinSide} and {MaxSide} pixels (got {Width}x{Height})");
        }

        bool session = !string.IsNullOrWhiteSpace(SessionId);
        bool day = !string.IsNullOrWhiteSpace(Subject) || Date is not null;
        if (session == day)
        {
            throw new ArgumentException("give either --session ID or --subject PSEUDONYM --date YYYY-MM-DD, not both and not neither");
        }

        if (day && (string.IsNullOrWhiteSpace(Subject) || Date is null))
        {
            throw new ArgumentException("--subject and --date go together: a person's day needs both");
        }
    }
}
