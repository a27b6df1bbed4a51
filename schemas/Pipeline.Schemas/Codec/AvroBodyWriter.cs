using System.Buffers.Binary;
using System.Text;

namespace Pipeline.Schemas.Codec;

/// <summary>
/// Writes Avro binary into a span the caller has sized with the codec's length bound, so no write needs its
/// own capacity check (the span's bounds check still guards against a wrong bound).
/// </summary>
internal ref struct AvroBodyWriter(Span<byte> buffer)
{
    /// <summary>Most bytes a zigzag varint of a long takes.</summary>
    public const int MaxLongBytes = 10;

    /// <summary>Most bytes a zigzag varint of an int takes.</summary>
    public const int MaxIntBytes = 5;

    private readonly Span<byte> _buffer = buffer;
    private int _position;

    public readonly int Position => _position;

    /// <summary>Most bytes a string takes: its length prefix and at most 3 UTF-8 bytes per UTF-16 unit.</summary>
    public static int MaxStringBytes(string value) => MaxIntBytes + (value.Length * 3);

    /// <summary>The exact bytes a string takes.</summary>
    public static int StringBytes(string value)
    {
        int utf8 = Encoding.UTF8.GetByteCount(value);
        return LongBytes(utf8) + utf8;
    }

    /// <summary>The exact bytes the zigzag varint of <paramref name="value"/> takes.</summary>
    public static int LongBytes(long value)
    {
        ulong n = (ulong)((value << 1) ^ (value >> 63));
        int bytes = 1;
        while (n >= 0x80)
        {
            n >>= 7;
            bytes++;
        }

        return bytes;
    }

    public void WriteRaw(scoped ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(_buffer[_position..]);
        _position += bytes.Length;
    }

    public void WriteLong(long value)
    {
        ulong n = (ulong)((value << 1) ^ (value >> 63));
        Span<byte> buffer = _buffer;
        int position = _position;
        while (n >= 0x80)
        {
            buffer[position++] = (byte)(n | 0x80);
            n >>= 7;
        }

        buffer[position++] = (byte)n;
        _position = position;
    }

    public void WriteInt(int value) => WriteLong(value);

    /// <summary>An enum index or union branch below 64: one byte.</summary>
    public void WriteSmall(int index) => _buffer[_position++] = (byte)(index << 1);

    public void WriteDouble(double value)
    {
        BinaryPrimitives.WriteDoubleLittleEndian(_buffer.Slice(_position, 8), value);
        _position += 8;
    }

    public void WriteString(string value)
    {
        // Up to 21 UTF-16 units encode to at most 63 bytes, whose length fits the one-byte varint: write the
        // bytes first and the length in front, instead of counting them in a separate pass.
        if (value.Length <= 21)
        {
            int written = Encoding.UTF8.GetBytes(value, _buffer[(_position + 1)..]);
            _buffer[_position] = (byte)(written << 1);
            _position += 1 + written;
            return;
        }

        int length = Encoding.UTF8.GetByteCount(value);
        WriteLong(length);
        _position += Encoding.UTF8.GetBytes(value, _buffer[_position..]);
    }

    public void WriteBytes(scoped ReadOnlySpan<byte> value)
    {
        WriteLong(value.Length);
        WriteRaw(value);
    }

    /// <summary>A <c>["null","string"]</c> union.</summary>
    public void WriteOptionalString(string? value)
    {
        if (value is null)
        {
            WriteSmall(0);
            return;
        }

        WriteSmall(1);
        WriteString(value);
    }

    /// <summary>A <c>["null","long"]</c> union.</summary>
    public void WriteOptionalLong(long? value)
    {
        if (value is null)
        {
            WriteSmall(0);
            return;
        }

        WriteSmall(1);
        WriteLong(value.Value);
    }
}
