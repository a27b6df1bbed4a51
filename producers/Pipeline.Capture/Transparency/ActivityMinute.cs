namespace Pipeline.Capture.Transparency;

/// <summary>
/// What the agent saw in one minute: admitted events by kind, what was delivered, and whether the agent ran and
/// listened. Counts only; never an event, a position or an application.
/// </summary>
/// <param name="Minute">Minutes since the Unix epoch (UTC) of the minute's start.</param>
/// <param name="Kinds">Admitted events by kind, indexed by <see cref="Schemas.Model.EventKind"/> (<see cref="ActivityTally.Kinds"/> entries).</param>
/// <param name="DeliveredEvents">Events the broker acknowledged during this minute.</param>
/// <param name="DeliveredBatches">Event batches (Kafka records) the broker acknowledged during this minute.</param>
/// <param name="AgentRunning">Whether the capture agent was running at some point in this minute.</param>
/// <param name="Listening">Whether the agent listened to input at some point in this minute (consent allowed it).</param>
public sealed record ActivityMinute(long Minute, IReadOnlyList<int> Kinds, int DeliveredEvents, int DeliveredBatches, bool AgentRunning, bool Listening)
{
    /// <summary>Admitted events of every kind in this minute.</summary>
    public int Events
    {
        get
        {
            int total = 0;
            foreach (int n in Kinds)
            {
                total += n;
            }

            return total;
        }
    }
}
