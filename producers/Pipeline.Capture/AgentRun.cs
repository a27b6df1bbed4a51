namespace Pipeline.Capture;

/// <summary>
/// The capture agent's account of its latest run, left in the state directory (<see cref="AgentStatusFile"/>) so that
/// <c>pipeline consent status</c> can tell the person whether the agent is running, and if it stopped, why. States
/// and counts only, never content.
/// </summary>
/// <param name="Running">Whether the agent was running when it wrote this (a stopped agent rewrites it on its way out).</param>
/// <param name="ProcessId">The agent's process id: a "running" record whose process is gone means it was killed.</param>
/// <param name="Source">The input source's name (<c>x11</c>, <c>synthetic</c>).</param>
/// <param name="StartedAt">When the run began.</param>
/// <param name="Listening">Whether the source was subscribed to input (consent granted) when this was written.</param>
/// <param name="StoppedAt">When the run ended; null while running.</param>
/// <param name="StopReason">Why it ended on its own (a source that died, a failed delivery); null for a requested stop.</param>
/// <param name="Accepted">Events admitted by the gate during the run (at the stop; 0 while running).</param>
/// <param name="Delivered">Records delivered to Kafka during the run (at the stop).</param>
/// <param name="SpoolPending">Records left in the spool for the next start (at the stop).</param>
public sealed record AgentRun(
    bool Running,
    int ProcessId,
    string Source,
    DateTimeOffset StartedAt,
    bool Listening,
    DateTimeOffset? StoppedAt,
    string? StopReason,
    long Accepted,
    long Delivered,
    long SpoolPending);
