using Pipeline.Capture.Consent;

namespace Pipeline.Host.Commands;

/// <summary><c>pipeline consent grant|pause|resume|revoke|status</c> as asked for.</summary>
public sealed record ConsentRequest
{
    /// <summary>The subcommand.</summary>
    public ConsentChange Change { get; init; }

    /// <summary><c>pause --minutes</c>: how long the pause lasts (<see cref="ConsentRecord.DefaultPause"/>).</summary>
    public double PauseMinutes { get; init; } = ConsentRecord.DefaultPause.TotalMinutes;
}
