using Pipeline.Processing.Idle;

namespace Pipeline.Processing.Sessions;

/// <summary>One open session of a subject: its span, its event count, the idle time already final, and the runs of
/// input not yet final (<see cref="IdleDetector"/> owns their rules).</summary>
internal sealed class SessionWindow(string id)
{
    /// <summary>The session id: <see cref="Sessionizer.SessionId"/> of the subject and the first event's time.</summary>
    public string Id { get; } = id;

    public long Start { get; set; }

    public long End { get; set; }

    public long Count { get; set; }

    /// <summary>Idle time already emitted as final idle periods (microseconds).</summary>
    public long IdleMicros { get; set; }

    /// <summary>Ids of the sessions this one absorbed when a late event bridged them; null when none.</summary>
    public List<string>? MergedFrom { get; set; }

    /// <summary>Runs of input whose gaps are not final yet, in time order.</summary>
    public List<InputRun> Runs { get; } = [];
}
