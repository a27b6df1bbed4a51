using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Pipeline.Processing.State;

/// <summary>
/// Writes the primitives of the processor's state values (the changelog's per-subject values): little-endian
/// integers, and strings as an int32 byte length and UTF-8. Every stage's state codec writes through it, so the
/// layouts documented in those codecs share one encoding.
/// </summary>
internal readonly ref struct StateWriter(IBufferWriter<byte> output)
{
    private readonly IBufferWriter<byte> _output = output;

    public void Byte(byte value)
    {
        _output.GetSpan(1)[0] = value;
        _output.Advance(1);
    }

    public void Int(int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(_output.GetSpan(4), value);
        _output.Advance(4);
    }

    public void Long(long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(_output.GetSpan(8), value);
        _output.Advance(8);
    }

    public void String(string value)
    {
        int length = Encoding.UTF8.GetByteCount(value);
        Int(length);
        Encoding.UTF8.GetBytes(value, _output.GetSpan(length));
        _output.Advance(length);
    }

    public void Bytes(ReadOnlySpan<byte> value)
    {
        value.CopyTo(_output.GetSpan(value.Length));
        _output.Advance(value.Length);
    }
}
