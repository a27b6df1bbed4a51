using Pipeline.Capture.Consent;
using Pipeline.Capture.Delivery;
using Pipeline.Capture.Gate;

namespace Pipeline.Capture.Sources.Synthetic;

/// <summary>
/// N synthetic devices through the same gate, batcher and sink as a workstation: each device records a consent
/// grant (published to the consent topic through the sink, like a person's) before any input, and plays its own
/// seeded person in real time. With a state directory, sequence numbers keep increasing across runs.
/// </summary>
public sealed class SyntheticFleet : IAsyncDisposable
{
    private readonly List<DeviceCapture> _devices = [];
    private readonly List<SyntheticInputSource> _sources = [];
    private readonly List<SequenceAllocator> _sequences = [];
    private readonly TimeProvider _time;
    private readonly TimeSpan _tick;
    private CancellationTokenSource? _stop;
    private Task? _loop;

    /// <summary>Creates the devices and records their consent; call <see cref="Start"/> to begin input.</summary>
    /// <param name="options">The fleet.</param>
    /// <param name="sink">Where every device's records go (the spool, or an in-memory sink in benchmarks).</param>
    /// <param name="time">The clock for batching.</param>
    /// <param name="stateDirectory">Where per-device sequence marks are kept; null keeps them in memory.</param>
    /// <param name="peopleClock">The clock the people live and consent on; <paramref name="time"/> by default. A demo
    /// passes a faster one so minutes of activity happen in seconds while batches are still cut in real time.</param>
    public SyntheticFleet(SyntheticFleetOptions options, IBatchSink sink, TimeProvider time, string? stateDirectory, TimeProvider? peopleClock = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(time);
        options.Validate();
        _time = peopleClock ?? time;
        _tick = options.Tick;
        var privacy = new PrivacyOptions { AllowApps = options.AllowApps ?? options.Apps };
        for (int i = 0; i < options.Devices; i++)
        {
            string n = (i + 1).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            string device = $"{options.IdPrefix}-device-{n}";
            SequenceAllocator sequence = new(stateDirectory is null ? null : Path.Combine(stateDirectory, device + ".sequence"));
            _sequences.Add(sequence);
            var capture = new DeviceCapture(
                new DeviceCaptureOptions { Subject = $"{options.IdPrefix}-subject-{n}", Device = device, Privacy = privacy, Batching = options.Batching, Sealing = options.Sealing },
                sink, time, sequence);
            ConsentRecord consent = ConsentRecord.None.Grant(ConsentRecord.CurrentNoticeVersion, Micros.Now(_time));
            capture.Consent = consent;
            capture.PublishConsent(consent, 0);
            _devices.Add(capture);
            _sources.Add(new SyntheticInputSource(
                new SyntheticOptions { Seed = options.Seed + i, SampleRateHz = options.RateHz, Apps = options.Apps, IdleProbability = options.IdleProbability, MaxIdle = options.MaxIdle },
                _time));
        }
    }

    /// <summary>The devices, for counts.</summary>
    public IReadOnlyList<DeviceCapture> Devices => _devices;

    /// <summary>Events admitted across the fleet.</summary>
    public long Accepted
    {
        get
        {
            long total = 0;
            foreach (DeviceCapture d in _devices)
            {
                total += d.Accepted;
            }

            return total;
        }
    }

    /// <summary>Starts every device's input, paced by one loop for the whole fleet.</summary>
    public void Start()
    {
        if (_loop is not null)
        {
            throw new InvalidOperationException("the fleet is already running");
        }

        for (int i = 0; i < _devices.Count; i++)
        {
            _sources[i].Begin(_devices[i]);
        }

        _stop = new CancellationTokenSource();
        _loop = RunAsync(_stop.Token);
    }

    /// <summary>Stops input and seals every open batch.</summary>
    public async Task StopAsync()
    {
        if (_loop is not null)
        {
            await _stop!.CancelAsync();
            await _loop;
            _stop.Dispose();
            _loop = null;
        }

        foreach (DeviceCapture device in _devices)
        {
            device.Flush();
        }
    }

    /// <summary>Stops, seals and records the sequence marks.</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        foreach (DeviceCapture device in _devices)
        {
            device.Dispose();
        }

        foreach (SequenceAllocator sequence in _sequences)
        {
            sequence.Dispose();
        }
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        // One wake-up per tick for the whole fleet, not one per device: pacing must not cost more than capture.
        while (!cancellationToken.IsCancellationRequested)
        {
            long now = Micros.Now(_time);
            foreach (SyntheticInputSource source in _sources)
            {
                source.EmitDue(now);
            }

            try
            {
                await Task.Delay(_tick, _time, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
