namespace Pipeline.Processing.Sessions;

/// <summary>What the processor keeps per subject pseudonym: the key version, the stream time, and the open sessions
/// in start order. This is what one changelog value holds (<see cref="SessionStateCodec"/>).</summary>
internal sealed class SubjectSessions(int keyVersion)
{
    /// <summary>The pseudonym key version the subject's sessions are under.</summary>
    public int KeyVersion { get; } = keyVersion;

    /// <summary>The latest event time seen (microseconds); meaningful once <see cref="HasStreamTime"/>.</summary>
    public long StreamTime { get; set; }

    public bool HasStreamTime { get; set; }

    /// <summary>Wall time of the last batch (or of the restore), for the quiet timeout. Not in the changelog.</summary>
    public long LastWallMicros { get; set; }

    /// <summary>Open sessions, ordered by start, disjoint by more than the gap.</summary>
    public List<SessionWindow> Windows { get; } = [];
}
