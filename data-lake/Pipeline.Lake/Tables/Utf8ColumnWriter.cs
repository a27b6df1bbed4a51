using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ParquetSharp;

namespace Pipeline.Lake.Tables;

/// <summary>
/// Writes a string column through ParquetSharp's physical <c>ByteArray</c> writer from UTF-8 bytes it keeps once per
/// distinct string, instead of the logical <c>string</c> writer, which encodes every row's string anew (about 190 B
/// of garbage per event row: docs/benchmarks.md, Lake). Rows of one batch repeat the same subject, device, kind and
/// session instances, so the previous row's bytes are usually reused without even a dictionary look-up.
/// </summary>
/// <remarks>
/// The bytes live in pinned chunks on the pinned object heap and are valid until <see cref="Reset"/>; Arrow's writer
/// copies values into its pages, dictionary and statistics during each <c>WriteBatch</c>. One instance per table
/// buffer, used by one thread.
/// </remarks>
internal sealed class Utf8ColumnWriter
{
    /// <summary>Values per <c>WriteBatch</c>: 4096 keeps the scratch arrays small and the native calls few.</summary>
    private const int BatchRows = 4096;

    /// <summary>64 KiB chunks: thousands of ids per chunk; a longer string gets a chunk of its own size.</summary>
    private const int ChunkBytes = 64 * 1024;

    /// <summary>Distinct strings remembered before the cache starts over (session ids and titles keep coming).</summary>
    private const int MaxDistinct = 64 * 1024;

    private readonly short[] _definitions = new short[BatchRows];
    private readonly ByteArray[] _values = new ByteArray[BatchRows];
    private readonly Dictionary<string, ByteArray> _utf8 = new(StringComparer.Ordinal);
    private readonly List<byte[]> _chunks = [];
    private readonly List<byte[]> _large = [];
    private int _chunk;
    private int _used;

    /// <summary>Writes rows [start, start + length) of <paramref name="values"/> (null: no value) as the row group's next column.</summary>
    public void Write(RowGroupWriter rowGroup, string?[] values, int start, int length)
    {
        using ColumnWriter column = rowGroup.NextColumn();
        var writer = (ColumnWriter<ByteArray>)column;
        string? last = null;
        ByteArray lastBytes = default;
        int end = start + length;
        for (int at = start; at < end; at += BatchRows)
        {
            int n = Math.Min(BatchRows, end - at);
            int present = 0;
            for (int i = 0; i < n; i++)
            {
                string? value = values[at + i];
                if (value is null)
                {
                    _definitions[i] = 0;
                    continue;
                }

                if (!ReferenceEquals(value, last))
                {
                    last = value;
                    lastBytes = BytesOf(value);
                }

                _definitions[i] = 1;
                _values[present++] = lastBytes;
            }

            writer.WriteBatch(n, _definitions.AsSpan(0, n), ReadOnlySpan<short>.Empty, _values.AsSpan(0, present));
        }

        if (_utf8.Count > MaxDistinct)
        {
            Reset();
        }
    }

    /// <summary>Forgets every string (their bytes may be overwritten from now on); the chunks are kept for reuse.</summary>
    public void Reset()
    {
        _utf8.Clear();
        _large.Clear();
        _chunk = 0;
        _used = 0;
    }

    private ByteArray BytesOf(string value)
    {
        if (_utf8.TryGetValue(value, out ByteArray bytes))
        {
            return bytes;
        }

        int length = System.Text.Encoding.UTF8.GetByteCount(value);
        (byte[] chunk, int offset) = Reserve(length);
        System.Text.Encoding.UTF8.GetBytes(value, chunk.AsSpan(offset, length));
        bytes = new ByteArray(Address(chunk, offset), length);
        _utf8.Add(value, bytes);
        return bytes;
    }

    private (byte[] Chunk, int Offset) Reserve(int length)
    {
        if (length > ChunkBytes)
        {
            // Rare (a very long title): a pinned array of its own, dropped at the next reset.
            byte[] own = GC.AllocateUninitializedArray<byte>(length, pinned: true);
            _large.Add(own);
            return (own, 0);
        }

        if (_chunk < _chunks.Count && _used + length > _chunks[_chunk].Length)
        {
            _chunk++;
            _used = 0;
        }

        if (_chunk == _chunks.Count)
        {
            _chunks.Add(GC.AllocateUninitializedArray<byte>(ChunkBytes, pinned: true));
            _used = 0;
        }

        int offset = _used;
        _used += length;
        return (_chunks[_chunk], offset);
    }

    private static unsafe IntPtr Address(byte[] pinned, int offset) =>
        (IntPtr)Unsafe.AsPointer(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(pinned), offset));
}
