using BenchmarkDotNet.Attributes;
using Pipeline.Capture;
using Pipeline.Capture.Consent;
using Pipeline.Capture.Delivery;
using Pipeline.Capture.Gate;
using Pipeline.Capture.Sources.Synthetic;
using Pipeline.Schemas.Model;

namespace Pipeline.Benchmarks.Capture;

/// <summary>
/// The agent's per-event path: privacy gate → sequence number → batcher → Avro encode at each seal (every 500
/// events), into a sink that drops the bytes. Reported per event; the target is 0 B allocated per event.
/// </summary>
[MemoryDiagnoser]
public class CaptureEventPathBenchmarks
{
    private const int EventsPerInvoke = 10_000;
    private readonly InteractionEvent[] _events = new InteractionEvent[EventsPerInvoke];
    private DeviceCapture _device = null!;
    private DeviceCapture _refusing = null!;

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
        _refusing = Create(ConsentRecord.None);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _device.Dispose();
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

    private static DeviceCapture Create(ConsentRecord consent)
    {
        var device = new DeviceCapture(
            new DeviceCaptureOptions { Subject = "subject-0001", Device = "device-0001", Privacy = new PrivacyOptions { AllowApps = ["editor"] } },
            new DiscardingSink(), TimeProvider.System, new SequenceAllocator(null))
        {
            Consent = consent,
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
