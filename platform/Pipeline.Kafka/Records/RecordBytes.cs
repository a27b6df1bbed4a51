namespace Pipeline.Kafka.Records;

/// <summary>
/// The bytes of one consumed key or value, copied by <see cref="RecordBytesDeserializer"/> into a buffer that is
/// reused for every record, so consuming allocates no array per record. Valid until the consumer's next
/// <c>Consume</c>: a reader that keeps bytes longer copies them (<see cref="ToArray"/>).
/// </summary>
public sealed class RecordBytes
{
    private byte[] _buffer;

    /// <summary>A buffer of <paramref name="initialCapacity"/> bytes that grows to the largest record seen.</summary>
    public RecordBytes(int initialCapacity = 16 * 1024)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(initialCapacity);
        _buffer = new byte[initialCapacity];
    }

    /// <summary>Whether the record had no key or value at all (a tombstone), as opposed to an empty one.</summary>
    public bool IsNull { get; private set; }

    /// <summary>Number of bytes held.</summary>
    public int Length { get; private set; }

    /// <summary>The bytes held.</summary>
    public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, Length);

    /// <summary>The bytes held, as memory (same lifetime as <see cref="Span"/>).</summary>
    public ReadOnlyMemory<byte> Memory => _buffer.AsMemory(0, Length);

    /// <summary>A copy that outlives the next consume; null for a null record.</summary>
    public byte[]? ToArray() => IsNull ? null : Span.ToArray();

    /// <summary>Replaces the content; the buffer doubles when a record is larger than any before.</summary>
    public void Set(ReadOnlySpan<byte> data, bool isNull)
    {
        if (data.Length > _buffer.Length)
        {
            _buffer = new byte[Math.Max(data.Length, _buffer.Length * 2)];
        }

        data.CopyTo(_buffer);
        Length = data.Length;
        IsNull = isNull;
    }
}
