namespace Pipeline.Lake.Governance;

/// <summary>The result of an erasure (<see cref="LakeEraser"/>): the audit rows written, one per table and per outside target.</summary>
/// <param name="RequestId">The request's id (the one an interrupted run started with, when it was resumed).</param>
/// <param name="Resumed">True when this run finished an erasure that an earlier, interrupted run had planned.</param>
/// <param name="Entries">The audit rows, as written to the <c>audit</c> table.</param>
/// <param name="AuditFile">The audit file written.</param>
public sealed record ErasureReport(string RequestId, bool Resumed, IReadOnlyList<AuditEntry> Entries, string AuditFile)
{
    /// <summary>Rows removed from the lake's tables.</summary>
    public long RowsRemoved
    {
        get
        {
            long rows = 0;
            foreach (AuditEntry entry in Entries)
            {
                rows += entry.RowsRemoved;
            }

            return rows;
        }
    }
}
