using Pipeline.Capture;
using Pipeline.Capture.Consent;
using Pipeline.Capture.Gate;
using Pipeline.Capture.Sources.X11;
using Pipeline.Capture.Transparency;
using Pipeline.Host.Hosting;

namespace Pipeline.Host.Commands;

/// <summary>
/// <c>pipeline capture</c>: the workstation agent on an X display, with consent, into Kafka, serving the person's page
/// (<see cref="ConsentUiCommand"/>) while it runs unless <c>--no-ui</c>.
/// </summary>
public static class CaptureCommand
{
    /// <summary>
    /// Runs the agent until stopped; exit 130 after SIGINT/SIGTERM, 1 when the X display went away (after the agent
    /// flushed and said why in its log and in <c>pipeline consent status</c>), so systemd's <c>Restart=on-failure</c>
    /// starts it again.
    /// </summary>
    public static async Task<int> RunAsync(HostContext host, CaptureRequest request)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(request);
        var capture = CaptureConfiguration.Load(host);
        PrivacyOptions privacy = capture.Privacy(request.AllowApps, request.WithTitles);
        string bootstrap = host.ResolveBootstrap();
        var x11 = new X11Options { Display = request.Display ?? capture.Display, ReadTitles = privacy.WithTitles };
        CliException.ThrowIfInvalid(x11.Validate);
        if (X11InputSource.Probe(x11.Display) is { } problem)
        {
            throw new CliException(problem);
        }

        var options = new CaptureAgentOptions
        {
            StateDirectory = host.StateDirectory,
            Device = new DeviceCaptureOptions
            {
                Subject = capture.Subject ?? Environment.UserName,
                Device = DeviceIdentity.LoadOrCreate(host.StateDirectory),
                Privacy = privacy,
                Batching = capture.Batching(),
                Sealing = ShreddingConfiguration.Sealing(host.Configuration, developmentKeysByDefault: false),
            },
            Spool = capture.Spool(),
            Delivery = capture.Delivery(host, bootstrap),
        };
        CliException.ThrowIfInvalid(options.Validate);
        var ledger = new ConsentLedger(Path.Combine(host.StateDirectory, ConsentLedger.FileName), host.Time);
        await host.Out.WriteLineAsync(ConsentNotice.Describe(ledger.Current, privacy, CaptureConfiguration.Destination(bootstrap, options.Delivery.Topics), Micros.Now(host.Time), ledger.Path));
        await using var source = new X11InputSource(x11, host.Time);
        var agent = new CaptureAgent(options, source, host.LoggerFactory, host.Time);
        host.StartMetrics(() => agent.Status is { SpoolFull: false });
        await using TransparencyPage? page = request.NoUi
            ? null
            : ConsentUiCommand.Start(host, privacy, CaptureConfiguration.Destination(bootstrap, options.Delivery.Topics), request.UiPort, agent.Activity.Snapshot, servedByAgent: true);
        try
        {
            await agent.RunAsync(host.Stopping);
        }
        catch (CaptureSourceFailedException ex)
        {
            // Sealed, synced and drained already, and logged; a non-zero exit makes the supervisor start it again.
            await host.Error.WriteLineAsync($"pipeline: capture stopped: {CliException.FirstLine(ex.Message)}");
            return ExitCodes.Failed;
        }

        return host.Stopping.IsCancellationRequested ? ExitCodes.Interrupted : ExitCodes.Ok;
    }
}
