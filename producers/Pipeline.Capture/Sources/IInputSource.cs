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

    /// <summary>
    /// Why the source stopped on its own while started (its X server went away, its loop failed), or null while it
    /// runs or after a requested stop. The agent watches it: a source that dies must not leave an agent that says it
    /// is listening. <see cref="StopAsync"/> after a failure completes normally; the failure is reported here only.
    /// </summary>
    Exception? Failure { get; }

    /// <summary>Unsubscribes from input; no event reaches the sink after this completes.</summary>
    Task StopAsync();
}
