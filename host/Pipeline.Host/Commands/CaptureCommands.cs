using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Pipeline.Capture;
using Pipeline.Capture.Consent;
using Pipeline.Capture.Delivery;
using Pipeline.Capture.Gate;
using Pipeline.Capture.Sources.Import;
using Pipeline.Capture.Sources.Synthetic;
using Pipeline.Capture.Sources.X11;
using Pipeline.Host.Hosting;
using Pipeline.Kafka;

namespace Pipeline.Host.Commands;

/// <summary>The workstation side: <c>capture</c>, <c>loadgen</c>, <c>consent …</c> and <c>import</c>.</summary>
internal static class CaptureCommands
{
    public static void AddTo(RootCommand root, GlobalOptions globals)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(globals);
        root.Subcommands.Add(CaptureCommand(globals));
        root.Subcommands.Add(LoadgenCommand(globals));
        root.Subcommands.Add(ConsentCommand(globals));
        root.Subcommands.Add(ImportCommand(globals));
    }

    private static Option<string?> AllowAppsOption() => new("--allow-apps")
    {
        Description = "Applications whose input may be recorded, comma-separated (X11: WM_CLASS); nothing is recorded until some are listed (config Capture:AllowApps)",
    };

    private static Option<bool> WithTitlesOption() => new("--with-titles")
    {
        Description = "Also record window titles of allowed applications, scrubbed on this device (off by default)",
    };

    private static Command CaptureCommand(GlobalOptions globals)
    {
        var cmd = new Command("capture", "The workstation agent: records minimised input from an X display, with consent, into Kafka");
        var display = new Option<string?>("--display") { Description = "The X display to read, e.g. :0 (default $DISPLAY)" };
        Option<string?> allowApps = AllowAppsOption();
        Option<bool> withTitles = WithTitlesOption();
        cmd.Options.Add(display);
        cmd.Options.Add(allowApps);
        cmd.Options.Add(withTitles);
        cmd.SetAction(async (parse, ct) =>
        {
            await using HostContext host = HostContext.Create(parse, globals, ct);
            CaptureSettings settings = Settings(host);
            PrivacyOptions privacy = Privacy(settings, parse.GetValue(allowApps), parse.GetValue(withTitles));
            string bootstrap = host.ResolveBootstrap();
            var x11 = new X11Options { Display = parse.GetValue(display) ?? settings.Display, ReadTitles = privacy.WithTitles };
            Validate(x11.Validate);
            if (X11InputSource.Probe(x11.Display) is { } problem)
            {
                throw new CliException(problem);
            }

            var options = new CaptureAgentOptions
            {
                StateDirectory = host.StateDirectory,
                Device = DeviceOptions(settings, privacy, DeviceIdentity.LoadOrCreate(host.StateDirectory)),
                Spool = SpoolOptions(settings),
                Delivery = Delivery(host, bootstrap, settings),
            };
            Validate(options.Validate);
            var ledger = new ConsentLedger(Path.Combine(host.StateDirectory, ConsentLedger.FileName), host.Time);
            await host.Out.WriteLineAsync(ConsentNotice.Describe(ledger.Current, privacy, Destination(bootstrap, options.Delivery.Topics), Micros.Now(host.Time), ledger.Path));
            await using var source = new X11InputSource(x11, host.Time);
            var agent = new CaptureAgent(options, source, host.LoggerFactory, host.Time);
            host.StartMetrics(() => agent.Status is { SpoolFull: false });
            await agent.RunAsync(host.Stopping);
            return host.Stopping.IsCancellationRequested ? ExitCodes.Interrupted : ExitCodes.Ok;
        });
        return cmd;
    }

    private static Command LoadgenCommand(GlobalOptions globals)
    {
        var cmd = new Command("loadgen", "Synthetic devices with human-like input, each with recorded consent, through the same gate and producer");
        var devices = new Option<int>("--devices") { Description = "How many synthetic devices", DefaultValueFactory = _ => 10 };
        var rate = new Option<double>("--rate") { Description = "Pointer sampling rate per device while moving, in Hz", DefaultValueFactory = _ => 60 };
        var duration = new Option<double>("--duration") { Description = "How long to run, in seconds", DefaultValueFactory = _ => 10 };
        var seed = new Option<int>("--seed") { Description = "Seed of the first device (device i uses seed + i)", DefaultValueFactory = _ => 1 };
        cmd.Options.Add(devices);
        cmd.Options.Add(rate);
        cmd.Options.Add(duration);
        cmd.Options.Add(seed);
        cmd.SetAction(async (parse, ct) =>
        {
            await using HostContext host = HostContext.Create(parse, globals, ct);
            CaptureSettings settings = Settings(host);
            double seconds = parse.GetValue(duration);
            if (seconds is <= 0 or > 7 * 24 * 3600 || double.IsNaN(seconds))
            {
                throw new CliException($"--duration {seconds} must be above 0 and at most a week");
            }

            var fleetOptions = new SyntheticFleetOptions
            {
                Devices = parse.GetValue(devices),
                RateHz = parse.GetValue(rate),
                Seed = parse.GetValue(seed),
                Batching = Batching(settings),
            };
            Validate(fleetOptions.Validate);
            string bootstrap = host.ResolveBootstrap();
            DeliveryOptions delivery = Delivery(host, bootstrap, settings);
            string state = Path.Combine(host.StateDirectory, "loadgen");
            using var spool = new DiskSpool(Path.Combine(state, "spool"), SpoolOptions(settings), host.Time);
            await using var sender = new SpoolSender(spool, delivery, host.LoggerFactory.CreateLogger<SpoolSender>(), host.Time);
            using var senderStop = new CancellationTokenSource();
            Task sending = Task.Run(() => sender.RunAsync(senderStop.Token), CancellationToken.None);
            var cpu = Stopwatch.StartNew();
            TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            long accepted;
            await using (var fleet = new SyntheticFleet(fleetOptions, spool, host.Time, state))
            {
                fleet.Start();
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(seconds), host.Time, host.Stopping);
                }
                catch (OperationCanceledException)
                {
                    // Interrupted: stop early, still flush what was accepted.
                }

                await fleet.StopAsync();
                accepted = fleet.Accepted;
            }

            double elapsed = cpu.Elapsed.TotalSeconds;
            await senderStop.CancelAsync();
            await sending;
            bool drained = await sender.DrainAsync(TimeSpan.FromSeconds(30));
            TimeSpan cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            await host.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"devices: {fleetOptions.Devices}\nevents: {accepted}\nevents_per_second: {accepted / elapsed:F0}\nrecords_delivered: {sender.Delivered}\nrecords_left_in_spool: {spool.PendingRecords}\ncpu_seconds: {cpuUsed.TotalSeconds:F2}"));
            if (!drained)
            {
                await host.Error.WriteLineAsync($"pipeline: {spool.PendingRecords} records could not be delivered yet; they stay in {spool.SpoolDirectory} and go out on the next loadgen run");
                return ExitCodes.Failed;
            }

            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static Command ConsentCommand(GlobalOptions globals)
    {
        var cmd = new Command("consent", "Your controls on this device: grant, pause, resume, revoke, status");
        cmd.Subcommands.Add(ConsentAction(globals, "grant", "Agree to the notice that `consent status` shows; capture may start", (l, _) => l.Grant()));
        var minutes = new Option<double>("--minutes") { Description = "How long to pause, in minutes", DefaultValueFactory = _ => 30 };
        Command pause = ConsentAction(globals, "pause", "Stop capture for a while; it resumes by itself", (l, p) =>
        {
            double m = p.GetValue(minutes);
            if (m is <= 0 or > 7 * 24 * 60 || double.IsNaN(m))
            {
                throw new CliException($"--minutes {m} must be above 0 and at most a week");
            }

            l.Pause(TimeSpan.FromMinutes(m));
        });
        pause.Options.Add(minutes);
        cmd.Subcommands.Add(pause);
        cmd.Subcommands.Add(ConsentAction(globals, "resume", "End a pause now", (l, _) => l.Resume()));
        cmd.Subcommands.Add(ConsentAction(globals, "revoke", "Withdraw consent; nothing is captured until you grant it again", (l, _) => l.Revoke()));
        cmd.Subcommands.Add(ConsentAction(globals, "status", "What is captured now, what never is, and where the data goes", null));
        return cmd;
    }

    private static Command ConsentAction(GlobalOptions globals, string name, string description, Action<ConsentLedger, ParseResult>? change)
    {
        var cmd = new Command(name, description);
        cmd.SetAction(async (parse, ct) =>
        {
            await using HostContext host = HostContext.Create(parse, globals, ct);
            CaptureSettings settings = Settings(host);
            var ledger = new ConsentLedger(Path.Combine(host.StateDirectory, ConsentLedger.FileName), host.Time);
            if (change is not null)
            {
                try
                {
                    change(ledger, parse);
                }
                catch (InvalidOperationException ex)
                {
                    throw new CliException(ex.Message);
                }
            }

            PrivacyOptions privacy = Privacy(settings, null, false);
            string destination = Destination(TryBootstrap(host), new TopicNames());
            await host.Out.WriteLineAsync(ConsentNotice.Describe(ledger.Current, privacy, destination, Micros.Now(host.Time), ledger.Path));
            if (change is not null)
            {
                await host.Out.WriteLineAsync("A running agent applies this within a second; the change is published to the consent topic.");
            }

            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static Command ImportCommand(GlobalOptions globals)
    {
        var cmd = new Command("import", "Recorded interaction events (JSON Lines, DESIGN.md import format) to the raw topic through the privacy gate");
        var file = new Argument<FileInfo>("FILE") { Description = "The JSON Lines file to import" };
        Option<string?> allowApps = AllowAppsOption();
        Option<bool> withTitles = WithTitlesOption();
        cmd.Arguments.Add(file);
        cmd.Options.Add(allowApps);
        cmd.Options.Add(withTitles);
        cmd.SetAction(async (parse, ct) =>
        {
            await using HostContext host = HostContext.Create(parse, globals, ct);
            CaptureSettings settings = Settings(host);
            FileInfo input = parse.GetValue(file)!;
            if (!input.Exists)
            {
                throw new CliException($"{input.FullName} does not exist");
            }

            PrivacyOptions privacy = Privacy(settings, parse.GetValue(allowApps), parse.GetValue(withTitles));
            string bootstrap = host.ResolveBootstrap();
            DeliveryOptions delivery = Delivery(host, bootstrap, settings);
            using var spool = new DiskSpool(Path.Combine(host.StateDirectory, "import", "spool"), SpoolOptions(settings), host.Time);
            await using var sender = new SpoolSender(spool, delivery, host.LoggerFactory.CreateLogger<SpoolSender>(), host.Time);
            var importer = new JsonlImporter(privacy, Batching(settings), spool, host.Time);
            ImportSummary summary;
            using (StreamReader reader = input.OpenText())
            {
                summary = importer.Import(reader, line => host.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"pipeline: line {line.LineNumber} refused: {line.Refusal} ({line.Detail})")));
            }

            bool drained = await sender.DrainAsync(TimeSpan.FromSeconds(60));
            await host.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"lines_read: {summary.LinesRead}"));
            await host.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"events_sent: {summary.EventsSent}"));
            await host.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"consent_changes: {summary.ConsentChanges}"));
            foreach ((DropReason reason, long count) in summary.Dropped)
            {
                await host.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"dropped_{DropCounts.Label(reason)}: {count}"));
            }

            foreach ((string reason, long count) in summary.Refused)
            {
                await host.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"refused_{reason}: {count}"));
            }

            if (!drained)
            {
                await host.Error.WriteLineAsync($"pipeline: {spool.PendingRecords} records are not delivered yet; they stay in {spool.SpoolDirectory} and go out on the next import");
                return ExitCodes.Failed;
            }

            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static CaptureSettings Settings(HostContext host) => PipelineConfiguration.Bind<CaptureSettings>(host.Configuration, "Capture");

    private static PrivacyOptions Privacy(CaptureSettings settings, string? allowApps, bool withTitles)
    {
        var privacy = new PrivacyOptions
        {
            AllowApps = allowApps is not null ? PrivacyOptions.ParseAppList(allowApps) : settings.AllowApps ?? [],
            WithTitles = withTitles || settings.WithTitles,
        };
        Validate(privacy.Validate);
        return privacy;
    }

    private static DeviceCaptureOptions DeviceOptions(CaptureSettings settings, PrivacyOptions privacy, string device) => new()
    {
        Subject = string.IsNullOrWhiteSpace(settings.Subject) ? Environment.UserName : settings.Subject,
        Device = device,
        Privacy = privacy,
        Batching = Batching(settings),
    };

    private static BatcherOptions Batching(CaptureSettings settings)
    {
        var batching = new BatcherOptions
        {
            MaxDelay = TimeSpan.FromMilliseconds(settings.BatchMilliseconds ?? 200),
            MaxEvents = settings.BatchEvents ?? 500,
        };
        Validate(batching.Validate);
        return batching;
    }

    private static SpoolOptions SpoolOptions(CaptureSettings settings)
    {
        var spool = new SpoolOptions { MaxBytes = (settings.SpoolMegabytes ?? 256) * 1024 * 1024 };
        Validate(spool.Validate);
        return spool;
    }

    private static DeliveryOptions Delivery(HostContext host, string bootstrap, CaptureSettings settings) => new()
    {
        Bootstrap = bootstrap,
        KafkaProperties = host.KafkaProperties,
        MessageTimeout = TimeSpan.FromSeconds(settings.MessageTimeoutSeconds ?? 10),
    };

    private static string? TryBootstrap(HostContext host)
    {
        try
        {
            return host.ResolveBootstrap();
        }
        catch (CliException)
        {
            return null;
        }
    }

    private static string Destination(string? bootstrap, TopicNames topics) =>
        bootstrap is null
            ? $"Kafka (not configured yet), topics {topics.Raw} and {topics.Consent}; until then it waits on this device"
            : $"Kafka at {bootstrap}, topics {topics.Raw} and {topics.Consent}";

    private static void Validate(Action validate)
    {
        try
        {
            validate();
        }
        catch (ArgumentException ex)
        {
            throw new CliException(ex.Message);
        }
    }

    /// <summary>The <c>Capture</c> configuration section.</summary>
    private sealed class CaptureSettings
    {
        public string? Subject { get; set; }

        public List<string>? AllowApps { get; set; }

        public bool WithTitles { get; set; }

        public string? Display { get; set; }

        public int? BatchMilliseconds { get; set; }

        public int? BatchEvents { get; set; }

        public long? SpoolMegabytes { get; set; }

        public double? MessageTimeoutSeconds { get; set; }
    }
}
