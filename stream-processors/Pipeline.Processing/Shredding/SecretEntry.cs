using Pipeline.Privacy.Pseudonyms;
using Pipeline.Schemas.Model;

namespace Pipeline.Processing.Shredding;

/// <summary>One person's secret as the keys table holds it: its keys-topic value, and once used, the secret itself.</summary>
internal sealed class SecretEntry(string recordKey, byte[] value, WrappedKey wrapped)
{
    public string RecordKey { get; } = recordKey;

    /// <summary>The keys-topic value (what a processor writes again when it must make the secret durable).</summary>
    public byte[] Value { get; } = value;

    public WrappedKey Wrapped { get; } = wrapped;

    /// <summary>The unwrapped secret; null until first used.</summary>
    public PersonSecret? Secret { get; set; }

    /// <summary>
    /// Whether the value is known to be on the keys topic for good: read from it (committed), or written in a
    /// transaction of this process that committed. A secret this process made in a transaction that then aborted is
    /// not, and is written again by the transaction that next uses it.
    /// </summary>
    public bool Durable { get; set; }
}
