namespace Pipeline.Capture.Sources;

/// <summary>
/// An input source (X11, synthetic). The agent starts it only while consent allows capture and stops it when
/// consent is paused or revoked, so without consent the source is not even subscribed to input. A source may be
/// started again after it was stopped.
/// </summary>
public interface IInputSource : IAsyncDisposable
{
    /// <summary>A short name for logs and status ("x11", "synthetic").</summary>
    string Name { get; }

    /// <summary>Subscribes to input and begins writing events into <paramref name="sink"/>.</summary>
    void Start(IInteractionSink sink);

    /// <summary>Unsubscribes from input; no event reaches the sink after this completes.</summary>
    Task StopAsync();
}
