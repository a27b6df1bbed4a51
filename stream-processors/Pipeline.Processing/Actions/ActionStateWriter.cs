using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Pipeline.Processing.Actions;

/// <summary>
/// Writes the reducer's changelog values: zigzag varints, little-endian doubles, length-prefixed UTF-8. Writes into a
/// span taken from the output a chunk at a time (a subject's state is written at every commit that changed it, and a
/// pointer path is hundreds of values), so call <see cref="Flush"/> at the end.
/// </summary>
internal ref struct ActionStateWriter(IBufferWriter<byte> output)
{
    private const int Chunk = 4096;

    private readonly IBufferWriter<byte> _output = output;
    private Span<byte> _span;
    private int _at;

    public void Byte(byte value)
    {
        Ensure(1);
        _span[_at++] = value;
    }

    public void Bool(bool value) => Byte(value ? (byte)1 : (byte)0);

    public void Long(long value)
    {
        Ensure(10);
        ulong n = (ulong)((value << 1) ^ (value >> 63));
        Span<byte> span = _span;
        int at = _at;
        while (n >= 0x80)
        {
            span[at++] = (byte)(n | 0x80);
            n >>= 7;
        }

        span[at++] = (byte)n;
        _at = at;
    }

    public void Int(int value) => Long(value);

    public void Double(double value)
    {
        Ensure(8);
        BinaryPrimitives.WriteDoubleLittleEndian(_span[_at..], value);
        _at += 8;
    }

    public void String(string value)
    {
        int length = Encoding.UTF8.GetByteCount(value);
        Int(length);
        Ensure(length);
        _at += Encoding.UTF8.GetBytes(value, _span[_at..]);
    }

    /// <summary>A string or null: a presence byte, then the string.</summary>
    public void OptionalString(string? value)
    {
        Bool(value is not null);
        if (value is not null)
        {
            String(value);
        }
    }

    /// <summary>Hands what was written to the output.</summary>
    public void Flush()
    {
        if (_at > 0)
        {
            _output.Advance(_at);
        }

        _at = 0;
        _span = default;
    }

    private void Ensure(int bytes)
    {
        if (_span.Length - _at >= bytes)
        {
            return;
        }

        Flush();
        _span = _output.GetSpan(Math.Max(bytes, Chunk));
    }
}
