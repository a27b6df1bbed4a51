namespace Pipeline.Processing.Runner;

/// <summary>What a changelog record is (<see cref="ChangelogFormat"/>).</summary>
internal enum ChangelogRecordKind
{
    /// <summary>A subject's state (its latest value wins; empty is a tombstone).</summary>
    State,

    /// <summary>The partition's position: the next raw offset to process.</summary>
    Position,

    /// <summary>The marker that names the last transaction known to have committed (brokers without isolation).</summary>
    Committed,

    /// <summary>How far a consent partition's unreadable records have been dead-lettered.</summary>
    ConsentMark,

    /// <summary>
    /// A position or marker whose value has the wrong length, or a reserved key (<c>__…</c>) this build does not know:
    /// ignored, as it always was.
    /// </summary>
    Unreadable,
}
