using Pipeline.Privacy;

namespace Pipeline.Processing.Apps;

/// <summary>
/// The stream's own application lists (<see cref="AppGate"/>), matched as the device's allow-list is
/// (<see cref="ApplicationList"/>). Both empty by default: the stream then lets through whatever the devices let
/// through, and keeps no state for it. Immutable; validated once.
/// </summary>
public sealed record AppGateOptions
{
    /// <summary>When not empty, only input while one of these applications has focus passes.</summary>
    public IReadOnlyList<string> AllowApps { get; init; } = [];

    /// <summary>Input while one of these applications has focus never passes, whatever <see cref="AllowApps"/> says.</summary>
    public IReadOnlyList<string> DenyApps { get; init; } = [];

    /// <summary>Whether either list has an entry, i.e. whether the gate filters at all.</summary>
    public bool IsConfigured => AllowApps.Count > 0 || DenyApps.Count > 0;

    /// <summary>Rejects an unusable entry with a one-line reason naming the option.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(AllowApps);
        ArgumentNullException.ThrowIfNull(DenyApps);
        ApplicationList.Validate(AllowApps, "allow-apps");
        ApplicationList.Validate(DenyApps, "deny-apps");
    }
}
