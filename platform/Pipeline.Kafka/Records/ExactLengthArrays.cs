namespace Pipeline.Kafka.Records;

/// <summary>
/// Arrays of exactly the length of a record to produce, reused. Confluent.Kafka's produce API takes a <c>byte[]</c>
/// of exactly the value's length (no offset or count), and librdkafka copies the bytes before <c>Produce</c> returns
/// (<c>RD_KAFKA_MSG_F_COPY</c>), so one array per length can be filled and handed over again and again instead of a
/// new array per record. Not thread-safe: one per producing thread.
/// </summary>
/// <remarks>
/// Bounded: only lengths up to <see cref="MaxCachedLength"/> are kept, in at most <see cref="MaxCachedBytes"/>
/// bytes; a record beyond either gets a fresh array (rare: records of a pipeline cluster in a narrow size band).
/// </remarks>
public sealed class ExactLengthArrays
{
    /// <summary>64 KiB: a clean batch of a few hundred events; larger records are rare and pay their allocation.</summary>
    public const int MaxCachedLength = 64 * 1024;

    /// <summary>8 MiB per producing thread: a few thousand distinct lengths of a few KiB each.</summary>
    public const long MaxCachedBytes = 8L * 1024 * 1024;

    private readonly byte[]?[] _byLength = new byte[]?[MaxCachedLength + 1];
    private long _cachedBytes;

    /// <summary>An array holding exactly <paramref name="content"/>, valid until the next call for the same length.</summary>
    public byte[] Fill(ReadOnlySpan<byte> content)
    {
        int length = content.Length;
        byte[]? array = length <= MaxCachedLength ? _byLength[length] : null;
        if (array is null)
        {
            array = new byte[length];
            if (length <= MaxCachedLength && _cachedBytes + length <= MaxCachedBytes)
            {
                _byLength[length] = array;
                _cachedBytes += length;
            }
        }

        content.CopyTo(array);
        return array;
    }
}
