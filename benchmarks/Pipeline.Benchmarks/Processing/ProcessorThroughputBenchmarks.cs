using System.Buffers;
using System.Diagnostics;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Confluent.Kafka;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Kafka;
using Pipeline.Processing.Runner;
using Pipeline.Privacy.Pseudonyms;
using Pipeline.Privacy.Shredding;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;

namespace Pipeline.Benchmarks.Processing;

/// <summary>
/// The exactly-once processor against the embedded broker in this process: 500,000 events (5,000 raw records of 100
/// events, 48 people, 6 partitions) produced to a running processor, timed until the last clean event is committed.
/// The processor is started and assigned before the clock starts, so group join and restore are not counted. Each
/// iteration prints the process's CPU time (processor, broker and producer together) as a <c>// cpu</c> line.
/// Run: <c>dotnet run -c Release --project benchmarks/Pipeline.Benchmarks -- --filter '*ProcessorThroughput*'</c>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ProcessorThroughputBenchmarks
{
    private const int Subjects = 48;
    private const int RecordsPerSubject = 104;
    private const int EventsPerRecord = 100;
    private const int Partitions = 6;
    private const long Second = 1_000_000;
    private const long T0 = 1_750_000_000L * Second;

    private readonly List<(byte[] Key, byte[] Value)> _records = [];
    private EmbeddedBroker _broker = null!;
    private KafkaClientSettings _settings = null!;
    private TopicNames _topics = null!;
    private ProcessorRunner _runner = null!;
    private CancellationTokenSource _stop = null!;
    private Task _running = null!;
    private int _iteration;
    private TimeSpan _cpuAtStart;

    /// <summary>Events per iteration (the benchmark's operations).</summary>
    public const int Events = Subjects * RecordsPerSubject * EventsPerRecord;

    [GlobalSetup]
    public void Setup()
    {
        _broker = EmbeddedBroker.Start(new EmbeddedBrokerOptions());
        _settings = new KafkaClientSettings { BootstrapServers = _broker.BootstrapServers, ClientId = "bench-processor" };
        var buffer = new ArrayBufferWriter<byte>();
        for (int r = 0; r < RecordsPerSubject; r++)
        {
            for (int s = 0; s < Subjects; s++)
            {
                var batch = new EventBatch { Subject = $"person-{s}", Device = $"laptop-{s}", ScreenWidth = 1920, ScreenHeight = 1080 };
                for (int i = 0; i < EventsPerRecord; i++)
                {
                    long seq = ((long)r * EventsPerRecord) + i;
                    ref InteractionEvent e = ref batch.Add();
                    e.Seq = seq;
                    e.TimeMicros = T0 + (seq * 16_000); // 60 Hz
                    if (i == 0)
                    {
                        e.Kind = EventKind.Focus;
                        e.App = "thunderbird";
                        e.Title = r % 2 == 0 ? "Re: budget - john.doe@example.com - Outlook" : "Quarterly Report Q3 - final.xlsx";
                    }
                    else if (i % 5 == 0)
                    {
                        e.Kind = EventKind.KeyDown;
                        e.KeyClass = KeyClass.Letter;
                    }
                    else
                    {
                        e.Kind = EventKind.Move;
                        e.X = i;
                        e.Y = r;
                    }
                }

                buffer.ResetWrittenCount();
                RawBatchCodec.Write(batch, buffer);
                _records.Add((Encoding.UTF8.GetBytes(batch.Subject), buffer.WrittenSpan.ToArray()));
            }
        }
    }

    [IterationSetup]
    public void StartProcessor()
    {
        string suffix = $"{Interlocked.Increment(ref _iteration)}-{Guid.NewGuid():N}";
        _topics = new TopicNames
        {
            Raw = $"raw-{suffix}", Consent = $"consent-{suffix}", Clean = $"clean-{suffix}", Sessions = $"sessions-{suffix}",
            Idle = $"idle-{suffix}", DeadLetter = $"dlq-{suffix}", ProcessorState = $"state-{suffix}",
        };
        foreach (string topic in new[] { _topics.Raw, _topics.Consent, _topics.Clean, _topics.Sessions, _topics.Idle, _topics.Actions, _topics.DeadLetter, _topics.ProcessorState })
        {
            _broker.CreateTopic(topic, Partitions);
        }

        using (IProducer<byte[]?, byte[]> producer = new ProducerBuilder<byte[]?, byte[]>(_settings.CreateProducerConfig()).Build())
        {
            var consent = new ArrayBufferWriter<byte>();
            for (int s = 0; s < Subjects; s++)
            {
                consent.ResetWrittenCount();
                ConsentChangeCodec.Write(new ConsentChange($"person-{s}", $"laptop-{s}", ConsentState.Granted, T0 - Second, null, "v1", []), consent);
                producer.Produce(_topics.Consent, new Message<byte[]?, byte[]> { Key = Encoding.UTF8.GetBytes($"person-{s}"), Value = consent.WrittenSpan.ToArray() });
            }

            producer.Flush(TimeSpan.FromSeconds(30));
        }

        _runner = new ProcessorRunner(
            new ProcessorOptions
            {
                Topics = _topics,
                GroupId = $"bench-{suffix}",
                TransactionalIdPrefix = $"bench-{suffix}",
                Pseudonyms = PseudonymOptions.Development,
                // The records here are in clear: this measures the runner; BatchSealingBenchmarks prices encryption.
                Unsealing = UnsealingOptions.Development,
                AcceptUnencryptedBatches = true,
                BrokerLacksTransactionIsolation = true,
            },
            _settings, NullLoggerFactory.Instance, TimeProvider.System);
        _stop = new CancellationTokenSource();
        _running = _runner.RunAsync(_stop.Token);
        SpinUntil(() => _runner.Progress.AssignedPartitions == Partitions, "assignment");
        _cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
    }

    [Benchmark(OperationsPerInvoke = Events)]
    public long ProduceAndProcess()
    {
        using (IProducer<byte[]?, byte[]> producer = new ProducerBuilder<byte[]?, byte[]>(_settings.CreateProducerConfig()).Build())
        {
            foreach ((byte[] key, byte[] value) in _records)
            {
                producer.Produce(_topics.Raw, new Message<byte[]?, byte[]> { Key = key, Value = value });
            }

            producer.Flush(TimeSpan.FromSeconds(60));
        }

        SpinUntil(() => _runner.Progress.EventsOut >= Events && _runner.Progress.TransactionsCommitted > 0, "processing");
        return _runner.Progress.EventsOut;
    }

    [IterationCleanup]
    public void StopProcessor()
    {
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime - _cpuAtStart;
        Console.WriteLine($"// cpu {cpu.TotalSeconds:0.000} s for {Events} events: {cpu.TotalSeconds / Events * 1e6:0.00} cpu-seconds per million events; out {_runner.Progress.EventsOut}, transactions {_runner.Progress.TransactionsCommitted}");
        _stop.Cancel();
        _running.GetAwaiter().GetResult();
        _stop.Dispose();
    }

    [GlobalCleanup]
    public void Cleanup() => _broker.Dispose();

    private static void SpinUntil(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > TimeSpan.FromMinutes(2))
            {
                throw new TimeoutException($"benchmark {what} did not finish in 2 minutes");
            }

            Thread.Sleep(1);
        }
    }
}
