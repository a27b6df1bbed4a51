using System.Globalization;
using Microsoft.Extensions.Logging;
using Pipeline.Capture.Delivery;
using Pipeline.Host.Hosting;
using Pipeline.Kafka;
using Pipeline.Lake.Sink;
using Pipeline.Privacy.Pseudonyms;
using Pipeline.Privacy.Shredding;
using Pipeline.Processing.Apps;
using Pipeline.Processing.Runner;
using Pipeline.Processing.Sessions;

namespace Pipeline.Host.Commands;

/// <summary>
/// <c>pipeline demo</c>: the whole pipeline in one process on the embedded broker. Synthetic people (each with
/// recorded consent, one of whom pauses, one revokes and one gets a corrupt consent record) go through the real gate,
/// spool and producer; the real exactly-once processor (with an app gate stricter than the devices') and lake sink
/// run beside them; then a summary with the drops by reason and the query to read the lake.
/// </summary>
public static class DemoCommand
{
    /// <summary>The demo's log level when none is configured: the live view is its output, routine logs would interleave.</summary>
    public const LogLevel DefaultLogLevel = LogLevel.Warning;

    /// <summary>
    /// How long capture may go on past <c>--duration</c> for the stream's drops to show: 30 s, many times the longest
    /// idle stretch a demo person takes at the default speed (8 minutes of their day is 16 s).
    /// </summary>
    private static readonly TimeSpan s_dropsShownTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Runs the demo and prints its summary.</summary>
    public static async Task<int> RunAsync(HostContext host, DemoRequest request)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        TimeSpan duration = request.CaptureTime();
        string lake = request.Lake.FullName;
        TextWriter output = host.Out;
        ILogger log = host.LoggerFactory.CreateLogger("pipeline.demo");
        var capture = CaptureConfiguration.Load(host);

        // --bootstrap (or Kafka:Bootstrap) puts the demo on a broker that outlives it, such as `./pipeline broker`:
        // the data keys and the people's secrets stay on its keys topic, so the export it prints can be run after it.
        string? external = host.Bootstrap;
        using EmbeddedBroker? broker = external is null ? BrokerCommand.StartBroker(new EmbeddedBrokerOptions { Topics = TopicCatalog.ForPipeline(host.Topics) }) : null;
        string bootstrap = external ?? broker!.BootstrapServers;
        KafkaClientSettings kafka = host.KafkaSettings(bootstrap, embedded: broker is not null);
        PseudonymOptions pseudonyms = PseudonymConfiguration.Load(host.Configuration, developmentKeyByDefault: true);
        SealingOptions sealing = ShreddingConfiguration.Sealing(host.Configuration, developmentKeysByDefault: true);
        UnsealingOptions unsealing = ShreddingConfiguration.Unsealing(host.Configuration, developmentKeysByDefault: true);
        bool developmentKey = pseudonyms.CurrentVersion == PseudonymOptions.DevelopmentKeyVersion || sealing.IsDevelopment || unsealing.IsDevelopment;

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Pipeline demo: {request.Devices} synthetic people for {request.DurationSeconds:0.#} s (their clock runs ×{request.Speed:0.#}), {(broker is null ? "the broker" : "embedded broker")} at {bootstrap}, lake {lake}"));
        if (developmentKey)
        {
            await output.WriteLineAsync("  pseudonyms and encryption use the well-known development keys (configure Pseudonym:Keys and Shredding:* for anything real)");
        }

        foreach (string step in DemoPeople.Script(request.Devices, host.Topics))
        {
            await output.WriteLineAsync("  " + step);
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(host.Stopping);

        // The synthetic people and the processor share one accelerated clock, so event time and the processor's
        // wall clock agree and sessions close as they would in a real day. The session gap is shortened from 30 to
        // 5 minutes so that sessions close within seconds of the demo's capture ending.
        var accelerated = new AcceleratedTimeProvider(host.Time, request.Speed);
        var sessions = new SessionOptions { Gap = TimeSpan.FromMinutes(5), Grace = TimeSpan.FromMinutes(1) };
        var processor = new ProcessorRunner(
            new ProcessorOptions
            {
                Topics = host.Topics,
                Pseudonyms = pseudonyms,
                Unsealing = unsealing,
                Sessions = sessions,
                Apps = new AppGateOptions { AllowApps = DemoPeople.StreamAllowed },
                BrokerLacksTransactionIsolation = broker is not null || host.IsEmbeddedBroker(bootstrap),
            },
            kafka, host.LoggerFactory, accelerated);
        var sink = new LakeSink(
            new LakeSinkOptions { Lake = lake, Topics = host.Topics, FlushInterval = TimeSpan.FromSeconds(2) },
            kafka, host.LoggerFactory, host.Time);
        Task processing = Task.Run(() => processor.RunAsync(stop.Token), CancellationToken.None);
        Task sinking = Task.Run(() => sink.RunAsync(stop.Token), CancellationToken.None);

        // Each run starts from a fresh broker, so a spool left by an earlier demo has nowhere to go.
        string state = Path.Combine(host.StateDirectory, "demo");
        if (Directory.Exists(state))
        {
            Directory.Delete(state, recursive: true);
        }

        await using var delivery = new SpoolDelivery(Path.Combine(state, "spool"), capture.Spool() with { Name = "demo" }, capture.Delivery(host, bootstrap), host.LoggerFactory, host.Time);
        delivery.Start();
        var people = new DemoPeople(request, delivery.Spool, host.Time, accelerated, sealing);
        var view = new DemoProgressView(output, people, delivery, processor.Progress, sink.Progress);
        try
        {
            people.Start();
            await view.RunAsync(duration, people.ScriptStep, stop.Token);

            // A short run can end before the stream has anything to drop: the person under the corrupt consent record,
            // or everyone still allowed to send browser input, may sit idle or in another app for the rest of it (more
            // often on a busy machine, where the people's clock falls behind). Capture goes on until the processor has
            // dropped events for both reasons, so the summary shows both gates at work, or gives up after a while. With
            // one person, who is the blocked one, nothing can reach the app gate.
            bool shown = await view.CaptureUntilAsync(
                () => processor.Progress.DroppedConsentUnreadable > 0 && (processor.Progress.DroppedAppNotAllowed > 0 || request.Devices == 1),
                s_dropsShownTimeout,
                stop.Token);
            if (!shown)
            {
                log.LogWarning("the processor had not dropped events as consent_unreadable and app_not_allowed {Seconds} s after the capture time", s_dropsShownTimeout.TotalSeconds);
            }

            await people.StopAsync();
            DrainOutcome outcome = await delivery.StopAsync();
            if (!outcome.Drained)
            {
                throw new CliException($"the embedded broker did not take {outcome.PendingRecords} spooled records", ExitCodes.Failed);
            }

            // Quiet long enough for the last sessions to pass their gap and grace on the accelerated clock.
            TimeSpan closeAfter = ((sessions.Gap + sessions.Grace + sessions.QuietTimeout) / request.Speed) + TimeSpan.FromSeconds(4);
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
        }

        // While the broker still holds the keys: one picture of the busiest session, and one person's export.
        DemoKeepsakes? kept = host.Stopping.IsCancellationRequested
            ? null
            : DemoKeepsakes.Write(host, kafka, pseudonyms, unsealing, lake, state, people);
        await DemoSummary.WriteAsync(output, lake, people, processor.Progress, sink.Progress, developmentKey, kept, external);
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
            throw new CliException($"the {name} failed: {CliException.FirstLine(ex.Message)}", ex, ExitCodes.Failed);
        }
    }
}
