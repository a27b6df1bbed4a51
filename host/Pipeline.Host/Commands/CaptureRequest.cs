namespace Pipeline.Host.Commands;

/// <summary><c>pipeline capture</c> as asked for.</summary>
public sealed record CaptureRequest
{
    /// <summary><c>--display</c>: the X display to read; null takes <c>Capture:Display</c>, then <c>$DISPLAY</c>.</summary>
    public string? Display { get; init; }

    /// <summary><c>--allow-apps a,b</c>: applications whose input may be recorded; null takes <c>Capture:AllowApps</c>.</summary>
    public string? AllowApps { get; init; }

    /// <summary><c>--with-titles</c>: also record window titles of allowed applications, scrubbed on the device.</summary>
    public bool WithTitles { get; init; }

    /// <summary><c>--ui-port N</c>: the person's page on this port of 127.0.0.1; null takes the last one or any free one.</summary>
    public int? UiPort { get; init; }

    /// <summary><c>--no-ui</c>: do not serve the page (an agent whose person uses <c>pipeline consent ui</c>).</summary>
    public bool NoUi { get; init; }
}
