namespace Pipeline.Lake.Governance;

/// <summary>The result of <see cref="LakeExport.Export"/>.</summary>
/// <param name="RequestId">The request's id, in the manifest and the audit record.</param>
/// <param name="Directory">The export folder.</param>
/// <param name="Tables">Every table of the lake and what was found of the person in it.</param>
/// <param name="AuditFile">The audit file written for this export.</param>
public sealed record ExportReport(string RequestId, string Directory, IReadOnlyList<ExportedTable> Tables, string AuditFile)
{
    /// <summary>Rows copied from the data tables (every table but <c>audit</c>).</summary>
    public long DataRows
    {
        get
        {
            long rows = 0;
            foreach (ExportedTable t in Tables)
            {
                rows += t.Table == LakeExport.AuditTable ? 0 : t.Rows;
            }

            return rows;
        }
    }

    /// <summary>Whether the lake holds any data row of the person.</summary>
    public bool Found => DataRows > 0;
}
