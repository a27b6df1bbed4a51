using Pipeline.Schemas.Model;

namespace Pipeline.Processing.Sessions;

/// <summary>What <see cref="Sessionizer"/> produces besides the session ids it writes into events; reused per batch.</summary>
public sealed class SessionOutput
{
    /// <summary>Sessions that closed.</summary>
    public List<SessionSummary> Closed { get; } = [];

    /// <summary>Idle periods that became final (no event still allowed to arrive can change them).</summary>
    public List<IdlePeriod> Idle { get; } = [];

    /// <summary>Events later than the grace period, taken out of their batch, in arrival order.</summary>
    public EventBatch Late { get; } = new(16);

    public void Clear()
    {
        Closed.Clear();
        Idle.Clear();
        Late.Clear();
    }
}
