using Pipeline.Lake.Storage;
using Pipeline.Lake.Tables;

namespace Pipeline.Lake.Governance;

/// <summary>
/// Appends to the <c>audit</c> table: one new file per request, named by the request id, so writing it again after a
/// crash replaces the same file rather than adding a second record. Existing audit files are never modified.
/// </summary>
internal static class AuditWriter
{
    public static string Append(LakeLayout layout, string requestId, DateTimeOffset time, IReadOnlyList<AuditEntry> entries, LakeParquetSettings settings)
    {
        var rows = new AuditRows();
        foreach (AuditEntry entry in entries)
        {
            rows.Add(entry);
        }

        long micros = (time.UtcTicks - DateTime.UnixEpoch.Ticks) / 10;
        string directory = layout.PartitionDirectory(LakeTable.Audit, micros);
        DurableFiles.EnsureDirectory(layout.Root, directory);
        string final = Path.Combine(directory, $"{entries[0].Action}-{requestId}{LakeFileName.Extension}");
        string temp = Path.Combine(directory, $".{Path.GetFileName(final)}{LakeFileName.TempSuffix}");
        using (FileStream stream = DurableFiles.CreateForWrite(temp))
        {
            ParquetTableWriter.Write(rows, 0, rows.Count, stream, settings);
            DurableFiles.Flush(stream);
        }

        DurableFiles.CommitRename(temp, final);
        return final;
    }
}
