using Pipeline.Schemas.Model;

namespace Pipeline.Capture.Consent;

/// <summary>One recorded consent change: what the person did and when (UTC microseconds).</summary>
public sealed record ConsentTransition(ConsentState State, long TimeMicros, long? UntilMicros, string? NoticeVersion);
