namespace Pipeline.Capture.Sources.X11;

/// <summary>Which X display to read and whether titles are read at all. Immutable; validated once.</summary>
public sealed record X11Options
{
    /// <summary>The display, e.g. ":0"; null uses $DISPLAY.</summary>
    public string? Display { get; init; }

    /// <summary>Read window titles (for the gate to scrub). Off: titles are never even read.</summary>
    public bool ReadTitles { get; init; }

    /// <summary>
    /// How often the focused window is checked while only the pointer moves: 100 ms. Clicks and keys always check
    /// first, so they are attributed to the right application; moves may lag a focus change by this much.
    /// </summary>
    public TimeSpan FocusCheckInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Throws with a one-line reason when an option is unusable.</summary>
    public void Validate()
    {
        if (Display is not null && !Display.Contains(':', StringComparison.Ordinal))
        {
            throw new ArgumentException($"X display '{Display}' must look like :0 or host:0");
        }

        if (FocusCheckInterval < TimeSpan.FromMilliseconds(10) || FocusCheckInterval > TimeSpan.FromSeconds(5))
        {
            throw new ArgumentException("focus check interval must be from 10 ms to 5 s");
        }
    }
}
