using Pipeline.Lake.Storage;

namespace Pipeline.Lake.Sink;

/// <summary>What <see cref="LakeRecovery.Recover"/> found.</summary>
internal sealed record RecoveryResult(
    IReadOnlyDictionary<string, long> NextOffsets,
    IReadOnlyList<(LakeFileName Name, string Path)> Files,
    int CommittedFiles,
    int RolledForward,
    int RolledBack)
{
    /// <summary>The offset to resume <paramref name="topic"/>/<paramref name="partition"/> at, or null when the lake holds nothing of it.</summary>
    public long? NextOffset(string topic, int partition) => NextOffsets.TryGetValue(RetainedOffsets.Key(topic, partition), out long next) ? next : null;

    /// <summary>
    /// The committed, non-empty files of <paramref name="topic"/>/<paramref name="partition"/> whose offsets reach
    /// <paramref name="fromOffset"/> or later (where a restarted sink reads its replay marks from).
    /// </summary>
    public List<string> FilesFrom(string topic, int partition, long fromOffset)
    {
        var found = new List<string>();
        foreach ((LakeFileName name, string path) in Files)
        {
            // A zero-byte file is not Parquet (nothing the sink writes); it holds no rows to remember.
            if (name.Partition == partition && name.LastOffset >= fromOffset && name.Topic == topic && new FileInfo(path).Length > 0)
            {
                found.Add(path);
            }
        }

        return found;
    }
}
