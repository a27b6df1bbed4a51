using Pipeline.Capture.Gate;

namespace Pipeline.Capture.Transparency;

/// <summary>How the person's page is served. Immutable; validated once.</summary>
public sealed record TransparencyPageOptions
{
    /// <summary>The owner-only state directory: consent ledger, token, activity file.</summary>
    public required string StateDirectory { get; init; }

    /// <summary>
    /// The loopback port. 0 (the default) takes the port the page used last time if it is free, so a bookmark keeps
    /// working, and any free port otherwise.
    /// </summary>
    public int Port { get; init; }

    /// <summary>The allow-list and titles setting the agent runs with, shown on the page.</summary>
    public PrivacyOptions Privacy { get; init; } = new();

    /// <summary>Where records go, in words (e.g. "Kafka at host:9092, topics …").</summary>
    public string Destination { get; init; } = "Kafka (not configured yet); until then it waits on this device";

    /// <summary>A gap without input longer than this is quiet on the timeline: 3 minutes, ActivityWatch's AFK default (DESIGN.md).</summary>
    public TimeSpan IdleThreshold { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>Connections served at once: 16, plenty for one person's browser; more are closed unanswered.</summary>
    public int MaxConnections { get; init; } = 16;

    /// <summary>How long one request may take to arrive: 10 s, so a stalled client cannot hold a connection.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Throws with a one-line reason when an option is unusable.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(StateDirectory))
        {
            throw new ArgumentException("a state directory is required");
        }

        if (Port is < 0 or > 65535)
        {
            throw new ArgumentException($"--port {Port} must be between 1 and 65535 (or 0 for any free port)");
        }

        if (IdleThreshold <= TimeSpan.Zero || IdleThreshold > TimeSpan.FromHours(1))
        {
            throw new ArgumentException("the idle threshold must be above 0 and at most an hour");
        }

        if (MaxConnections is < 1 or > 1024)
        {
            throw new ArgumentException("the page's connection limit must be between 1 and 1024");
        }

        if (RequestTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentException("the page's request timeout must be above 0");
        }

        Privacy.Validate();
    }
}
