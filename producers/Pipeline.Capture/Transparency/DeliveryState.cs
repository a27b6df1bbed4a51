namespace Pipeline.Capture.Transparency;

/// <summary>The spool and the broker as the agent last saw them. Counts and times only.</summary>
/// <param name="PendingRecords">Records waiting in the spool for the broker.</param>
/// <param name="PendingBytes">Bytes waiting in the spool.</param>
/// <param name="LastDeliveryMicros">When the broker last acknowledged a record (UTC microseconds); null if never seen.</param>
/// <param name="BrokerReachable">Whether the last delivery attempt reached the broker.</param>
public sealed record DeliveryState(long PendingRecords, long PendingBytes, long? LastDeliveryMicros, bool BrokerReachable)
{
    /// <summary>Nothing known yet.</summary>
    public static DeliveryState Unknown { get; } = new(0, 0, null, true);
}
