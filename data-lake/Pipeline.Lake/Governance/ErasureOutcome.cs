namespace Pipeline.Lake.Governance;

/// <summary>What an erasure did (or could not do) outside the lake, e.g. a tombstone on a compacted topic.</summary>
/// <param name="Target">A topic name or other store.</param>
/// <param name="Outcome">
/// <c>tombstoned</c> (compacted topics: the values go), <c>unreadable</c> (raw and dead-letter copies sealed under
/// erased data keys: nobody can open them), <c>unlinkable</c> (clean topics: their pseudonyms derive from an erased
/// secret), <c>not_reachable</c> or <c>failed</c>.
/// </param>
/// <param name="Detail">Plain words for the audit record and the person running the erasure.</param>
public sealed record ErasureOutcome(string Target, string Outcome, string Detail);
