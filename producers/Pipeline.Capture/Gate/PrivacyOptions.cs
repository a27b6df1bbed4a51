using Pipeline.Privacy;

namespace Pipeline.Capture.Gate;

/// <summary>What the privacy gate lets through besides consent. Immutable; validated once.</summary>
public sealed record PrivacyOptions
{
    /// <summary>
    /// Applications whose input may be recorded, matched as <see cref="ApplicationList"/> matches (case-insensitively,
    /// the whole application id; X11: the WM_CLASS class, or its name where the class is empty), the same matching
    /// as the processor's app gate. Empty by default: nothing is recorded until the person lists applications.
    /// </summary>
    public IReadOnlyList<string> AllowApps { get; init; } = [];

    /// <summary>Window titles travel only when this is on, and then scrubbed on the device. Off by default.</summary>
    public bool WithTitles { get; init; }

    /// <summary>Throws with a one-line reason when an option is unusable.</summary>
    public void Validate() => ApplicationList.Validate(AllowApps, "allow-apps");

    /// <summary>Parses a comma-separated list as <c>--allow-apps a,b</c> gives it (<see cref="ApplicationList.Parse"/>).</summary>
    public static IReadOnlyList<string> ParseAppList(string? text) => ApplicationList.Parse(text);
}
