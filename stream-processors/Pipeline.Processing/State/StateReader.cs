using System.Buffers.Binary;
using System.Text;

namespace Pipeline.Processing.State;

/// <summary>
/// Reads what <see cref="StateWriter"/> wrote. Every fault (too few bytes, a count out of range) is an
/// <see cref="InvalidDataException"/> whose message names it, never an index exception: a changelog value is input.
/// </summary>
internal ref struct StateReader(ReadOnlySpan<byte> input)
{
    /// <summary>Counts above this are corruption, not state: no subject has a million open sessions, runs or devices.</summary>
    public const int MaxCount = 1_000_000;

    private readonly ReadOnlySpan<byte> _input = input;
    private int _at;

    public readonly bool AtEnd => _at == _input.Length;

    public byte Byte() => Take(1)[0];

    public int Int() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    public long Long() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    public int Count()
    {
        int n = Int();
        return n is >= 0 and <= MaxCount ? n : throw new InvalidDataException("processor state record has a bad count");
    }

    public string String() => Encoding.UTF8.GetString(Take(Count()));

    /// <summary>A length-prefixed run of bytes (int32 length), as a slice of the input.</summary>
    public ReadOnlySpan<byte> Section()
    {
        int n = Int();
        return n >= 0 ? Take(n) : throw new InvalidDataException("processor state record has a bad section length");
    }

    /// <summary>Throws unless every byte was read.</summary>
    public readonly void End()
    {
        if (!AtEnd)
        {
            throw new InvalidDataException("processor state record has trailing bytes");
        }
    }

    private ReadOnlySpan<byte> Take(int n)
    {
        if (_input.Length - _at < n)
        {
            throw new InvalidDataException("processor state record is truncated");
        }

        ReadOnlySpan<byte> slice = _input.Slice(_at, n);
        _at += n;
        return slice;
    }
}
