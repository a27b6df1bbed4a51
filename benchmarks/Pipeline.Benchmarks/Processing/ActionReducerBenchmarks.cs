using System.Buffers;
using BenchmarkDotNet.Attributes;
using Pipeline.Capture.Sources.Synthetic;
using Pipeline.Processing.Actions;
using Pipeline.Processing.Sessions;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;

namespace Pipeline.Benchmarks.Processing;

/// <summary>
/// The action reducer's cost per clean event on a realistic stream: synthetic people (60 Hz pointer paths with
/// Fitts'-law timing, clicks, scroll bursts, typing with pauses, app switches, idle stretches), four subjects with two
/// devices each, 100-event clean batches interleaved in time order (200,000 events per invoke, results per event).
/// Each invoke starts a fresh reducer, so its few kilobytes per device are counted too (amortised: well under a byte
/// an event). Run: <c>dotnet run -c Release --project benchmarks/Pipeline.Benchmarks -- --filter '*ActionReducerBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
public class ActionReducerBenchmarks
{
    private const int Subjects = 4;
    private const int DevicesPerSubject = 2;
    private const int EventsPerDevice = 25_000;
    private const int EventsPerBatch = 100;
    private const long T0 = 1_750_000_000L * 1_000_000;

    /// <summary>Events per invoke.</summary>
    public const int Events = Subjects * DevicesPerSubject * EventsPerDevice;

    private static readonly SessionOptions s_sessions = new();
    private static readonly ActionOptions s_options = new();

    private readonly List<EventBatch> _batches = [];
    private readonly ActionBatch _output = new();
    private readonly ArrayBufferWriter<byte> _encoded = new(64 * 1024);
    private readonly ArrayBufferWriter<byte> _state = new(64 * 1024);

    /// <summary>Actions per invoke (printed once, for the per-action figures).</summary>
    public int ActionsPerInvoke { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var streams = new List<(long Time, EventBatch Batch)>();
        for (int s = 0; s < Subjects; s++)
        {
            string subject = $"{s:x2}5f2a0c0ffee0123456789abcdef0123";
            for (int d = 0; d < DevicesPerSubject; d++)
            {
                var human = new SyntheticHuman(new SyntheticOptions { Seed = 1 + (s * 10) + d, Apps = ["editor", "browser", "terminal"] });
                string device = $"{d:x2}{subject[2..]}";
                for (int b = 0; b < EventsPerDevice / EventsPerBatch; b++)
                {
                    var batch = new EventBatch(EventsPerBatch) { Subject = subject, Device = device, KeyVersion = 1, ScreenWidth = 1920, ScreenHeight = 1080 };
                    for (int i = 0; i < EventsPerBatch; i++)
                    {
                        ref InteractionEvent e = ref batch.Add();
                        human.Next(out e);
                        e.Seq = ((long)b * EventsPerBatch) + i + 1;
                        e.TimeMicros += T0;
                        e.SessionId = "0123456789abcdef0123456789abcdef";
                    }

                    streams.Add((batch.Events[0].TimeMicros, batch));
                }
            }
        }

        streams.Sort((a, b) => a.Time.CompareTo(b.Time));
        foreach ((long _, EventBatch batch) in streams)
        {
            _batches.Add(batch);
        }

        ActionsPerInvoke = Reduce();
        Console.WriteLine($"// {Events} events, {ActionsPerInvoke} actions per invoke");
    }

    /// <summary>Every batch through a fresh reducer; everything closed at the end.</summary>
    [Benchmark(OperationsPerInvoke = Events)]
    public int Reduce()
    {
        var reducer = new ActionReducer(s_options, s_sessions);
        int actions = 0;
        foreach (EventBatch batch in _batches)
        {
            _output.Clear();
            reducer.Process(batch, _output);
            actions += _output.Count;
        }

        return actions + CloseAll(reducer);
    }

    /// <summary>As <see cref="Reduce"/>, and each batch's actions encoded for the actions topic.</summary>
    [Benchmark(OperationsPerInvoke = Events)]
    public int ReduceAndEncode()
    {
        var reducer = new ActionReducer(s_options, s_sessions);
        int bytes = 0;
        foreach (EventBatch batch in _batches)
        {
            _output.Clear();
            reducer.Process(batch, _output);
            if (_output.Count > 0)
            {
                _encoded.ResetWrittenCount();
                ActionBatchCodec.Write(_output, _encoded);
                bytes += _encoded.WrittenCount;
            }
        }

        return bytes + CloseAll(reducer);
    }

    /// <summary>As <see cref="Reduce"/>, and the subject's state written after every batch (the changelog at its most frequent: one record per transaction).</summary>
    [Benchmark(OperationsPerInvoke = Events)]
    public int ReduceAndWriteState()
    {
        var reducer = new ActionReducer(s_options, s_sessions);
        long bytes = 0;
        foreach (EventBatch batch in _batches)
        {
            _output.Clear();
            reducer.Process(batch, _output);
            _state.ResetWrittenCount();
            reducer.WriteState(batch.Subject, _state);
            bytes += _state.WrittenCount;
        }

        return (int)(bytes / _batches.Count) + CloseAll(reducer);
    }

    private int CloseAll(ActionReducer reducer)
    {
        var subjects = new List<string>();
        reducer.AllSubjects(subjects);
        int actions = 0;
        foreach (string subject in subjects)
        {
            _output.Clear();
            reducer.CloseSubject(subject, _output);
            actions += _output.Count;
        }

        return actions;
    }
}
