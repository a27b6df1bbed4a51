using Pipeline.Lake.Storage;

namespace Pipeline.Lake.Sink;

/// <summary>What <see cref="LakeRecovery.Recover"/> found.</summary>
internal sealed record RecoveryResult(IReadOnlyDictionary<string, long> NextOffsets, int CommittedFiles, int RolledForward, int RolledBack)
{
    /// <summary>The offset to resume <paramref name="topic"/>/<paramref name="partition"/> at, or null when the lake holds nothing of it.</summary>
    public long? NextOffset(string topic, int partition) => NextOffsets.TryGetValue(RetainedOffsets.Key(topic, partition), out long next) ? next : null;
}
