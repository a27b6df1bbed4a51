using System.Buffers;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;

namespace Pipeline.Capture.Delivery;

/// <summary>
/// Collects one device's admitted events into a batch and seals it, by count or by age, into one encoded record
/// (<see cref="RawBatchCodec"/>) for the sink: encrypted under the device's data key and keyed by the subject's route
/// when a <see cref="BatchSealer"/> is given (every role the host runs), in clear and keyed by subject otherwise (the
/// bench's reference and codec-level tests). The batch and the output buffer are reused, so the per-event path copies
/// a struct and nothing else. Not thread safe: used under the device's lock.
/// </summary>
public sealed class EventBatcher
{
    private readonly BatcherOptions _options;
    private readonly IBatchSink _sink;
    private readonly TimeProvider _time;
    private readonly BatchSealer? _sealer;
    private readonly EventBatch _batch;
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private long _openedAt;

    /// <summary>Creates a batcher for one subject's device; <paramref name="sealer"/> seals its batches (null: in clear).</summary>
    public EventBatcher(string subject, string device, BatcherOptions options, IBatchSink sink, TimeProvider time, BatchSealer? sealer = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(subject);
        ArgumentException.ThrowIfNullOrEmpty(device);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(time);
        options.Validate();
        _options = options;
        _sink = sink;
        _time = time;
        _sealer = sealer;
        _batch = new EventBatch(options.MaxEvents) { Subject = subject, Device = device };
    }

    /// <summary>Events in the open batch.</summary>
    public int Count => _batch.Count;

    /// <summary>How long the open batch has been open (zero when empty).</summary>
    public TimeSpan Age => _batch.Count == 0 ? TimeSpan.Zero : _time.GetElapsedTime(_openedAt);

    /// <summary>Records sealed so far.</summary>
    public long SealedBatches { get; private set; }

    /// <summary>Events sealed so far.</summary>
    public long SealedEvents { get; private set; }

    /// <summary>Screen geometry carried by the following batches.</summary>
    public void SetScreen(int width, int height)
    {
        if (_batch.Count > 0 && (width != _batch.ScreenWidth || height != _batch.ScreenHeight))
        {
            // A batch describes one geometry: coordinates before and after a resize must not be mixed.
            Seal();
        }

        _batch.ScreenWidth = width;
        _batch.ScreenHeight = height;
    }

    /// <summary>Appends <paramref name="e"/>; seals when the batch is full.</summary>
    public void Add(in InteractionEvent e)
    {
        if (_batch.Count == 0)
        {
            _openedAt = _time.GetTimestamp();
        }

        _batch.Add(in e);
        if (_batch.Count >= _options.MaxEvents)
        {
            Seal();
        }
    }

    /// <summary>Seals the open batch if its first event is older than the delay. Returns true if it sealed.</summary>
    public bool SealIfDue()
    {
        if (_batch.Count > 0 && _time.GetElapsedTime(_openedAt) >= _options.MaxDelay)
        {
            Seal();
            return true;
        }

        return false;
    }

    /// <summary>Encodes the open batch (if any) into one record for the sink.</summary>
    public void Seal()
    {
        if (_batch.Count == 0)
        {
            return;
        }

        _buffer.ResetWrittenCount();
        RawBatchCodec.Write(_batch, _buffer);
        if (_sealer is not null)
        {
            _sealer.SealAndWrite(_buffer.WrittenSpan);
        }
        else
        {
            _sink.Write(RecordTopic.Raw, _batch.Subject, _buffer.WrittenSpan);
        }

        // The plaintext does not wait in the reused buffer for the next batch.
        _buffer.Clear();
        SealedBatches++;
        SealedEvents += _batch.Count;
        _batch.Truncate(0);
    }
}
