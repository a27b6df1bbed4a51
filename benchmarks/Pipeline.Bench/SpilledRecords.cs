using Microsoft.Win32.SafeHandles;

namespace Pipeline.Bench;

/// <summary>
/// Key-value records appended to a file and read back by index: the bench's copy of what the capture path produced,
/// kept out of the process's memory. A list of one array pair per record held about 110 MB at 2 M events (the stage's
/// warm-up, measured and steady phases) in the heap for the whole run; here memory is one offset per record (8 bytes)
/// and the page cache holds the bytes, outside the resident set. One writer at a time (callers lock); reads after
/// the writes they need, from any thread.
/// </summary>
internal sealed class SpilledRecords : IReadOnlyList<(byte[] Key, byte[] Value)>, IDisposable
{
    private readonly FileStream _writer;
    private readonly SafeFileHandle _reader;
    private readonly List<long> _offsets = [];
    private readonly byte[] _header = new byte[8];
    private long _end;
    private bool _flushed = true;

    /// <param name="path">The file to create (replaced if it exists); deleted on <see cref="Dispose"/>.</param>
    public SpilledRecords(string path)
    {
        Path = path;
        // 64 KiB: a few dozen records per write call, at the bench's 2 KB a record.
        _writer = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read | FileShare.Delete, 64 * 1024);
        _reader = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
    }

    public string Path { get; }

    public int Count
    {
        get
        {
            lock (_offsets)
            {
                return _offsets.Count;
            }
        }
    }

    public (byte[] Key, byte[] Value) this[int index]
    {
        get
        {
            long offset;
            lock (_offsets)
            {
                offset = _offsets[index];
                if (!_flushed)
                {
                    _writer.Flush();
                    _flushed = true;
                }
            }

            Span<byte> header = stackalloc byte[8];
            ReadExactly(header, offset);
            int keyLength = BitConverter.ToInt32(header[..4]);
            int valueLength = BitConverter.ToInt32(header[4..]);
            byte[] key = new byte[keyLength];
            byte[] value = new byte[valueLength];
            ReadExactly(key, offset + 8);
            ReadExactly(value, offset + 8 + keyLength);
            return (key, value);
        }
    }

    /// <summary>Appends one record.</summary>
    public void Add(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        lock (_offsets)
        {
            BitConverter.TryWriteBytes(_header.AsSpan(0, 4), key.Length);
            BitConverter.TryWriteBytes(_header.AsSpan(4, 4), value.Length);
            _writer.Write(_header);
            _writer.Write(key);
            _writer.Write(value);
            _offsets.Add(_end);
            _end += 8 + key.Length + value.Length;
            _flushed = false;
        }
    }

    public IEnumerator<(byte[] Key, byte[] Value)> GetEnumerator()
    {
        int count = Count;
        for (int i = 0; i < count; i++)
        {
            yield return this[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    public void Dispose()
    {
        _writer.Dispose();
        _reader.Dispose();
        File.Delete(Path);
    }

    private void ReadExactly(Span<byte> into, long offset)
    {
        while (!into.IsEmpty)
        {
            int read = RandomAccess.Read(_reader, into, offset);
            if (read == 0)
            {
                throw new EndOfStreamException($"{Path} ends inside a record at {offset}");
            }

            into = into[read..];
            offset += read;
        }
    }
}
