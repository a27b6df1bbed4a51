namespace Pipeline.Capture.Delivery;

/// <summary>What a stopped <see cref="SpoolDelivery"/> delivered and what it left in its spool for the next start.</summary>
/// <param name="Delivered">Records the broker acknowledged since the delivery was opened.</param>
/// <param name="PendingRecords">Records still in the spool; they go out on the next start from the same directory.</param>
/// <param name="SpoolDirectory">Where the spool is.</param>
public sealed record DrainOutcome(long Delivered, long PendingRecords, string SpoolDirectory)
{
    /// <summary>True when the spool is empty: everything accepted reached the broker.</summary>
    public bool Drained => PendingRecords == 0;
}
