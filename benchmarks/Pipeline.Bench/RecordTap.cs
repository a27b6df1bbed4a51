using System.Text;
using Pipeline.Capture.Delivery;

namespace Pipeline.Bench;

/// <summary>
/// Passes every record on to the real sink and keeps a copy of the raw ones (and of the data keys they are sealed
/// under, to count their events), so the ceiling replays exactly the bytes the capture path produced. The copies go
/// to files in <c>directory</c> (<see cref="SpilledRecords"/>), not the heap: they are the bench's, and the pipeline
/// stage's memory figure is the pipeline's.
/// </summary>
internal sealed class RecordTap(IBatchSink inner, string directory) : IBatchSink, IDisposable
{
    private readonly SpilledRecords _raw = new(Path.Combine(directory, "tap-raw.bin"));
    private readonly SpilledRecords _keys = new(Path.Combine(directory, "tap-keys.bin"));
    private long _rawBytes;

    public bool IsFull => inner.IsFull;

    public SpilledRecords RawRecords => _raw;

    public SpilledRecords KeyRecords => _keys;

    public long RawBytes => Interlocked.Read(ref _rawBytes);

    public void Write(RecordTopic topic, string key, ReadOnlySpan<byte> value)
    {
        inner.Write(topic, key, value);
        if (topic == RecordTopic.Raw)
        {
            Append(_raw, key, value);
            Interlocked.Add(ref _rawBytes, value.Length);
        }
        else if (topic == RecordTopic.Keys)
        {
            Append(_keys, key, value);
        }
    }

    public void Dispose()
    {
        _raw.Dispose();
        _keys.Dispose();
    }

    // Keys are device and subject ids, tens of bytes, one per record (not per event).
    private static void Append(SpilledRecords records, string key, ReadOnlySpan<byte> value) => records.Add(Encoding.UTF8.GetBytes(key), value);
}
