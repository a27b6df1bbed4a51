using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Pipeline.Capture;
using Pipeline.Capture.Delivery;
using Pipeline.Capture.Sources.Synthetic;
using Pipeline.Host.Hosting;
using Pipeline.Kafka;
using Pipeline.Lake.Sink;
using Pipeline.Processing.Runner;
using Pipeline.Privacy.Pseudonyms;
using Pipeline.Processing.Sessions;

namespace Pipeline.Host.Commands;

/// <summary>
/// <c>pipeline demo</c>: the whole pipeline in one process on the embedded broker. Synthetic people (each with
/// recorded consent, one of whom pauses and one revokes) go through the real gate, spool and producer; the real
/// exactly-once processor and lake sink run beside them; then a summary and the query to read the lake.
/// </summary>
internal static class DemoCommand
{
    /// <summary>Applications the demo allow-lists; the synthetic people also use "terminal", which is not.</summary>
    private static readonly string[] s_allowed = ["editor", "browser"];
    private static readonly string[] s_used = ["editor", "browser", "terminal"];

    public static void AddTo(RootCommand root, GlobalOptions globals)
    {
        Option<DirectoryInfo> lakeOption = GlobalOptions.CreateLakeOption();
        var devices = new Option<int>("--devices") { Description = "Synthetic people, one device each", DefaultValueFactory = _ => 6 };
        var duration = new Option<double>("--duration") { Description = "Seconds of capture", DefaultValueFactory = _ => 20 };
        var rate = new Option<double>("--rate") { Description = "Pointer sampling rate per device while moving, in Hz", DefaultValueFactory = _ => 60 };
        var speed = new Option<double>("--speed")
        {
            Description = "How much faster than real time the synthetic people live, so a short demo shows idle periods and sessions (1 = real time)",
            DefaultValueFactory = _ => 30,
        };
        var seed = new Option<int>("--seed") { Description = "Seed of the first synthetic person", DefaultValueFactory = _ => 1 };
        var command = new Command("demo", "The whole pipeline on one machine: embedded broker, synthetic capture with consent, exactly-once processing and the Parquet lake, then a summary")
        {
            lakeOption, devices, duration, rate, speed, seed,
        };
        command.SetAction(async (parse, cancel) =>
        {
            // The live view is the demo's output; routine logs would only interleave with it.
            await using HostContext host = HostContext.Create(parse, globals, cancel, LogLevel.Warning);
            var options = new DemoOptions(
                parse.GetValue(devices), parse.GetValue(duration), parse.GetValue(rate), parse.GetValue(speed), parse.GetValue(seed),
                parse.GetValue(lakeOption)!.FullName);
            options.Validate();
            return await RunAsync(host, options);
        });
        root.Subcommands.Add(command);
    }

    private static async Task<int> RunAsync(HostContext host, DemoOptions options)
    {
        TextWriter output = host.Out;
        ILogger log = host.LoggerFactory.CreateLogger("pipeline.demo");
        using EmbeddedBroker broker = BrokerCommand.StartBroker(new EmbeddedBrokerOptions { Topics = TopicCatalog.ForPipeline(host.Topics) });
        KafkaClientSettings kafka = host.KafkaSettings(broker.BootstrapServers, embedded: true);
        PseudonymOptions pseudonyms = PseudonymConfiguration.Load(host.Configuration, allowDevelopmentKey: true);
        bool developmentKey = pseudonyms.CurrentVersion == PseudonymOptions.DevelopmentKeyVersion;

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Pipeline demo: {options.Devices} synthetic people for {options.Duration:0.#} s (their clock runs ×{options.Speed:0.#}), embedded broker at {broker.BootstrapServers}, lake {options.Lake}"));
        if (developmentKey)
        {
            await output.WriteLineAsync("  pseudonyms use the well-known development key (configure Pseudonym:Keys for anything real)");
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(host.Stopping);

        // The synthetic people and the processor share one accelerated clock, so event time and the processor's
        // wall clock agree and sessions close as they would in a real day. The session gap is shortened from 30 to
        // 5 minutes so that sessions close within seconds of the demo's capture ending.
        var accelerated = new AcceleratedTimeProvider(host.Time, options.Speed);
        var sessions = new SessionOptions { Gap = TimeSpan.FromMinutes(5), Grace = TimeSpan.FromMinutes(1) };
        var processor = new ProcessorRunner(
            new ProcessorOptions
            {
                Topics = host.Topics,
                Pseudonyms = pseudonyms,
                Sessions = sessions,
                BrokerLacksTransactionIsolation = true,
            },
            kafka, host.LoggerFactory, accelerated);
        var sink = new LakeSink(
            new LakeSinkOptions { Lake = options.Lake, Topics = host.Topics, FlushInterval = TimeSpan.FromSeconds(2) },
            kafka, host.LoggerFactory, host.Time);
        Task processing = Task.Run(() => processor.RunAsync(stop.Token), CancellationToken.None);
        Task sinking = Task.Run(() => sink.RunAsync(stop.Token), CancellationToken.None);

        // Each run starts from a fresh broker, so a spool left by an earlier demo has nowhere to go.
        string state = Path.Combine(host.StateDirectory, "demo");
        if (Directory.Exists(state))
        {
            Directory.Delete(state, recursive: true);
        }

        var spool = new DiskSpool(Path.Combine(state, "spool"), new SpoolOptions(), host.Time);
        var sender = new SpoolSender(spool, new DeliveryOptions { Bootstrap = broker.BootstrapServers, KafkaProperties = host.KafkaProperties, Topics = host.Topics },
            host.LoggerFactory.CreateLogger<SpoolSender>(), host.Time);
        using var senderStop = new CancellationTokenSource();
        Task sending = Task.Run(() => sender.RunAsync(senderStop.Token), CancellationToken.None);

        var people = new DemoPeople(options, spool, host.Time, accelerated);
        var view = new DemoProgressView(output, people, sender, processor.Progress, sink.Progress);
        try
        {
            people.Start();
            await view.RunAsync(TimeSpan.FromSeconds(options.Duration), people.ScriptStep, stop.Token);
            await people.StopAsync();
            await senderStop.CancelAsync();
            await sending;
            if (!await sender.DrainAsync(TimeSpan.FromSeconds(30)))
            {
                throw new CliException($"the embedded broker did not take {spool.PendingRecords} spooled records within 30 s");
            }

            // Quiet long enough for the last sessions to pass their gap and grace on the accelerated clock.
            TimeSpan closeAfter = ((sessions.Gap + sessions.Grace + sessions.QuietTimeout) / options.Speed) + TimeSpan.FromSeconds(4);
            bool settled = await view.WaitUntilSettledAsync(people.Accepted, closeAfter, TimeSpan.FromSeconds(90), stop.Token);
            if (!settled)
            {
                log.LogWarning("the processor and sink had not caught up after 90 s; the summary shows where they stood");
            }
        }
        catch (OperationCanceledException) when (host.Stopping.IsCancellationRequested)
        {
            await output.WriteLineAsync("interrupted: shutting down cleanly");
        }
        finally
        {
            await stop.CancelAsync();
            await AwaitRole(processing, "processor", log);
            await AwaitRole(sinking, "sink", log);
            await sender.DisposeAsync();
            spool.Dispose();
        }

        await DemoSummary.WriteAsync(output, options, people, processor.Progress, sink.Progress, developmentKey);
        return host.Stopping.IsCancellationRequested ? ExitCodes.Interrupted : ExitCodes.Ok;
    }

    private static async Task AwaitRole(Task role, string name, ILogger log)
    {
        try
        {
            await role;
        }
        catch (OperationCanceledException)
        {
            // Stopped on purpose.
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            log.LogError(ex, "the {Role} failed", name);
            throw new CliException($"the {name} failed: {ex.Message}", ExitCodes.Failed);
        }
    }

    /// <summary>The demo's options, validated with one-line reasons.</summary>
    internal sealed record DemoOptions(int Devices, double Duration, double RateHz, double Speed, int Seed, string Lake)
    {
        public void Validate()
        {
            if (Devices is < 1 or > 1000)
            {
                throw new CliException($"--devices must be 1 to 1000, got {Devices}");
            }

            if (!(Duration > 0 && Duration <= 3600))
            {
                throw new CliException($"--duration must be above 0 and at most 3600 seconds, got {Duration}");
            }

            if (!(RateHz >= 1 && RateHz <= 1000))
            {
                throw new CliException($"--rate must be 1 to 1000 Hz, got {RateHz}");
            }

            if (!(Speed >= 1 && Speed <= 1000))
            {
                throw new CliException($"--speed must be 1 to 1000, got {Speed}");
            }
        }
    }

    /// <summary>
    /// The synthetic people: a <see cref="SyntheticFleet"/> through the same gate and batcher as a workstation, batches
    /// cut by the real clock while the people live on the accelerated one. Person 2 pauses a third of the way in;
    /// person 3 revokes at two thirds, so the summary shows consent at work on the device and in the processor.
    /// </summary>
    internal sealed class DemoPeople(DemoOptions options, IBatchSink sink, TimeProvider real, TimeProvider accelerated)
    {
        private SyntheticFleet? _fleet;
        private int _step;

        public IReadOnlyList<DeviceCapture> Devices => _fleet?.Devices ?? [];

        public long Accepted => _fleet?.Accepted ?? 0;

        public void Start()
        {
            _fleet = new SyntheticFleet(
                new SyntheticFleetOptions
                {
                    Devices = options.Devices,
                    RateHz = options.RateHz,
                    Seed = options.Seed,
                    IdPrefix = "demo",
                    Apps = s_used,
                    AllowApps = s_allowed,
                    IdleProbability = 0.02,
                    MaxIdle = TimeSpan.FromMinutes(8),
                },
                sink, real, stateDirectory: null, peopleClock: accelerated);
            _fleet.Start();
        }

        /// <summary>Called at each third of the run: the scripted consent changes.</summary>
        public void ScriptStep()
        {
            _step++;
            long now = Micros.Now(accelerated);
            IReadOnlyList<DeviceCapture> devices = Devices;
            if (_step == 1 && devices.Count >= 2)
            {
                DeviceCapture d = devices[1];
                d.Consent = d.Consent.Pause(now, now + (long)TimeSpan.FromMinutes(30).TotalMicroseconds);
                d.PublishConsent(d.Consent, d.Consent.History.Count - 1);
            }
            else if (_step == 2 && devices.Count >= 3)
            {
                DeviceCapture d = devices[2];
                d.Consent = d.Consent.Revoke(now);
                d.PublishConsent(d.Consent, d.Consent.History.Count - 1);
            }
        }

        /// <summary>Stops input and seals every open batch into the spool; the devices' counts stay readable.</summary>
        public async Task StopAsync()
        {
            if (_fleet is not null)
            {
                await _fleet.DisposeAsync();
            }
        }
    }
}
