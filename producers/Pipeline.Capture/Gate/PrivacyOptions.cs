namespace Pipeline.Capture.Gate;

/// <summary>What the privacy gate lets through besides consent. Immutable; validated once.</summary>
public sealed record PrivacyOptions
{
    /// <summary>
    /// Applications whose input may be recorded, matched case-insensitively against the application id (X11:
    /// either part of WM_CLASS). Empty by default: nothing is recorded until the person lists applications.
    /// </summary>
    public IReadOnlyList<string> AllowApps { get; init; } = [];

    /// <summary>Window titles travel only when this is on, and then scrubbed on the device. Off by default.</summary>
    public bool WithTitles { get; init; }

    /// <summary>Throws with a one-line reason when an option is unusable.</summary>
    public void Validate()
    {
        foreach (string app in AllowApps)
        {
            if (string.IsNullOrWhiteSpace(app))
            {
                throw new ArgumentException("allow-apps must not contain an empty application name");
            }

            if (app.Length > 256)
            {
                throw new ArgumentException("allow-apps names must be at most 256 characters");
            }
        }
    }

    /// <summary>Parses a comma-separated list as <c>--allow-apps a,b</c> gives it.</summary>
    public static IReadOnlyList<string> ParseAppList(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var apps = new List<string>();
        foreach (string part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            apps.Add(part);
        }

        return apps;
    }
}
