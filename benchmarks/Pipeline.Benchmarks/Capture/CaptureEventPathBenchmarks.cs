using BenchmarkDotNet.Attributes;
using Pipeline.Capture;
using Pipeline.Capture.Consent;
using Pipeline.Capture.Delivery;
using Pipeline.Capture.Gate;
using Pipeline.Capture.Sources.Synthetic;
using Pipeline.Capture.Transparency;
using Pipeline.Schemas.Model;

namespace Pipeline.Benchmarks.Capture;

/// <summary>
/// The agent's per-event path: privacy gate → sequence number → batcher → Avro encode at each seal (every 500
/// events), into a sink that drops the bytes. Reported per event; the target is 0 B allocated per event. The
/// WithActivity case adds what the agent adds for the person's page: the <see cref="ActivityTally"/> hook on every
/// admitted event and its sink wrapper on every sealed batch.
/// </summary>
[MemoryDiagnoser]
public class CaptureEventPathBenchmarks
{
    private const int EventsPerInvoke = 10_000;
    private readonly InteractionEvent[] _events = new InteractionEvent[EventsPerInvoke];
    private DeviceCapture _device = null!;
    private DeviceCapture _withActivity = null!;
    private DeviceCapture _refusing = null!;
    private ActivityTally _tally = null!;

    [GlobalSetup]
    public void Setup()
    {
        var human = new SyntheticHuman(new SyntheticOptions { Seed = 1, Apps = ["editor"] });
        long start = Micros.Now(TimeProvider.System);
        for (int i = 0; i < _events.Length; i++)
        {
            human.Next(out _events[i]);
            _events[i].TimeMicros += start;
        }

        _device = Create(ConsentRecord.None.Grant("bench", start - 1));
        _withActivity = Create(ConsentRecord.None.Grant("bench", start - 1), new ActivityTally(TimeProvider.System));
        _refusing = Create(ConsentRecord.None);
        _tally = new ActivityTally(TimeProvider.System);
        _tally.SetScreen(1920, 1080);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _device.Dispose();
        _withActivity.Dispose();
        _refusing.Dispose();
    }

    /// <summary>Consented, allow-listed input: every event is numbered, batched and encoded.</summary>
    [Benchmark(OperationsPerInvoke = EventsPerInvoke)]
    public void AdmitBatchEncode()
    {
        DeviceCapture device = _device;
        InteractionEvent[] events = _events;
        for (int i = 0; i < events.Length; i++)
        {
            device.Accept(in events[i]);
        }
    }

    /// <summary>The same, counted for the person's page as the agent does.</summary>
    [Benchmark(OperationsPerInvoke = EventsPerInvoke)]
    public void AdmitBatchEncodeWithActivity()
    {
        DeviceCapture device = _withActivity;
        InteractionEvent[] events = _events;
        for (int i = 0; i < events.Length; i++)
        {
            device.Accept(in events[i]);
        }
    }

    /// <summary>The page's hook alone: what <see cref="AdmitBatchEncodeWithActivity"/> adds per event.</summary>
    [Benchmark(OperationsPerInvoke = EventsPerInvoke)]
    public void ActivityCountOnly()
    {
        ActivityTally tally = _tally;
        InteractionEvent[] events = _events;
        for (int i = 0; i < events.Length; i++)
        {
            tally.Count(in events[i]);
        }
    }

    /// <summary>No consent: every event is refused and counted.</summary>
    [Benchmark(OperationsPerInvoke = EventsPerInvoke)]
    public void RefuseWithoutConsent()
    {
        DeviceCapture device = _refusing;
        InteractionEvent[] events = _events;
        for (int i = 0; i < events.Length; i++)
        {
            device.Accept(in events[i]);
        }
    }

    private static DeviceCapture Create(ConsentRecord consent, ActivityTally? activity = null)
    {
        IBatchSink sink = new DiscardingSink();
        var device = new DeviceCapture(
            new DeviceCaptureOptions { Subject = "subject-0001", Device = "device-0001", Privacy = new PrivacyOptions { AllowApps = ["editor"] } },
            activity?.Observe(sink) ?? sink, TimeProvider.System, new SequenceAllocator(null))
        {
            Consent = consent,
            Activity = activity,
        };
        device.SetScreen(1920, 1080);
        return device;
    }

    private sealed class DiscardingSink : IBatchSink
    {
        public long Bytes { get; private set; }

        public bool IsFull => false;

        public void Write(RecordTopic topic, string key, ReadOnlySpan<byte> value) => Bytes += value.Length;
    }
}
