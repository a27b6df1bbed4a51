using Pipeline.Privacy.Shredding;
using Pipeline.Schemas.Model;

namespace Pipeline.Processing.Shredding;

/// <summary>One data key as the keys table holds it: wrapped as read, and once used, unwrapped with its owner.</summary>
internal sealed class DataKeyEntry(string route, byte[] recordKey, WrappedKey wrapped)
{
    /// <summary>The route it was published under (its record key's prefix): batches under it must carry the same.</summary>
    public string Route { get; } = route;

    public byte[] RecordKey { get; } = recordKey;

    public WrappedKey Wrapped { get; } = wrapped;

    /// <summary>The unwrapped key; null until first used, and again after the cache started over.</summary>
    public DataKey? Key { get; set; }

    /// <summary>The raw subject id the key belongs to (known once unwrapped).</summary>
    public string? Subject { get; set; }

    /// <summary>The raw device id that made the key (known once unwrapped).</summary>
    public string? Device { get; set; }

    /// <summary>True when it did not unwrap: every batch under it goes to the dead-letter topic as it is.</summary>
    public bool Unusable { get; set; }
}
