using System.Buffers;
using BenchmarkDotNet.Attributes;
using Pipeline.Privacy;
using Pipeline.Privacy.Pseudonyms;
using Pipeline.Processing;
using Pipeline.Processing.Consent;
using Pipeline.Processing.Sessions;
using Pipeline.Processing.Shredding;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;

namespace Pipeline.Benchmarks.Processing;

/// <summary>
/// The processor's per-event cost, stage by stage and whole, on 100-event batches (results are per event:
/// OperationsPerInvoke). Run: <c>dotnet run -c Release --project benchmarks/Pipeline.Benchmarks -- --filter '*ProcessingBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
public class ProcessingBenchmarks
{
    private const int Events = 100;
    private const long Second = 1_000_000;
    private const long T0 = 1_750_000_000L * Second;

    private static readonly string[] s_plainTitles =
        ["Quarterly Report Q3 - final.xlsx", "Inbox - Outlook", "Meeting notes 2024-01-15 - Notepad", "Visual Studio Code 1.85.2", "Sprint 42 board - Jira"];

    private static readonly string[] s_piiTitles =
        ["Re: budget - john.doe@example.com - Outlook", "Call +49 30 1234567 - Softphone", "Transfer to DE89 3704 0044 0532 0130 00", "Ping 192.168.1.254 - Network", "https://example.com/reset?token=a8f5f167f44f4964e6c998dee827110c"];

    private readonly Redactor _redactor = new();
    private readonly Redaction[] _findings = new Redaction[64];
    private ConsentTable _consent = null!;
    private Sessionizer _sessionizer = null!;
    private EventBatch _sessionBatch = null!;
    private SessionOutput _output = null!;
    private InteractionTransform _transform = null!;
    private byte[] _rawRecord = null!;
    private EventBatch _raw = null!;
    private EventBatch _clean = null!;
    private ArrayBufferWriter<byte> _encoded = null!;
    private long _clock;

    [GlobalSetup]
    public void Setup()
    {
        var pseudonymizer = new Pseudonymizer(PseudonymOptions.Development);
        _consent = new ConsentTable();
        _consent.Apply(new ConsentChange("alice", "laptop", ConsentState.Granted, T0 - Second, null, "v1", []));
        _sessionizer = new Sessionizer(new SessionOptions());
        _sessionBatch = Batch("0123456789abcdef0123456789abcdef", T0);
        _output = new SessionOutput();
        _clock = T0;

        var transformSessions = new Sessionizer(new SessionOptions(), _consent);
        _transform = new InteractionTransform(pseudonymizer, new Redactor(), _consent, new OneSecret(PersonSecret.Create("alice")), transformSessions);
        EventBatch raw = Batch("alice", T0);
        raw.Device = "alice-laptop";
        var buffer = new ArrayBufferWriter<byte>();
        RawBatchCodec.Write(raw, buffer);
        _rawRecord = buffer.WrittenSpan.ToArray();
        _raw = new EventBatch();
        _clean = new EventBatch();
        _encoded = new ArrayBufferWriter<byte>(64 * 1024);
        foreach (string title in s_piiTitles)
        {
            _redactor.Redact(title);
        }
    }

    /// <summary>Finding nothing in a title without PII (the scan itself; no cache).</summary>
    [Benchmark(OperationsPerInvoke = 5)]
    public int ScanTitleWithoutPii()
    {
        int n = 0;
        foreach (string title in s_plainTitles)
        {
            n += Redactor.Find(title, _findings);
        }

        return n;
    }

    /// <summary>Finding the PII in a title (the scan itself; no cache, no output string).</summary>
    [Benchmark(OperationsPerInvoke = 5)]
    public int ScanTitleWithPii()
    {
        int n = 0;
        foreach (string title in s_piiTitles)
        {
            n += Redactor.Find(title, _findings);
        }

        return n;
    }

    /// <summary>Redacting a title seen before (the steady state: titles repeat with every focus change).</summary>
    [Benchmark(OperationsPerInvoke = 5)]
    public int RedactRepeatedTitleWithPii()
    {
        int n = 0;
        foreach (string title in s_piiTitles)
        {
            n += _redactor.Redact(title).Length;
        }

        return n;
    }

    /// <summary>Consent at each event's time (one table lookup, a binary search per event).</summary>
    [Benchmark(OperationsPerInvoke = Events)]
    public int ConsentCheck()
    {
        int granted = 0;
        for (int i = 0; i < Events; i++)
        {
            granted += _consent.Check("alice", T0 + (i * Second)) == ConsentVerdict.Granted ? 1 : 0;
        }

        return granted;
    }

    /// <summary>Sessions and idle for a 100-event batch of continuous activity, time moving on each call.</summary>
    [Benchmark(OperationsPerInvoke = Events)]
    public int SessionizeAndIdle()
    {
        Span<InteractionEvent> events = _sessionBatch.Events;
        for (int i = 0; i < events.Length; i++)
        {
            events[i].TimeMicros = _clock;
            _clock += 10_000;
        }

        _output.Clear();
        _sessionizer.Process(_sessionBatch, 0, _output);
        return _sessionBatch.Count;
    }

    /// <summary>The whole per-record work: decode, consent, pseudonyms, redaction, sessions, encode.</summary>
    [Benchmark(OperationsPerInvoke = Events)]
    public int DecodeTransformEncode()
    {
        if (!RawBatchCodec.TryRead(_rawRecord, _raw, out _))
        {
            throw new InvalidOperationException("benchmark record does not decode");
        }

        _output.Clear();
        var dropped = new ConsentDrops();
        _transform.Transform(_raw, _clean, 0, _output, ref dropped);
        _encoded.ResetWrittenCount();
        CleanBatchCodec.Write(_clean, _encoded);
        return _encoded.WrittenCount;
    }

    private static EventBatch Batch(string subject, long start)
    {
        var batch = new EventBatch { Subject = subject, KeyVersion = 0, ScreenWidth = 1920, ScreenHeight = 1080 };
        for (int i = 0; i < Events; i++)
        {
            ref InteractionEvent e = ref batch.Add();
            e.Seq = i;
            e.TimeMicros = start + (i * 10_000);
            if (i % 25 == 0)
            {
                e.Kind = EventKind.Focus;
                e.App = "thunderbird";
                e.Title = i % 50 == 0 ? "Re: budget - john.doe@example.com - Outlook" : "Quarterly Report Q3 - final.xlsx";
            }
            else if (i % 5 == 0)
            {
                e.Kind = EventKind.KeyDown;
                e.KeyClass = KeyClass.Letter;
            }
            else
            {
                e.Kind = EventKind.Move;
                e.X = 100 + i;
                e.Y = 200 + i;
            }
        }

        return batch;
    }

    /// <summary>The one person's secret: the transform's lookup without the keys table.</summary>
    private sealed class OneSecret(PersonSecret secret) : IPersonSecrets
    {
        public PersonSecret Resolve(string subject) => secret;
    }
}
