using System.Buffers.Binary;
using System.Text;
using System.Text.Unicode;
using Pipeline.Schemas.Avro;

namespace Pipeline.Schemas.Codec;

/// <summary>
/// Reads Avro binary from a span. Failure is sticky: the first error is kept, the position jumps to the end and
/// every later read returns a default, so decoders read straight through and check <see cref="Failed"/> once
/// per record or array item. Every length and count is checked against the bytes left and the limits, so no
/// input can make it allocate or loop beyond what the input itself pays for.
/// </summary>
internal ref struct AvroBodyReader
{
    /// <summary>Deepest nesting of records, unions and arrays skipped: recursive writer schemas must not exhaust the stack.</summary>
    public const int MaxDepth = 64;

    private readonly ReadOnlySpan<byte> _buffer;
    private readonly DecodeLimits _limits;
    private int _position;
    private int _depth;
    private DecodeErrorKind _errorKind;
    private string? _errorDetail;

    public AvroBodyReader(ReadOnlySpan<byte> buffer, DecodeLimits limits)
    {
        _buffer = buffer;
        _limits = limits;
    }

    public readonly bool Failed => _errorDetail is not null;

    public readonly int Remaining => _buffer.Length - _position;

    public readonly DecodeError Error => new(_errorKind, _errorDetail ?? "");

    /// <summary>
    /// Ends a value: bytes left over make it malformed. False, with the first error met while reading, when the
    /// value cannot be used.
    /// </summary>
    public bool TryEnd(out DecodeError error)
    {
        if (!Failed && Remaining != 0)
        {
            Fail(DecodeErrorKind.MalformedBody, "bytes left after the value");
        }

        error = Failed ? Error : default;
        return !Failed;
    }

    public void Fail(DecodeErrorKind kind, string detail)
    {
        if (_errorDetail is null)
        {
            _errorKind = kind;
            _errorDetail = detail;
        }

        _position = _buffer.Length;
    }

    /// <summary>A zigzag varint of up to 10 bytes.</summary>
    public long ReadLong()
    {
        ReadOnlySpan<byte> buffer = _buffer;
        int position = _position;
        if ((uint)position < (uint)buffer.Length && buffer[position] < 0x80)
        {
            // One-byte values (-64..63) are most fields of most events.
            _position = position + 1;
            uint single = buffer[position];
            return (long)(single >> 1) ^ -(long)(single & 1);
        }

        ulong raw = 0;
        for (int shift = 0; ; shift += 7)
        {
            if ((uint)position >= (uint)buffer.Length)
            {
                Fail(DecodeErrorKind.Truncated, "input ends inside a varint");
                return 0;
            }

            byte b = buffer[position++];
            if (shift == 63 && b > 1)
            {
                Fail(DecodeErrorKind.MalformedBody, "varint overflows 64 bits");
                return 0;
            }

            raw |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80)
            {
                break;
            }
        }

        _position = position;
        return (long)(raw >> 1) ^ -(long)(raw & 1);
    }

    public int ReadInt()
    {
        long value = ReadLong();
        if (value is < int.MinValue or > int.MaxValue)
        {
            Fail(DecodeErrorKind.MalformedBody, "int out of range");
            return 0;
        }

        return (int)value;
    }

    public double ReadDouble()
    {
        if (Remaining < 8)
        {
            Fail(DecodeErrorKind.Truncated, "input ends inside a double");
            return 0;
        }

        double value = BinaryPrimitives.ReadDoubleLittleEndian(_buffer.Slice(_position, 8));
        _position += 8;
        return value;
    }

    /// <summary>A double field whose writer may have written an int, long or float (Avro's promotions).</summary>
    public double ReadDouble(Resolution resolution)
    {
        switch (resolution.Writer.Type)
        {
            case AvroType.Double:
                return ReadDouble();
            case AvroType.Float:
                if (Remaining < 4)
                {
                    Fail(DecodeErrorKind.Truncated, "input ends inside a float");
                    return 0;
                }

                float value = BinaryPrimitives.ReadSingleLittleEndian(_buffer.Slice(_position, 4));
                _position += 4;
                return value;
            default:
                return ReadLong();
        }
    }

    /// <summary>A length-prefixed byte run (string or bytes), checked against the input left and <paramref name="max"/>.</summary>
    public ReadOnlySpan<byte> ReadLengthPrefixed(int max)
    {
        long length = ReadLong();
        if (length < 0)
        {
            Fail(DecodeErrorKind.MalformedBody, "negative length");
            return default;
        }

        if (length > max)
        {
            Fail(DecodeErrorKind.LimitExceeded, "length over the configured limit");
            return default;
        }

        if (length > Remaining)
        {
            Fail(DecodeErrorKind.Truncated, "length runs past the end of the input");
            return default;
        }

        ReadOnlySpan<byte> value = _buffer.Slice(_position, (int)length);
        _position += (int)length;
        return value;
    }

    /// <summary>A string through the pool (ids, app names: they repeat).</summary>
    public string ReadPooledString(Utf8StringPool pool)
    {
        ReadOnlySpan<byte> utf8 = ReadUtf8();
        return Failed ? "" : pool.Get(utf8);
    }

    /// <summary>A string allocated fresh (titles, details: rare and mostly distinct).</summary>
    public string ReadString()
    {
        ReadOnlySpan<byte> utf8 = ReadUtf8();
        return Failed || utf8.IsEmpty ? "" : Encoding.UTF8.GetString(utf8);
    }

    public byte[] ReadBytes()
    {
        ReadOnlySpan<byte> value = ReadLengthPrefixed(_limits.MaxBytesLength);
        return Failed ? [] : value.ToArray();
    }

    /// <summary>An enum index mapped to the reader's symbol index.</summary>
    public int ReadEnum(Resolution resolution)
    {
        byte[] map = resolution.EnumMap!;
        long index = ReadLong();
        if ((ulong)index >= (ulong)map.Length)
        {
            Fail(DecodeErrorKind.MalformedBody, "enum index out of range");
            return 0;
        }

        byte mapped = map[index];
        if (mapped == Resolution.NoSymbol)
        {
            Fail(DecodeErrorKind.IncompatibleSchema, "enum symbol unknown to this reader and no default");
            return 0;
        }

        return mapped;
    }

    /// <summary>An enum index below <paramref name="symbolCount"/>, for a writer whose symbols are the reader's.</summary>
    public int ReadSymbol(int symbolCount)
    {
        long index = ReadLong();
        if ((ulong)index >= (ulong)symbolCount)
        {
            Fail(DecodeErrorKind.MalformedBody, "enum index out of range");
            return 0;
        }

        return (int)index;
    }

    /// <summary>The branch of a <c>["null", T]</c> union written as the reader declares it: false for null.</summary>
    public bool ReadNullableIndex()
    {
        long index = ReadLong();
        if ((ulong)index > 1)
        {
            Fail(DecodeErrorKind.MalformedBody, "union index out of range");
            return false;
        }

        return index == 1;
    }

    /// <summary>
    /// Reads a union index if the writer wrote a union, and returns the resolution of the value that follows,
    /// or null when the value is the reader's null branch (nothing more to read). A non-union writer into a
    /// reader union needs no index.
    /// </summary>
    public Resolution? ReadBranch(Resolution resolution)
    {
        if (resolution.BranchTargets is { } targets)
        {
            long index = ReadLong();
            if ((ulong)index >= (ulong)targets.Length)
            {
                Fail(DecodeErrorKind.MalformedBody, "union index out of range");
                return null;
            }

            Resolution? branch = resolution.BranchResolutions![index];
            if (branch is null)
            {
                Fail(DecodeErrorKind.IncompatibleSchema, "union branch unknown to this reader");
                return null;
            }

            return branch.Writer.Type == AvroType.Null ? null : branch;
        }

        if (resolution.ReaderBranch >= 0)
        {
            Resolution inner = resolution.BranchResolutions![0]!;
            return inner.Writer.Type == AvroType.Null ? null : inner;
        }

        return resolution.Writer.Type == AvroType.Null ? null : resolution;
    }

    /// <summary>
    /// The item count of the next array or map block (0 at the end), checked so that the items claimed fit in the
    /// input left and, with <paramref name="itemsSoFar"/>, within the item limit.
    /// </summary>
    public int ReadBlockCount(int minItemBytes, int itemsSoFar)
    {
        long count = ReadLong();
        if (count < 0)
        {
            // A negative count is followed by the block's size in bytes (lets readers skip); the items still follow.
            count = -count;
            long size = ReadLong();
            if (size < 0 || count < 0)
            {
                Fail(DecodeErrorKind.MalformedBody, "negative block size");
                return 0;
            }
        }

        if (count > _limits.MaxItems - itemsSoFar)
        {
            Fail(DecodeErrorKind.LimitExceeded, "item count over the configured limit");
            return 0;
        }

        if (minItemBytes > 0 && count > Remaining / minItemBytes)
        {
            Fail(DecodeErrorKind.Truncated, "item count larger than the input could hold");
            return 0;
        }

        return (int)count;
    }

    /// <summary>Skips a value of the writer's type that the reader does not use.</summary>
    public void Skip(AvroSchema schema)
    {
        if (++_depth > MaxDepth)
        {
            Fail(DecodeErrorKind.LimitExceeded, "values nested too deeply");
        }
        else
        {
            SkipValue(schema);
        }

        _depth--;
    }

    private void SkipValue(AvroSchema schema)
    {
        switch (schema.Type)
        {
            case AvroType.Null:
                return;
            case AvroType.Boolean:
                Advance(1);
                return;
            case AvroType.Int:
                ReadInt();
                return;
            case AvroType.Long:
            case AvroType.Enum:
                long value = ReadLong();
                if (schema.Type == AvroType.Enum && (ulong)value >= (ulong)schema.Symbols.Count)
                {
                    Fail(DecodeErrorKind.MalformedBody, "enum index out of range");
                }

                return;
            case AvroType.Float:
                Advance(4);
                return;
            case AvroType.Double:
                Advance(8);
                return;
            case AvroType.String:
                ReadUtf8();
                return;
            case AvroType.Bytes:
                ReadLengthPrefixed(_limits.MaxBytesLength);
                return;
            case AvroType.Fixed:
                Advance(schema.Size);
                return;
            case AvroType.Union:
                long branch = ReadLong();
                if ((ulong)branch >= (ulong)schema.Branches.Count)
                {
                    Fail(DecodeErrorKind.MalformedBody, "union index out of range");
                    return;
                }

                Skip(schema.Branches[(int)branch]);
                return;
            case AvroType.Record:
                foreach (AvroField field in schema.Fields)
                {
                    Skip(field.Schema);
                    if (Failed)
                    {
                        return;
                    }
                }

                return;
            default:
                SkipBlocks(schema);
                return;
        }
    }

    private void SkipBlocks(AvroSchema schema)
    {
        AvroSchema items = schema.Items!;
        int minBytes = PlanCompiler.MinBytes(items) + (schema.Type == AvroType.Map ? 1 : 0);
        int total = 0;
        while (!Failed)
        {
            int count = ReadBlockCount(minBytes, total);
            if (count == 0)
            {
                return;
            }

            total += count;
            if (minBytes == 0)
            {
                // Items that always take zero bytes (nulls, empty records): nothing to skip, and iterating a
                // claimed million of them per block would let a few input bytes buy unbounded work.
                continue;
            }

            for (int i = 0; i < count && !Failed; i++)
            {
                if (schema.Type == AvroType.Map)
                {
                    ReadUtf8();
                }

                Skip(items);
            }
        }
    }

    private ReadOnlySpan<byte> ReadUtf8()
    {
        ReadOnlySpan<byte> utf8 = ReadLengthPrefixed(_limits.MaxStringBytes);
        if (!Utf8.IsValid(utf8))
        {
            Fail(DecodeErrorKind.MalformedBody, "string is not valid UTF-8");
            return default;
        }

        return utf8;
    }

    private void Advance(int count)
    {
        if (count > Remaining)
        {
            Fail(DecodeErrorKind.Truncated, "input ends inside a value");
            return;
        }

        _position += count;
    }
}
