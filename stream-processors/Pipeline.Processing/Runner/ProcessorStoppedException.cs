namespace Pipeline.Processing.Runner;

/// <summary>
/// How a <see cref="ProcessorRunner"/> stops on an error: the one exception its run faults with, saying why
/// (<see cref="Reason"/>), whether starting it again can help (<see cref="RestartCanHelp"/>), and carrying the cause
/// as <see cref="Exception.InnerException"/>. Work not committed when it stopped is redone by the next run.
/// </summary>
public sealed class ProcessorStoppedException : Exception
{
    public ProcessorStoppedException(ProcessorStopReason reason, string message, Exception? cause)
        : base(message, cause)
    {
        Reason = reason;
    }

    /// <summary>Why the processor stopped.</summary>
    public ProcessorStopReason Reason { get; }

    /// <summary>
    /// Whether a restart, with nothing changed, can be expected to get the processor going again
    /// (<see cref="ProcessorStopReason.Transient"/>, <see cref="ProcessorStopReason.Fenced"/>); otherwise an operator
    /// must act first, and a supervisor that restarts anyway will see the same stop again.
    /// </summary>
    public bool RestartCanHelp => Reason is ProcessorStopReason.Transient or ProcessorStopReason.Fenced;
}
