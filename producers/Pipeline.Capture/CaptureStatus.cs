using Pipeline.Capture.Consent;

namespace Pipeline.Capture;

/// <summary>A snapshot of a running agent for status output and health checks. Counts only, never content.</summary>
public sealed record CaptureStatus(
    ConsentStatus Consent,
    bool Listening,
    bool SpoolFull,
    long SpoolPendingRecords,
    bool BrokerReachable,
    long Accepted,
    long Dropped,
    long Delivered);
