namespace Pipeline.Lake.Governance;

/// <summary>One tombstone to write: a topic, a record key and, where the writer chose it, the partition.</summary>
/// <param name="Topic">The compacted topic.</param>
/// <param name="Key">The record key whose values compaction removes.</param>
/// <param name="Partition">
/// The partition the key's values are in when their writer chose it (keys-topic records go to their route's partition,
/// changelog records to their raw partition's); null for the default partitioner's choice.
/// </param>
public sealed record Tombstone(string Topic, string Key, int? Partition = null);
