using System.Globalization;
using Pipeline.Lake.Storage;
using Pipeline.Lake.Tables;

namespace Pipeline.Lake.Sink;

/// <summary>
/// Commits a <see cref="PartitionBuffer"/> as one file per table hour, all named by the same offset range.
/// Order matters for recovery (<see cref="LakeRecovery"/>): every file is written under its temporary name and
/// flushed, every folder is flushed, and only then are the files renamed; the first rename is the commit point.
/// </summary>
internal static class FileSetWriter
{
    /// <summary>Writes the set; returns the bytes and files written.</summary>
    public static (long Bytes, int Files) Commit(PartitionBuffer buffer, LakeLayout layout, LakeParquetSettings settings)
    {
        LakeFileName name = buffer.FileName;
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["pipeline.topic"] = name.Topic,
            ["pipeline.partition"] = name.Partition.ToString(CultureInfo.InvariantCulture),
            ["pipeline.first_offset"] = name.FirstOffset.ToString(CultureInfo.InvariantCulture),
            ["pipeline.last_offset"] = name.LastOffset.ToString(CultureInfo.InvariantCulture),
        };

        var directories = new List<string>();
        long bytes = 0;
        foreach ((long hour, TableRows rows) in buffer.HourRows)
        {
            if (rows.Count == 0)
            {
                continue;
            }

            string directory = layout.PartitionDirectory(buffer.Table, hour);
            DurableFiles.EnsureDirectory(layout.Root, directory);
            using (FileStream stream = DurableFiles.CreateForWrite(Path.Combine(directory, name.TempName)))
            {
                ParquetTableWriter.Write(rows, 0, rows.Count, stream, settings, metadata);
                DurableFiles.Flush(stream);
                bytes += stream.Length;
            }

            directories.Add(directory);
        }

        foreach (string directory in directories)
        {
            DurableFiles.SyncDirectory(directory);
        }

        foreach (string directory in directories)
        {
            File.Move(Path.Combine(directory, name.TempName), Path.Combine(directory, name.ToString()), overwrite: true);
        }

        foreach (string directory in directories)
        {
            DurableFiles.SyncDirectory(directory);
        }

        return (bytes, directories.Count);
    }
}
