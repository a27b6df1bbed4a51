namespace Pipeline.Lake.Governance;

/// <summary>
/// One row of the append-only <c>audit</c> table: what a governance action did to one target. A person is named by
/// pseudonym only, never by raw id.
/// </summary>
/// <param name="Time">When the action started (UTC); also the audit row's partition.</param>
/// <param name="RequestId">Identifies the request; every row of one erasure or retention run shares it.</param>
/// <param name="Action"><c>erase</c>, <c>retention</c> or <c>export</c>.</param>
/// <param name="Pseudonyms">The subject pseudonyms erased or exported (every key version); empty for retention.</param>
/// <param name="Target">A table (<c>events</c>, ...) or a topic name.</param>
/// <param name="Outcome"><c>removed</c>, <c>exported</c>, <c>tombstoned</c>, <c>not_reachable</c> or <c>nothing_found</c>.</param>
/// <param name="RowsRemoved">Rows deleted from the target.</param>
/// <param name="FilesChanged">Files rewritten or deleted in the target.</param>
/// <param name="Detail">Plain words on what happened or why it could not (e.g. the raw topic's retention).</param>
public sealed record AuditEntry(
    DateTimeOffset Time,
    string RequestId,
    string Action,
    IReadOnlyList<string> Pseudonyms,
    string Target,
    string Outcome,
    long RowsRemoved,
    int FilesChanged,
    string Detail);
