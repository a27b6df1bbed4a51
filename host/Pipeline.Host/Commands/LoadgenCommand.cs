using System.Diagnostics;
using System.Globalization;
using Pipeline.Capture.Delivery;
using Pipeline.Capture.Sources.Synthetic;
using Pipeline.Host.Hosting;

namespace Pipeline.Host.Commands;

/// <summary>
/// <c>pipeline loadgen</c>: synthetic devices with human-like input, each with recorded consent, through the same
/// gate, spool and producer as a workstation; prints what it sent and what it cost.
/// </summary>
public static class LoadgenCommand
{
    /// <summary>Runs the fleet for the requested time; exit 1 when records could not be delivered yet.</summary>
    public static async Task<int> RunAsync(HostContext host, LoadgenRequest request)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(request);
        var capture = CaptureConfiguration.Load(host);
        TimeSpan duration = Durations.Seconds(request.DurationSeconds, "--duration");
        var fleetOptions = new SyntheticFleetOptions
        {
            Devices = request.Devices,
            RateHz = request.RateHz,
            Seed = request.Seed,
            Batching = capture.Batching(),
            Sealing = ShreddingConfiguration.Sealing(host.Configuration, developmentKeysByDefault: false),
        };
        CliException.ThrowIfInvalid(fleetOptions.Validate);
        string bootstrap = host.ResolveBootstrap();
        string state = Path.Combine(host.StateDirectory, "loadgen");
        await using var delivery = new SpoolDelivery(Path.Combine(state, "spool"), capture.Spool() with { Name = "loadgen" }, capture.Delivery(host, bootstrap), host.LoggerFactory, host.Time);
        delivery.Start();
        var clock = Stopwatch.StartNew();
        TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        long accepted;
        await using (var fleet = new SyntheticFleet(fleetOptions, delivery.Spool, host.Time, state))
        {
            fleet.Start();
            try
            {
                await Task.Delay(duration, host.Time, host.Stopping);
            }
            catch (OperationCanceledException)
            {
                // Interrupted: stop early, still flush what was accepted.
            }

            await fleet.StopAsync();
            accepted = fleet.Accepted;
        }

        double elapsed = clock.Elapsed.TotalSeconds;
        DrainOutcome outcome = await delivery.StopAsync();
        TimeSpan cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        await host.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"devices: {fleetOptions.Devices}\nevents: {accepted}\nevents_per_second: {accepted / elapsed:F0}\nrecords_delivered: {outcome.Delivered}\nrecords_left_in_spool: {outcome.PendingRecords}\ncpu_seconds: {cpuUsed.TotalSeconds:F2}"));
        if (!outcome.Drained)
        {
            await host.Error.WriteLineAsync($"pipeline: {outcome.PendingRecords} records could not be delivered yet; they stay in {outcome.SpoolDirectory} and go out on the next loadgen run");
            return ExitCodes.Failed;
        }

        return ExitCodes.Ok;
    }
}
