namespace Pipeline.Schemas.Model;

/// <summary>A period without input inside a session (Avro <c>IdlePeriod</c>).</summary>
public sealed record IdlePeriod(
    string Subject,
    int KeyVersion,
    string SessionId,
    long StartMicros,
    long EndMicros,
    IdleReason Reason);
