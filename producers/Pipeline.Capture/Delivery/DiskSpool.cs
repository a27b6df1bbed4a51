using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Microsoft.Win32.SafeHandles;

using Pipeline.Telemetry;

namespace Pipeline.Capture.Delivery;

/// <summary>
/// The agent's durable queue between capture and Kafka: every sealed record is appended here first and delivered
/// from here, in order, so a broker that is away, a restart or a killed process loses nothing that was written.
/// Records live in owner-only segment files (<c>NNNNNNNNNNNN.seg</c>), each framed as length, CRC-32 and body, so
/// a record torn by a crash is recognised and cut off when the spool is reopened. A cursor file records what was
/// delivered; segments behind it are deleted. Bounded: past <see cref="SpoolOptions.MaxBytes"/> undelivered bytes
/// <see cref="IsFull"/> turns true and capture stops. One process at a time (a lock file says so).
/// </summary>
public sealed class DiskSpool : IBatchSink, IDisposable
{
    private const int HeaderBytes = 8;
    private const int MaxRecordBytes = 64 * 1024 * 1024;
    private const string CursorFile = "cursor";

    private readonly object _lock = new();
    private readonly string _directory;
    private readonly SpoolOptions _options;
    private readonly FileStream _lockFile;
    private readonly ITimer _fsyncTimer;
    private readonly IDisposable _gauges;
    private readonly SemaphoreSlim _dataAvailable = new(0, 1);
    private readonly List<long> _segments = [];
    private FileStream _writer;
    private long _writeSegment;
    private long _writeOffset;
    private SpoolPosition _acked;
    private SpoolPosition _read;
    private SafeFileHandle? _reader;
    private FileStream? _cursor;
    private long _readerSegment = -1;
    private long _pendingBytes;
    private long _pendingRecords;
    private bool _dirty;
    private bool _disposed;

    /// <summary>Opens (or creates) the spool in <paramref name="directory"/>, cutting off a record torn by a crash.</summary>
    public DiskSpool(string directory, SpoolOptions options, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        options.Validate();
        _directory = Path.GetFullPath(directory);
        _options = options;
        AtomicFile.CreateOwnerOnlyDirectory(_directory);
        try
        {
            _lockFile = AtomicFile.CreateOwnerOnly(Path.Combine(_directory, "lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex)
        {
            throw new IOException($"the spool in {_directory} is in use by another process", ex);
        }

        foreach (string file in Directory.EnumerateFiles(_directory, "*.seg"))
        {
            if (long.TryParse(Path.GetFileNameWithoutExtension(file), NumberStyles.None, CultureInfo.InvariantCulture, out long id))
            {
                _segments.Add(id);
            }
        }

        _segments.Sort();
        _acked = ReadCursor();
        if (_segments.Count == 0)
        {
            _segments.Add(Math.Max(1, _acked.Segment));
        }

        if (_acked.Segment < _segments[0])
        {
            // The cursor's segment was deleted after it was delivered: resume at the oldest segment left.
            _acked = new SpoolPosition(_segments[0], 0);
        }

        _read = _acked;
        _writeSegment = _segments[^1];
        _writer = OpenSegmentForAppend(_writeSegment);
        _writeOffset = Recover();
        _writer.SetLength(_writeOffset);
        _writer.Position = _writeOffset;
        _fsyncTimer = time.CreateTimer(static s => ((DiskSpool)s!).Sync(), this, options.FsyncInterval, options.FsyncInterval);
        _gauges = PipelineMetrics.TrackSpool(options.Name, () => PendingBytes, options.MaxBytes);
    }

    /// <summary>The spool directory.</summary>
    public string SpoolDirectory => _directory;

    /// <inheritdoc/>
    public bool IsFull => Volatile.Read(ref _pendingBytes) >= _options.MaxBytes;

    /// <summary>Undelivered bytes.</summary>
    public long PendingBytes => Volatile.Read(ref _pendingBytes);

    /// <summary>Undelivered records.</summary>
    public long PendingRecords => Volatile.Read(ref _pendingRecords);

    /// <summary>The delivered position (everything before it has been acknowledged by the broker).</summary>
    public SpoolPosition Acknowledged
    {
        get
        {
            lock (_lock)
            {
                return _acked;
            }
        }
    }

    /// <inheritdoc/>
    public void Write(RecordTopic topic, string key, ReadOnlySpan<byte> value)
    {
        ArgumentNullException.ThrowIfNull(key);
        int keyBytes = Encoding.UTF8.GetByteCount(key);
        int body = 1 + 2 + keyBytes + value.Length;
        if (keyBytes > ushort.MaxValue || body > MaxRecordBytes)
        {
            throw new ArgumentException("record too large for the spool");
        }

        byte[] frame = ArrayPool<byte>.Shared.Rent(HeaderBytes + body);
        try
        {
            Span<byte> span = frame.AsSpan(0, HeaderBytes + body);
            Span<byte> payload = span[HeaderBytes..];
            payload[0] = (byte)topic;
            BinaryPrimitives.WriteUInt16LittleEndian(payload[1..], (ushort)keyBytes);
            Encoding.UTF8.GetBytes(key, payload.Slice(3, keyBytes));
            value.CopyTo(payload[(3 + keyBytes)..]);
            BinaryPrimitives.WriteInt32LittleEndian(span, body);
            BinaryPrimitives.WriteUInt32LittleEndian(span[4..], Crc32.Compute(payload));
            lock (_lock)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                if (_writeOffset > 0 && _writeOffset + span.Length > _options.SegmentBytes)
                {
                    Roll();
                }

                // Unbuffered: once this returns the record is in the page cache, safe from a killed process.
                _writer.Write(span);
                _writeOffset += span.Length;
                _pendingBytes += span.Length;
                _pendingRecords++;
                _dirty = true;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(frame);
        }

        if (_dataAvailable.CurrentCount == 0)
        {
            try
            {
                _dataAvailable.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another writer signalled first; one wake-up is enough.
            }
        }
    }

    /// <summary>Waits until a record may be available to read, or <paramref name="timeout"/> passes.</summary>
    public Task<bool> WaitForDataAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _dataAvailable.WaitAsync(timeout, cancellationToken);

    /// <summary>
    /// Reads up to <paramref name="max"/> records after the read position into <paramref name="into"/> and moves the
    /// read position past them. Returns how many were read.
    /// </summary>
    public int Read(List<SpoolEntry> into, int max)
    {
        ArgumentNullException.ThrowIfNull(into);
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            int n = 0;
            Span<byte> header = stackalloc byte[HeaderBytes];
            while (n < max)
            {
                if (_read.Segment == _writeSegment && _read.Offset >= _writeOffset)
                {
                    break;
                }

                if (_read.Segment != _writeSegment && _read.Offset >= SegmentLength(_read.Segment))
                {
                    _read = new SpoolPosition(NextSegment(_read.Segment), 0);
                    continue;
                }

                SafeFileHandle reader = ReaderFor(_read.Segment);
                if (RandomAccess.Read(reader, header, _read.Offset) != HeaderBytes)
                {
                    throw new InvalidDataException($"spool segment {_read.Segment} ends inside a record header");
                }

                int body = BinaryPrimitives.ReadInt32LittleEndian(header);
                uint crc = BinaryPrimitives.ReadUInt32LittleEndian(header[4..]);
                byte[] payload = new byte[body];
                if (RandomAccess.Read(reader, payload, _read.Offset + HeaderBytes) != body || Crc32.Compute(payload) != crc)
                {
                    throw new InvalidDataException($"spool segment {_read.Segment} has a damaged record at offset {_read.Offset}");
                }

                int keyBytes = BinaryPrimitives.ReadUInt16LittleEndian(payload.AsSpan(1));
                string key = Encoding.UTF8.GetString(payload, 3, keyBytes);
                byte[] value = payload.AsSpan(3 + keyBytes).ToArray();
                _read = new SpoolPosition(_read.Segment, _read.Offset + HeaderBytes + body);
                into.Add(new SpoolEntry((RecordTopic)payload[0], key, value, _read));
                n++;
            }

            return n;
        }
    }

    /// <summary>Moves the read position back to the delivered position, to send again what was not acknowledged.</summary>
    public void Rewind()
    {
        lock (_lock)
        {
            _read = _acked;
        }
    }

    /// <summary>
    /// Records that every record before <paramref name="position"/> was delivered: saves the cursor and deletes
    /// segments wholly behind it.
    /// </summary>
    public void Commit(SpoolPosition position, int records)
    {
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (position <= _acked)
            {
                return;
            }

            long bytes = position.Segment == _acked.Segment
                ? position.Offset - _acked.Offset
                : SegmentLength(_acked.Segment) - _acked.Offset + BytesBetween(_acked.Segment, position);
            _acked = position;
            if (_read < _acked)
            {
                _read = _acked;
            }

            _pendingBytes -= bytes;
            _pendingRecords -= records;
            WriteCursor(_acked);
            while (_segments.Count > 1 && _segments[0] < _acked.Segment)
            {
                DeleteSegment(_segments[0]);
            }
        }
    }

    /// <summary>Forces written records to disk (called by a timer every <see cref="SpoolOptions.FsyncInterval"/>).</summary>
    public void Sync()
    {
        lock (_lock)
        {
            if (_disposed || !_dirty)
            {
                return;
            }

            _writer.Flush(flushToDisk: true);
            _dirty = false;
        }
    }

    /// <summary>Forces what was written to disk, closes the files and stops reporting the spool's gauges.</summary>
    public void Dispose()
    {
        _gauges.Dispose();
        _fsyncTimer.Dispose();
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            _writer.Flush(flushToDisk: true);
            _disposed = true;
            _writer.Dispose();
            _reader?.Dispose();
            _cursor?.Dispose();
            _lockFile.Dispose();
        }

        _dataAvailable.Dispose();
    }

    private long Recover()
    {
        // Count what is pending from the cursor to the end, validating frames; only the last segment may be torn.
        long writeEnd = 0;
        Span<byte> header = stackalloc byte[HeaderBytes];
        foreach (long segment in _segments)
        {
            if (segment < _acked.Segment)
            {
                continue;
            }

            string path = SegmentPath(segment);
            using SafeFileHandle handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            long length = RandomAccess.GetLength(handle);
            long offset = 0;
            long pendingFrom = segment == _acked.Segment ? _acked.Offset : 0;
            byte[] payload = [];
            while (offset + HeaderBytes <= length)
            {
                RandomAccess.Read(handle, header, offset);
                int body = BinaryPrimitives.ReadInt32LittleEndian(header);
                if (body <= 3 || body > MaxRecordBytes || offset + HeaderBytes + body > length)
                {
                    break;
                }

                if (payload.Length < body)
                {
                    payload = new byte[body];
                }

                RandomAccess.Read(handle, payload.AsSpan(0, body), offset + HeaderBytes);
                if (Crc32.Compute(payload.AsSpan(0, body)) != BinaryPrimitives.ReadUInt32LittleEndian(header[4..]))
                {
                    break;
                }

                if (offset >= pendingFrom)
                {
                    _pendingBytes += HeaderBytes + body;
                    _pendingRecords++;
                }

                offset += HeaderBytes + body;
            }

            if (offset != length && segment != _segments[^1])
            {
                throw new InvalidDataException($"spool segment {segment} is damaged at offset {offset}; only the newest segment can be cut short by a crash");
            }

            writeEnd = offset;
        }

        return writeEnd;
    }

    private void Roll()
    {
        _writer.Flush(flushToDisk: true);
        _writer.Dispose();
        _writeSegment++;
        _segments.Add(_writeSegment);
        _writer = OpenSegmentForAppend(_writeSegment);
        _writeOffset = 0;
        _dirty = false;
    }

    private FileStream OpenSegmentForAppend(long segment)
    {
        // Unbuffered, so every Write is one write(2) and reaches the page cache before it returns.
        return AtomicFile.CreateOwnerOnly(SegmentPath(segment), FileMode.OpenOrCreate, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
    }

    private SafeFileHandle ReaderFor(long segment)
    {
        if (_readerSegment != segment)
        {
            _reader?.Dispose();
            _reader = File.OpenHandle(SegmentPath(segment), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            _readerSegment = segment;
        }

        return _reader!;
    }

    private long SegmentLength(long segment) =>
        segment == _writeSegment ? _writeOffset : new FileInfo(SegmentPath(segment)).Length;

    private long NextSegment(long segment)
    {
        int i = _segments.BinarySearch(segment);
        return _segments[i + 1];
    }

    private long BytesBetween(long fromSegmentExclusive, SpoolPosition to)
    {
        long bytes = 0;
        foreach (long s in _segments)
        {
            if (s > fromSegmentExclusive && s < to.Segment)
            {
                bytes += SegmentLength(s);
            }
        }

        return bytes + to.Offset;
    }

    private void DeleteSegment(long segment)
    {
        if (_readerSegment == segment)
        {
            _reader?.Dispose();
            _reader = null;
            _readerSegment = -1;
        }

        File.Delete(SegmentPath(segment));
        _segments.RemoveAt(0);
    }

    private string SegmentPath(long segment) =>
        Path.Combine(_directory, segment.ToString("D12", CultureInfo.InvariantCulture) + ".seg");

    private SpoolPosition ReadCursor()
    {
        string path = Path.Combine(_directory, CursorFile);
        if (!File.Exists(path))
        {
            return new SpoolPosition(_segments.Count > 0 ? _segments[0] : 1, 0);
        }

        byte[] bytes = File.ReadAllBytes(path);
        if (bytes.Length != 16)
        {
            throw new InvalidDataException($"spool cursor {path} is damaged");
        }

        return new SpoolPosition(BinaryPrimitives.ReadInt64LittleEndian(bytes), BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(8)));
    }

    private void WriteCursor(SpoolPosition position)
    {
        // Overwritten in place, without fsync: 16 bytes inside one sector are written whole, and a cursor that a
        // power cut takes back only makes already delivered records go out again (same device and sequence
        // numbers, so downstream sees them as duplicates). A rename and fsync per commit cost more CPU than the
        // rest of the agent together.
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, position.Segment);
        BinaryPrimitives.WriteInt64LittleEndian(bytes[8..], position.Offset);
        _cursor ??= AtomicFile.CreateOwnerOnly(Path.Combine(_directory, CursorFile), FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read, bufferSize: 0);
        RandomAccess.Write(_cursor.SafeFileHandle, bytes, 0);
    }
}
