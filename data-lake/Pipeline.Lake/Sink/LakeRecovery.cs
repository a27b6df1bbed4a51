using Pipeline.Lake.Storage;
using Pipeline.Lake.Tables;

namespace Pipeline.Lake.Sink;

/// <summary>
/// Finds where the lake ends, finishing or undoing an interrupted commit first.
/// A commit writes every file of a file set (one per table hour) under a temporary name, flushes them and their
/// folders, and only then renames them one by one. So if any file of a set has its final name, every temporary file
/// of that set is complete and is renamed now (roll forward); if none has, the set never committed and its temporary
/// files are deleted (roll back). Either way no row is visible twice or lost.
/// </summary>
internal static class LakeRecovery
{
    /// <summary>Repairs interrupted commits and returns the next offset to read per "topic+partition".</summary>
    public static RecoveryResult Recover(LakeLayout layout)
    {
        var next = new Dictionary<string, long>(StringComparer.Ordinal);
        var committed = new HashSet<LakeFileName>();
        var files = new List<(LakeFileName Name, string Path)>();
        var temps = new List<(LakeFileName Name, string Path)>();
        foreach (LakeTable table in LakeLayout.DataTables)
        {
            foreach ((string directory, _) in layout.Partitions(table))
            {
                foreach (string path in Directory.EnumerateFiles(directory))
                {
                    if (!LakeFileName.TryParse(Path.GetFileName(path), out LakeFileName name, out bool isTemp))
                    {
                        continue;
                    }

                    if (isTemp)
                    {
                        temps.Add((name, path));
                    }
                    else
                    {
                        committed.Add(name);
                        files.Add((name, path));
                    }
                }
            }
        }

        int rolledForward = 0;
        int rolledBack = 0;
        foreach ((LakeFileName name, string path) in temps)
        {
            if (committed.Contains(name))
            {
                string final = Path.Combine(Path.GetDirectoryName(path)!, name.ToString());
                DurableFiles.CommitRename(path, final);
                files.Add((name, final));
                rolledForward++;
            }
            else
            {
                DurableFiles.DeleteDurably(path);
                rolledBack++;
            }
        }

        foreach (LakeFileName name in committed)
        {
            Raise(next, RetainedOffsets.Key(name.Topic, name.Partition), name.LastOffset + 1);
        }

        foreach ((string key, long last) in RetainedOffsets.Read(layout))
        {
            Raise(next, key, last + 1);
        }

        return new RecoveryResult(next, files, committed.Count, rolledForward, rolledBack);
    }

    private static void Raise(Dictionary<string, long> next, string key, long offset)
    {
        if (!next.TryGetValue(key, out long current) || offset > current)
        {
            next[key] = offset;
        }
    }
}
