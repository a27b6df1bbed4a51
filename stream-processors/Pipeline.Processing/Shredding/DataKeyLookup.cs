namespace Pipeline.Processing.Shredding;

/// <summary>What the keys table knows of a batch's data key.</summary>
public enum DataKeyLookup
{
    /// <summary>The key is on the keys topic and unwraps: the batch can be opened.</summary>
    Found,

    /// <summary>
    /// No such key: erased with its person, or not read yet. After the keys topic has been read to its end it is erased
    /// (a device publishes a key, acknowledged, before the first batch under it).
    /// </summary>
    Missing,

    /// <summary>The key is there but cannot be unwrapped: a key pair this processor lacks, or a damaged or forged record.</summary>
    Unusable,
}
