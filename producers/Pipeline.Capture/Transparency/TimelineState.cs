namespace Pipeline.Capture.Transparency;

/// <summary>What one stretch of the page's timeline was.</summary>
public enum TimelineState
{
    /// <summary>Input was recorded (short pauses in between, under the idle threshold, included).</summary>
    Active,

    /// <summary>The agent listened but recorded nothing: away, or in an application that is not allowed.</summary>
    Quiet,

    /// <summary>Consent was paused.</summary>
    Paused,

    /// <summary>Consent was not given, or was revoked.</summary>
    NotConsented,

    /// <summary>The agent was not running (or nothing is known about that time).</summary>
    AgentOff,
}
