namespace Pipeline.Lake.Sink;

/// <summary>The sink stopped because continuing would lose or corrupt data (an offset out of range, an undecodable record).</summary>
public sealed class LakeSinkException : Exception
{
    public LakeSinkException()
    {
    }

    public LakeSinkException(string message)
        : base(message)
    {
    }

    public LakeSinkException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Whether running the sink again may succeed without someone fixing something first.</summary>
    public bool IsTransient { get; init; }
}
