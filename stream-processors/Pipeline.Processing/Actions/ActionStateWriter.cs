using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Pipeline.Processing.Actions;

/// <summary>Writes the reducer's changelog values: zigzag varints, little-endian doubles, length-prefixed UTF-8.</summary>
internal ref struct ActionStateWriter(IBufferWriter<byte> output)
{
    private readonly IBufferWriter<byte> _output = output;

    public readonly void Byte(byte value)
    {
        _output.GetSpan(1)[0] = value;
        _output.Advance(1);
    }

    public readonly void Bool(bool value) => Byte(value ? (byte)1 : (byte)0);

    public readonly void Long(long value)
    {
        ulong n = (ulong)((value << 1) ^ (value >> 63));
        Span<byte> span = _output.GetSpan(10);
        int i = 0;
        while (n >= 0x80)
        {
            span[i++] = (byte)(n | 0x80);
            n >>= 7;
        }

        span[i++] = (byte)n;
        _output.Advance(i);
    }

    public readonly void Int(int value) => Long(value);

    public readonly void Double(double value)
    {
        BinaryPrimitives.WriteDoubleLittleEndian(_output.GetSpan(8), value);
        _output.Advance(8);
    }

    public readonly void String(string value)
    {
        int length = Encoding.UTF8.GetByteCount(value);
        Int(length);
        Encoding.UTF8.GetBytes(value, _output.GetSpan(length));
        _output.Advance(length);
    }

    /// <summary>A string or null: a presence byte, then the string.</summary>
    public readonly void OptionalString(string? value)
    {
        Bool(value is not null);
        if (value is not null)
        {
            String(value);
        }
    }
}
