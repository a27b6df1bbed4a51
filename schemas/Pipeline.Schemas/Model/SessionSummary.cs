namespace Pipeline.Schemas.Model;

/// <summary>A closed session (Avro <c>SessionSummary</c>).</summary>
public sealed record SessionSummary(
    string SessionId,
    string Subject,
    int KeyVersion,
    long StartMicros,
    long EndMicros,
    long EventCount,
    double ActiveSeconds,
    double IdleSeconds,
    IReadOnlyList<string> MergedFrom);
