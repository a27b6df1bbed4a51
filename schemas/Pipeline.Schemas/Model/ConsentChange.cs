namespace Pipeline.Schemas.Model;

/// <summary>A consent transition (Avro <c>ConsentChange</c>), with the subject's earlier transitions for compacted topics.</summary>
public sealed record ConsentChange(
    string Subject,
    string Device,
    ConsentState State,
    long TimeMicros,
    long? UntilMicros,
    string? NoticeVersion,
    IReadOnlyList<ConsentInterval> History);
