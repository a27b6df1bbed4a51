namespace Pipeline.Schemas.Codec;

/// <summary>
/// Caps on what one decoded value may claim, so hostile or corrupt input cannot make a reader allocate or loop
/// without bound. Lengths and counts are also capped by the bytes actually remaining in the input.
/// </summary>
public sealed record DecodeLimits
{
    /// <summary>The defaults: generous for real data, small enough that a lie costs little.</summary>
    public static DecodeLimits Default { get; } = new();

    /// <summary>Longest string in UTF-8 bytes. 64 KiB: far beyond any id, app name or window title.</summary>
    public int MaxStringBytes { get; init; } = 64 * 1024;

    /// <summary>Longest <c>bytes</c> value. 8 MiB: a dead letter carries one Kafka record, which brokers cap at about 1 MiB by default.</summary>
    public int MaxBytesLength { get; init; } = 8 * 1024 * 1024;

    /// <summary>Most items in one array or map. 1 M: a batch holds hundreds of events; this only stops runaway counts of zero-byte items.</summary>
    public int MaxItems { get; init; } = 1024 * 1024;

    /// <summary>Throws with a one-line reason when a limit is not positive.</summary>
    public void Validate()
    {
        if (MaxStringBytes <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxStringBytes), MaxStringBytes, "MaxStringBytes must be positive");
        }

        if (MaxBytesLength <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxBytesLength), MaxBytesLength, "MaxBytesLength must be positive");
        }

        if (MaxItems <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxItems), MaxItems, "MaxItems must be positive");
        }
    }
}
