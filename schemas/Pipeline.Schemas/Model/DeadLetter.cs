namespace Pipeline.Schemas.Model;

/// <summary>An unusable input record and why (Avro <c>DeadLetter</c>).</summary>
public sealed record DeadLetter(
    string SourceTopic,
    int SourcePartition,
    long SourceOffset,
    string Reason,
    string Detail,
    ReadOnlyMemory<byte> Payload);
