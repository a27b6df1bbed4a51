using System.Buffers.Binary;
using System.Text;

namespace Pipeline.Processing.Actions;

/// <summary>Reads what <see cref="ActionStateWriter"/> wrote; anything malformed is an <see cref="InvalidDataException"/>.</summary>
internal ref struct ActionStateReader(ReadOnlySpan<byte> input)
{
    private readonly ReadOnlySpan<byte> _input = input;
    private int _at;

    public readonly bool AtEnd => _at == _input.Length;

    public byte Byte()
    {
        if (_at >= _input.Length)
        {
            throw Truncated();
        }

        return _input[_at++];
    }

    public bool Bool() => Byte() switch
    {
        0 => false,
        1 => true,
        _ => throw new InvalidDataException("action state has a bad flag"),
    };

    public long Long()
    {
        ulong raw = 0;
        for (int shift = 0; ; shift += 7)
        {
            byte b = Byte();
            if (shift == 63 && b > 1)
            {
                throw new InvalidDataException("action state has a varint over 64 bits");
            }

            raw |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80)
            {
                return (long)(raw >> 1) ^ -(long)(raw & 1);
            }
        }
    }

    public int Int()
    {
        long value = Long();
        return value is >= int.MinValue and <= int.MaxValue ? (int)value : throw new InvalidDataException("action state has an int out of range");
    }

    /// <summary>A count of items that take at least <paramref name="minItemBytes"/> each: bounded by the bytes left, so no value can make a restore allocate beyond its own size.</summary>
    public int Count(int minItemBytes)
    {
        int n = Int();
        return n >= 0 && (long)n * minItemBytes <= _input.Length - _at ? n : throw new InvalidDataException("action state has a bad count");
    }

    public double Double()
    {
        if (_input.Length - _at < 8)
        {
            throw Truncated();
        }

        double value = BinaryPrimitives.ReadDoubleLittleEndian(_input.Slice(_at, 8));
        _at += 8;
        return value;
    }

    public string String()
    {
        int length = Count(1);
        string value = Encoding.UTF8.GetString(_input.Slice(_at, length));
        _at += length;
        return value;
    }

    public string? OptionalString() => Bool() ? String() : null;

    private static InvalidDataException Truncated() => new("action state is truncated");
}
