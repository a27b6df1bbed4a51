namespace Pipeline.Processing.Runner;

/// <summary>
/// An unreadable consent record waiting to be dead-lettered: where it was read, its bytes as they were, and why it
/// could not be read (one line, no content).
/// </summary>
internal sealed record ConsentLetter(string Topic, int Partition, long Offset, byte[]? Key, byte[]? Value, string Detail);
