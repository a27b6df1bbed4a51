using Microsoft.Extensions.Logging;
using Pipeline.Host.Hosting;
using Pipeline.Processing.Runner;

namespace Pipeline.Host.Commands;

/// <summary>
/// <c>pipeline process</c>: the exactly-once stream processor (raw + consent in; clean, sessions, idle, dead letters
/// out), with the stream's own app gate (<c>--allow-apps</c>, <c>--deny-apps</c>). Configuration: the pseudonym keys and the <c>Processor</c> section (<see cref="ProcessorConfiguration"/>),
/// <c>Topics:*</c>.
/// </summary>
public static class ProcessCommand
{
    /// <summary>Runs the processor until stopped or idle; exit 1 when it stops on an error.</summary>
    public static async Task<int> RunAsync(HostContext host, ProcessRequest request)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(request);
        TimeSpan? idle = request.UntilIdleSeconds is { } seconds ? Durations.Seconds(seconds, "--until-idle") : null;
        string bootstrap = host.ResolveBootstrap();
        ProcessorOptions options = ProcessorConfiguration.Bind(host.Configuration, host.Topics, request.Group, host.IsEmbeddedBroker(bootstrap), request.AllowApps, request.DenyApps);
        var runner = new ProcessorRunner(options, host.KafkaSettings(bootstrap), host.LoggerFactory, host.Time);
        Task run = runner.RunAsync(idle, host.Stopping);
        host.StartMetrics(() => !run.IsFaulted);
        if (await StoppedOnErrorAsync(run) is { } reason)
        {
            // Already logged by the runner with its cause; the exit code tells scripts it stopped on an error.
            await host.Error.WriteLineAsync($"pipeline: processor stopped: {reason}");
            return ExitCodes.Failed;
        }

        host.LoggerFactory.CreateLogger("pipeline.process").LogInformation(
            "processed {Records} records: {In} events in, {Out} out, {Sessions} sessions, {Idle} idle periods, {DeadLetters} dead letters, {Erased} erased records dropped; dropped no_consent {NoConsent}, paused {Paused}, revoked {Revoked}, consent_unreadable {ConsentUnreadable}, app_not_allowed {AppNotAllowed}",
            runner.Progress.RecordsIn, runner.Progress.EventsIn, runner.Progress.EventsOut, runner.Progress.SessionsClosed,
            runner.Progress.IdlePeriods, runner.Progress.DeadLetters, runner.Progress.ErasedBatches, runner.Progress.DroppedNoConsent,
            runner.Progress.DroppedPaused, runner.Progress.DroppedRevoked, runner.Progress.DroppedConsentUnreadable, runner.Progress.DroppedAppNotAllowed);
        return host.Stopping.IsCancellationRequested ? ExitCodes.Interrupted : ExitCodes.Ok;
    }

    /// <summary>
    /// Awaits the runner and tells how it stopped: null when it ended cleanly (idle, or stopped by a signal), else
    /// the one-line reason it stopped on an error: the runner faults only with <see cref="ProcessorStoppedException"/>.
    /// </summary>
    private static async Task<string?> StoppedOnErrorAsync(Task run)
    {
        try
        {
            await run;
            return null;
        }
        catch (ProcessorStoppedException ex)
        {
            return CliException.FirstLine(ex.Message);
        }
    }
}
