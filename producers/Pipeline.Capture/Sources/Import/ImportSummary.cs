using Pipeline.Capture.Gate;

namespace Pipeline.Capture.Sources.Import;

/// <summary>What an import did: lines read, events sent, events the gate dropped and lines refused, by reason.</summary>
public sealed record ImportSummary(
    long LinesRead,
    long EventsSent,
    long ConsentChanges,
    IReadOnlyDictionary<DropReason, long> Dropped,
    IReadOnlyDictionary<string, long> Refused);
