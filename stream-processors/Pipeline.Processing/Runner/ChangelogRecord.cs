namespace Pipeline.Processing.Runner;

/// <summary>One record of the processor's changelog, decoded by <see cref="ChangelogFormat.TryRead"/>.</summary>
internal readonly record struct ChangelogRecord
{
    public ChangelogRecordKind Kind { get; init; }

    /// <summary>The record's key as text: for <see cref="ChangelogRecordKind.State"/>, the subject pseudonym.</summary>
    public string Key { get; init; }

    /// <summary>For <see cref="ChangelogRecordKind.State"/>: the state value; null or empty is a tombstone.</summary>
    public byte[]? State { get; init; }

    /// <summary>The sequence number of the transaction that wrote the record; -1 when its header is missing.</summary>
    public long Transaction { get; init; }

    /// <summary>
    /// For <see cref="ChangelogRecordKind.Position"/>: the next raw offset to process; for
    /// <see cref="ChangelogRecordKind.ConsentMark"/>: the next consent offset not yet dead-lettered.
    /// </summary>
    public long NextOffset { get; init; }

    /// <summary>For <see cref="ChangelogRecordKind.ConsentMark"/>: the consent partition the mark is for.</summary>
    public int ConsentPartition { get; init; }

    /// <summary>For <see cref="ChangelogRecordKind.Committed"/>: the transaction the marker vouches for.</summary>
    public long CommittedTransaction { get; init; }
}
