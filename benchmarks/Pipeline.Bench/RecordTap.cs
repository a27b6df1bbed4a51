using Pipeline.Capture.Delivery;

namespace Pipeline.Bench;

/// <summary>
/// Passes every record on to the real sink and keeps a copy of the raw ones (and of the data keys they are sealed
/// under, to count their events), so the ceiling replays exactly the bytes the capture path produced.
/// </summary>
internal sealed class RecordTap(IBatchSink inner) : IBatchSink
{
    private readonly List<(byte[] Key, byte[] Value)> _raw = [];
    private readonly List<(byte[] Key, byte[] Value)> _keys = [];
    private long _rawBytes;

    public bool IsFull => inner.IsFull;

    public IReadOnlyList<(byte[] Key, byte[] Value)> RawRecords => _raw;

    public IReadOnlyList<(byte[] Key, byte[] Value)> KeyRecords => _keys;

    public long RawBytes => Interlocked.Read(ref _rawBytes);

    public void Write(RecordTopic topic, string key, ReadOnlySpan<byte> value)
    {
        inner.Write(topic, key, value);
        if (topic == RecordTopic.Raw)
        {
            lock (_raw)
            {
                _raw.Add((System.Text.Encoding.UTF8.GetBytes(key), value.ToArray()));
            }

            Interlocked.Add(ref _rawBytes, value.Length);
        }
        else if (topic == RecordTopic.Keys)
        {
            lock (_keys)
            {
                _keys.Add((System.Text.Encoding.UTF8.GetBytes(key), value.ToArray()));
            }
        }
    }
}
