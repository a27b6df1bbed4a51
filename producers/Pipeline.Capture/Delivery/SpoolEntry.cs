namespace Pipeline.Capture.Delivery;

/// <summary>One record read back from the spool, and the position just after it (what to commit once delivered).</summary>
public sealed record SpoolEntry(RecordTopic Topic, string Key, byte[] Value, SpoolPosition End);
