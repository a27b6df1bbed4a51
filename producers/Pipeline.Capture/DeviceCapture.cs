using System.Buffers;
using Pipeline.Capture.Consent;
using Pipeline.Capture.Delivery;
using Pipeline.Capture.Gate;
using Pipeline.Capture.Sources;
using Pipeline.Capture.Transparency;
using Pipeline.Telemetry;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;

namespace Pipeline.Capture;

/// <summary>
/// One device's path from input to record: privacy gate → sequence number → batcher → sealer (encryption under the
/// device's data key, <see cref="BatchSealer"/>) → sink. Sources write into it (<see cref="IInteractionSink"/>); a timer
/// seals batches by age. Consent changes are published through the same sink, after the batch that precedes them, so
/// the stream keeps their order; a revocation retires the data key, so capture after a new grant is under a new one.
/// </summary>
public sealed class DeviceCapture : IInteractionSink, IDisposable
{
    private static readonly KeyValuePair<string, object?> s_role = new("role", "capture");

    private readonly object _lock = new();
    private readonly DeviceCaptureOptions _options;
    private readonly IBatchSink _sink;
    private readonly TimeProvider _time;
    private readonly SequenceAllocator? _sequence;
    private readonly EventBatcher _batcher;
    private readonly BatchSealer? _sealer;
    private readonly ITimer _sealTimer;
    private readonly ArrayBufferWriter<byte> _consentBuffer = new(1024);
    private long _accepted;
    private long _acceptedUnpublished;

    /// <summary>Creates the path for one device.</summary>
    /// <param name="options">Who, which device, gate and batching settings.</param>
    /// <param name="sink">Where sealed records go.</param>
    /// <param name="time">The clock for batch age.</param>
    /// <param name="sequence">Assigns sequence numbers; null keeps the numbers the source gave (imports).</param>
    public DeviceCapture(DeviceCaptureOptions options, IBatchSink sink, TimeProvider time, SequenceAllocator? sequence)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(time);
        options.Validate();
        _options = options;
        _sink = sink;
        _time = time;
        _sequence = sequence;
        Gate = new PrivacyGate(options.Privacy);
        _sealer = options.Sealing is { } sealing ? new BatchSealer(sealing, options.Subject, options.Device, sink, time) : null;
        _batcher = new EventBatcher(options.Subject, options.Device, options.Batching, sink, time, _sealer);
        // One-shot, armed when a batch opens: an idle device costs no wake-ups at all.
        _sealTimer = time.CreateTimer(static s => ((DeviceCapture)s!).OnTick(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>The privacy gate of this device.</summary>
    public PrivacyGate Gate { get; }

    /// <summary>
    /// Counts admitted events for the person's page (by kind per minute, pointer cells per hour); null when no page is
    /// kept. Called under the device's lock; costs a few increments per event.
    /// </summary>
    public ActivityTally? Activity { get; init; }

    /// <summary>The options this device runs with.</summary>
    public DeviceCaptureOptions Options => _options;

    /// <summary>Events dropped, by reason.</summary>
    public DropCounts Drops { get; } = new();

    /// <summary>Events admitted by the gate.</summary>
    public long Accepted => Interlocked.Read(ref _accepted);

    /// <summary>Records written to the sink (event batches).</summary>
    public long SealedBatches
    {
        get
        {
            lock (_lock)
            {
                return _batcher.SealedBatches;
            }
        }
    }

    /// <summary>The sealer of this device's batches; null when they go in clear.</summary>
    public BatchSealer? Sealer => _sealer;

    /// <summary>The consent the gate enforces.</summary>
    public ConsentRecord Consent
    {
        get => Gate.Consent;
        set => Gate.Consent = value;
    }

    /// <inheritdoc/>
    public void SetScreen(int width, int height)
    {
        lock (_lock)
        {
            _batcher.SetScreen(width, height);
            Activity?.SetScreen(width, height);
        }
    }

    /// <inheritdoc/>
    public void Accept(in InteractionEvent e)
    {
        InteractionEvent copy = e;
        lock (_lock)
        {
            Gate.SpoolFull = _sink.IsFull;
            DropReason reason = Gate.Admit(ref copy);
            if (reason != DropReason.None)
            {
                Drops.Add(reason);
                return;
            }

            if (copy.Kind != EventKind.Focus && Gate.TryTakeFocusAnnouncement(out string app, out string? title))
            {
                var focus = new InteractionEvent { Kind = EventKind.Focus, TimeMicros = copy.TimeMicros, App = app, Title = title, Seq = copy.Seq };
                Append(ref focus);
            }

            Append(ref copy);
        }
    }

    /// <summary>
    /// Publishes the consent transition at <paramref name="index"/> of <paramref name="record"/>'s history (with the
    /// earlier ones, for the compacted topic), after sealing the open batch so the two stay in order.
    /// </summary>
    public void PublishConsent(ConsentRecord record, int index)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, record.History.Count);
        ConsentTransition t = record.History[index];
        var history = new ConsentInterval[index];
        for (int i = 0; i < index; i++)
        {
            ConsentTransition h = record.History[i];
            history[i] = new ConsentInterval(h.State, h.TimeMicros, h.UntilMicros);
        }

        var change = new ConsentChange(_options.Subject, _options.Device, t.State, t.TimeMicros, t.UntilMicros, t.NoticeVersion, history);
        lock (_lock)
        {
            _batcher.Seal();
            _consentBuffer.ResetWrittenCount();
            ConsentChangeCodec.Write(change, _consentBuffer);
            _sink.Write(RecordTopic.Consent, _options.Subject, _consentBuffer.WrittenSpan);
            if (t.State == ConsentState.Revoked)
            {
                _sealer?.Retire();
            }
        }
    }

    /// <summary>Seals the open batch now (shutdown, consent change, tests).</summary>
    public void Flush()
    {
        lock (_lock)
        {
            _batcher.Seal();
            PublishCounts();
        }
    }

    /// <summary>Stops the age timer, seals what is open and clears the data key from memory.</summary>
    public void Dispose()
    {
        _sealTimer.Dispose();
        Flush();
        lock (_lock)
        {
            _sealer?.Dispose();
        }
    }

    private void Append(ref InteractionEvent e)
    {
        if (_sequence is not null)
        {
            e.Seq = _sequence.Next();
        }

        Activity?.Count(in e);
        bool opens = _batcher.Count == 0;
        _batcher.Add(in e);
        if (opens && _batcher.Count == 1)
        {
            _sealTimer.Change(_options.Batching.MaxDelay, Timeout.InfiniteTimeSpan);
        }

        _accepted++;
        _acceptedUnpublished++;
    }

    private void OnTick()
    {
        lock (_lock)
        {
            if (_batcher.SealIfDue())
            {
                PublishCounts();
            }
            else if (_batcher.Count > 0)
            {
                // The batch that armed the timer was sealed by size; this one opened later.
                TimeSpan left = _options.Batching.MaxDelay - _batcher.Age;
                _sealTimer.Change(left > TimeSpan.Zero ? left : TimeSpan.FromMilliseconds(1), Timeout.InfiniteTimeSpan);
            }
        }
    }

    private void PublishCounts()
    {
        if (_acceptedUnpublished > 0)
        {
            PipelineMetrics.EventsIn.Add(_acceptedUnpublished, s_role);
            _acceptedUnpublished = 0;
        }

        Drops.Publish();
    }
}
