namespace Pipeline.Host.Commands;

/// <summary><c>pipeline consent ui [--port N]</c> as asked for.</summary>
public sealed record ConsentUiRequest
{
    /// <summary>The loopback port; null takes the port used last time if free, else any free port.</summary>
    public int? Port { get; init; }
}
