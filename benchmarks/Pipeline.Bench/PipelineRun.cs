using System.Diagnostics;
using Confluent.Kafka;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging;
using Pipeline.Capture;
using Pipeline.Capture.Consent;
using Pipeline.Capture.Delivery;
using Pipeline.Capture.Gate;
using Pipeline.Kafka;
using Pipeline.Lake.Query;
using Pipeline.Lake.Sink;
using Pipeline.Lake.Tables;
using Pipeline.Processing.Actions;
using Pipeline.Processing.Runner;
using Pipeline.Privacy.Pseudonyms;
using Pipeline.Privacy.Shredding;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;

namespace Pipeline.Bench;

/// <summary>
/// The whole pipeline under load: devices fed as fast as the pipeline takes them through the real privacy gate,
/// batcher and sealer (encryption under each device's data key) into the disk spool and producer, the exactly-once
/// processor (which opens every batch), and the lake sink, all at once. A reader on the clean topic times each event
/// from capture to the clean topic; then a steady phase at half the measured rate gives the latency an operator would
/// see at that load, and the lake's files give latency to the lake. With no <paramref name="sealing"/> the batches go
/// in clear (the processor accepts them): the reference that prices encryption; with <paramref name="actions"/> false the
/// processor does not reduce events to actions: the reference that prices the actions stream.
/// </summary>
internal sealed class PipelineRun(KafkaClientSettings kafka, TopicNames topics, int partitions, PseudonymOptions pseudonyms,
    SealingOptions? sealing, UnsealingOptions unsealing,
    bool brokerLacksIsolation, string lake, string spoolDirectory, string tapDirectory, ILoggerFactory loggers, BenchProgress progress, bool actions = true)
{
    private static readonly string[] s_apps = ["org.libreoffice.calc", "firefox", "code", "org.gnome.Terminal", "thunderbird"];

    /// <summary>The bench sink's bound on buffered rows (see where the sink is created).</summary>
    internal const int BufferedLakeRows = 128 * 1024;

    private readonly LatencyRecorder _cleanLatency = new();
    private long _steadyStartMicros = long.MaxValue;

    public sealed record Result(
        StageResult Throughput,
        int EventsPerRecord,
        double SteadyRate,
        long SteadyEvents,
        double? P50Ms, double? P99Ms, double? MaxMs,
        double? LakeP50Ms, double? LakeP99Ms, double? LakeMaxMs,
        long LakeRows, long LakeBytes,
        SpilledRecords RawRecords,
        SpilledRecords KeyRecords,
        IReadOnlyList<double> CleanLatencyMs, IReadOnlyList<double> LakeLatencyMs) : IDisposable
    {
        /// <summary>Deletes the stage's copy of its raw and key records.</summary>
        public void Dispose()
        {
            RawRecords.Dispose();
            KeyRecords.Dispose();
        }
    }

    /// <summary>Runs the throughput phase and, with a <paramref name="steadyDuration"/>, the latency phase and the lake.</summary>
    public async Task<Result> RunAsync(BenchWorkload workload, TimeSpan? steadyDuration, long maxBacklogEvents, CancellationToken cancel)
    {
        progress.Reset();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var processor = new ProcessorRunner(
            new ProcessorOptions { Topics = topics, Pseudonyms = pseudonyms, Unsealing = unsealing, AcceptUnencryptedBatches = sealing is null, Actions = new ActionOptions { Enabled = actions }, BrokerLacksTransactionIsolation = brokerLacksIsolation, GroupId = $"bench-processor-{Guid.NewGuid():N}", TransactionalIdPrefix = $"bench-processor-{Guid.NewGuid():N}" },
            kafka, loggers, TimeProvider.System);
        // Flushing every 5 s at hundreds of thousands of events a second would buffer millions of rows: 64 Ki rows writes
        // the fullest partition out first instead. A buffered row is column arrays of ~300 B (an event row's 41 columns;
        // an action row about the same), held in arrays of a power-of-two capacity per partition and table that a flush
        // keeps for the next file: at 256 Ki rows those arrays were 150-250 MB of the large object heap, the biggest
        // managed part of the stage's peak (docs/benchmarks.md, Memory); at 64 Ki, files are ~11 Ki rows a partition.
        var sink = new LakeSink(
            new LakeSinkOptions { Lake = lake, Topics = topics, GroupId = $"bench-sink-{Guid.NewGuid():N}", FlushInterval = TimeSpan.FromSeconds(5), MaxBufferedRows = BufferedLakeRows, MaxRowsPerFile = BufferedLakeRows },
            kafka, loggers, TimeProvider.System);
        Task processing = Task.Run(() => processor.RunAsync(stop.Token), CancellationToken.None);
        progress.ProcessedBy(() => processor.Progress.EventsIn);
        Task sinking = Task.Run(() => sink.RunAsync(stop.Token), CancellationToken.None);
        Task reading = Task.Factory.StartNew(() => ReadClean(stop.Token), stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        // 4 GiB: the spool must never fill and drop events while the bench feeds faster than it drains.
        await using var delivery = new SpoolDelivery(spoolDirectory, new SpoolOptions { Name = "bench", MaxBytes = 4L << 30 },
            new DeliveryOptions { Bootstrap = kafka.BootstrapServers, KafkaProperties = kafka.Properties, Topics = topics }, loggers, TimeProvider.System);
        Directory.CreateDirectory(tapDirectory);
        var tap = new RecordTap(delivery.Spool, tapDirectory);
        delivery.Start();

        var devices = new DeviceCapture[workload.Devices];
        var privacy = new PrivacyOptions { AllowApps = s_apps, WithTitles = true };
        var batching = new BatcherOptions { MaxEvents = workload.EventsPerBatch };
        for (int d = 0; d < devices.Length; d++)
        {
            devices[d] = new DeviceCapture(new DeviceCaptureOptions { Subject = BenchWorkload.SubjectOf(d), Device = BenchWorkload.DeviceOf(d), Privacy = privacy, Batching = batching, Sealing = sealing },
                tap, TimeProvider.System, new SequenceAllocator(null));
            ConsentRecord consent = ConsentRecord.None.Grant(ConsentRecord.CurrentNoticeVersion, Micros.Now(TimeProvider.System) - 1_000_000);
            devices[d].Consent = consent;
            devices[d].PublishConsent(consent, 0);
        }

        try
        {
            // The processor joins consent by event time: let the grants land before the first event.
            await WaitForAsync(() => processor.Progress.AssignedPartitions > 0, TimeSpan.FromSeconds(60), "the processor to be assigned its partitions", stop.Token);
            await Task.Delay(TimeSpan.FromSeconds(1), stop.Token);

            // Warm-up, untimed: the JIT's tiers, the broker's buffers and the sink's first files settle first, so the
            // figures describe a running pipeline rather than a starting one.
            long warmUp = Math.Clamp(workload.Events / 5, 10_000, 200_000);
            Feed(devices, new BenchWorkload(workload.Devices, warmUp, workload.EventsPerBatch, workload.Seed + 2), rate: null, maxBacklogEvents, stop.Token);
            long warmed = Admitted(devices);
            await WaitForAsync(() => progress.Delivered >= warmed, TimeSpan.FromMinutes(10), "the warm-up to reach the clean topic", stop.Token);
            long wireBefore = tap.RawBytes;
            int recordsBefore = tap.RawRecords.Count;

            TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            GcWindow gcBefore = GcWindow.Now();
            var clock = Stopwatch.StartNew();
            Feed(devices, workload, rate: null, maxBacklogEvents, stop.Token);
            long admitted = Admitted(devices);
            await WaitForAsync(() => progress.Delivered >= admitted, TimeSpan.FromMinutes(10), "every event to reach the clean topic", stop.Token);
            clock.Stop();
            TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            var throughput = new StageResult("pipeline", admitted - warmed, clock.Elapsed, cpu, tap.RawBytes - wireBefore, tap.RawRecords.Count - recordsBefore) { Gc = GcWindow.Since(gcBefore) };
            if (steadyDuration is null)
            {
                await stop.CancelAsync();
                await Settle(processing, sinking, reading);
                await delivery.StopAsync();
                return new Result(throughput, workload.EventsPerBatch, 0, 0, null, null, null, null, null, null, 0, 0, tap.RawRecords, tap.KeyRecords, [], []);
            }

            // Steady load at half the measured rate: the latency an operator sees with headroom.
            double rate = throughput.EventsPerSecond / 2;
            long steadyEvents = Math.Max(1, (long)(rate * steadyDuration.Value.TotalSeconds));
            var steady = new BenchWorkload(workload.Devices, steadyEvents, workload.EventsPerBatch, workload.Seed + 1);
            Interlocked.Exchange(ref _steadyStartMicros, Micros.Now(TimeProvider.System));
            Feed(devices, steady, rate, maxBacklogEvents, stop.Token);

            long admittedInTotal = Admitted(devices);
            await WaitForAsync(() => progress.Delivered >= admittedInTotal, TimeSpan.FromMinutes(5), "the steady phase to reach the clean topic", stop.Token);
            await WaitForAsync(() => sink.Progress.Events >= admittedInTotal && sink.Progress.BufferedRows == 0, TimeSpan.FromMinutes(2), "the lake to hold every event", stop.Token);

            var lakeLatency = new LatencyRecorder();
            (long lakeRows, long lakeBytes) = LakeLatency(lake, Interlocked.Read(ref _steadyStartMicros), lakeLatency);
            await stop.CancelAsync();
            await Settle(processing, sinking, reading);
            await delivery.StopAsync();
            return new Result(throughput, workload.EventsPerBatch, rate, steadyEvents,
                _cleanLatency.PercentileMs(50), _cleanLatency.PercentileMs(99), _cleanLatency.PercentileMs(100),
                lakeLatency.PercentileMs(50), lakeLatency.PercentileMs(99), lakeLatency.PercentileMs(100), lakeRows, lakeBytes, tap.RawRecords,
                tap.KeyRecords, _cleanLatency.SortedMs(), lakeLatency.SortedMs());
        }
        finally
        {
            progress.ProcessedBy(null);
            await stop.CancelAsync();
            foreach (DeviceCapture device in devices)
            {
                device.Dispose();
            }

            await Settle(processing, sinking, reading);
        }
    }

    private void Feed(DeviceCapture[] devices, BenchWorkload workload, double? rate, long maxBacklogEvents, CancellationToken cancel)
    {
        var pace = Stopwatch.StartNew();
        long fed = 0;
        workload.Generate(0, (d, batch) =>
        {
            DeviceCapture device = devices[d];
            foreach (ref InteractionEvent e in batch.Events)
            {
                if (rate is { } r)
                {
                    // Paced: wait until this event is due at the steady rate.
                    double due = fed / r;
                    while (pace.Elapsed.TotalSeconds < due)
                    {
                        cancel.ThrowIfCancellationRequested();
                        Thread.Sleep(1);
                    }
                }
                else
                {
                    while (progress.Produced - progress.Delivered > maxBacklogEvents)
                    {
                        cancel.ThrowIfCancellationRequested();
                        Thread.Sleep(1);
                    }
                }

                e.TimeMicros = Micros.Now(TimeProvider.System);
                device.Accept(in e);
                fed++;
                progress.AddProduced(1);
            }
        });
    }

    /// <summary>Events the devices' gates admitted (the bench's people consented and use allow-listed apps only).</summary>
    private static long Admitted(DeviceCapture[] devices)
    {
        long total = 0;
        foreach (DeviceCapture device in devices)
        {
            device.Flush();
            total += device.Accepted;
        }

        return total;
    }

    private void ReadClean(CancellationToken cancel)
    {
        using IConsumer<byte[], byte[]> consumer = new ConsumerBuilder<byte[], byte[]>(kafka.CreateConsumerConfig($"bench-latency-{Guid.NewGuid():N}")).Build();
        var assignment = new List<TopicPartitionOffset>(partitions);
        for (int p = 0; p < partitions; p++)
        {
            assignment.Add(new TopicPartitionOffset(topics.Clean, p, Offset.Beginning));
        }

        consumer.Assign(assignment);
        var batch = new EventBatch();
        while (!cancel.IsCancellationRequested)
        {
            ConsumeResult<byte[], byte[]>? r;
            try
            {
                r = consumer.Consume(TimeSpan.FromMilliseconds(100));
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (r is null || r.IsPartitionEOF || !CleanBatchCodec.TryRead(r.Message.Value, batch, out _))
            {
                continue;
            }

            long now = Micros.Now(TimeProvider.System);
            long steadyStart = Interlocked.Read(ref _steadyStartMicros);
            foreach (ref InteractionEvent e in batch.Events)
            {
                if (e.TimeMicros >= steadyStart)
                {
                    _cleanLatency.Add(now - e.TimeMicros);
                }
            }

            progress.AddDelivered(batch.Count);
        }
    }

    /// <summary>Latency to the lake: each steady-phase row's file became visible (renamed into place) at its mtime.</summary>
    private static (long Rows, long Bytes) LakeLatency(string lake, long steadyStartMicros, LatencyRecorder recorder)
    {
        using var catalog = new LakeCatalog(lake);
        var mtimes = new Dictionary<string, long>(StringComparer.Ordinal);
        long bytes = 0;
        foreach (string file in Directory.EnumerateFiles(catalog.Layout.TableDirectory(LakeTable.Events), "*.parquet", SearchOption.AllDirectories))
        {
            var info = new FileInfo(file);
            mtimes[info.FullName] = Micros.From(info.LastWriteTimeUtc);
            bytes += info.Length;
        }

        long rows = 0;
        using DuckDBCommand command = catalog.Connection.CreateCommand();
        // Streamed, and only the steady phase's rows with their file: a materialised result of every row and its file name
        // was held by DuckDB at once (about 300 MB of native memory at 1 M events, the stage's peak, docs/benchmarks.md).
        command.UseStreamingMode = true;
        command.CommandText = $"SELECT count(*) FROM read_parquet('{catalog.Layout.Glob(LakeTable.Events)}')";
        rows = Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        command.CommandText = $"SELECT epoch_us(event_time), filename FROM read_parquet('{catalog.Layout.Glob(LakeTable.Events)}', filename = true) WHERE epoch_us(event_time) >= {steadyStartMicros}";
        using System.Data.Common.DbDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            long eventTime = reader.GetInt64(0);
            if (mtimes.TryGetValue(Path.GetFullPath(reader.GetString(1)), out long visible))
            {
                recorder.Add(visible - eventTime);
            }
        }

        return (rows, bytes);
    }

    internal static async Task WaitForAsync(Func<bool> condition, TimeSpan timeout, string what, CancellationToken cancel)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            if (waited.Elapsed > timeout)
            {
                throw new TimeoutException($"gave up waiting for {what} after {timeout.TotalSeconds:0} s");
            }

            await Task.Delay(5, cancel);
        }
    }

    private static async Task Settle(params Task[] roles)
    {
        foreach (Task role in roles)
        {
            try
            {
                await role;
            }
            catch (OperationCanceledException)
            {
                // stopped on purpose
            }
        }
    }
}
