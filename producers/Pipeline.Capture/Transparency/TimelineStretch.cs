namespace Pipeline.Capture.Transparency;

/// <summary>A stretch of the timeline: from its first minute up to (not including) its end minute, and what it was.</summary>
/// <param name="FromMinute">First minute (minutes since the Unix epoch, UTC).</param>
/// <param name="ToMinute">The minute after the last.</param>
/// <param name="State">What the stretch was.</param>
public sealed record TimelineStretch(long FromMinute, long ToMinute, TimelineState State);
