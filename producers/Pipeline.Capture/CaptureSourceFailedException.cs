namespace Pipeline.Capture;

/// <summary>
/// The agent stopped because its input source died while capturing (<see cref="Sources.IInputSource.Failure"/>): it
/// sealed, synced and drained first, and said so in its log and status file (<see cref="AgentStatusFile"/>).
/// Restarting can help once the source is back (the X server of a new session): the supervisor's job.
/// </summary>
public sealed class CaptureSourceFailedException : Exception
{
    public CaptureSourceFailedException()
    {
    }

    public CaptureSourceFailedException(string message)
        : base(message)
    {
    }

    public CaptureSourceFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
