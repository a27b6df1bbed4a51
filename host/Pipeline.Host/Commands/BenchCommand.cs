using Microsoft.Extensions.Logging;
using Pipeline.Bench;
using Pipeline.Host.Hosting;

namespace Pipeline.Host.Commands;

/// <summary>
/// <c>pipeline bench</c>: resolves where to run (the given cluster, else an embedded broker in this process) and the
/// pseudonym keys, then runs <see cref="BenchRunner"/> and prints its report (and writes it as JSON with <c>--json</c>).
/// </summary>
public static class BenchCommand
{
    /// <summary>The bench's log level when none is configured: the live view and the report are its output.</summary>
    public const LogLevel DefaultLogLevel = LogLevel.Warning;

    /// <summary>Runs the benchmark and reports it.</summary>
    public static async Task<int> RunAsync(HostContext host, BenchRequest request)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(request);
        var options = new BenchOptions
        {
            Events = request.Events,
            Devices = request.Devices,
            EventsPerRecord = request.BatchEvents,
            NaiveEvents = request.NaiveEvents,
            SteadyDuration = Durations.Seconds(request.SteadySeconds, "--steady-seconds", TimeSpan.FromHours(1)),
            Partitions = request.Partitions,
            Processors = request.Processors,
            Cluster = host.Bootstrap is { } bootstrap ? host.KafkaSettings(bootstrap) : null,
            EmbeddedKafkaProperties = host.KafkaProperties,
            Pseudonyms = PseudonymConfiguration.Load(host.Configuration, developmentKeyByDefault: true),
            Sealing = ShreddingConfiguration.Sealing(host.Configuration, developmentKeysByDefault: true),
            Unsealing = ShreddingConfiguration.Unsealing(host.Configuration, developmentKeysByDefault: true),
        };
        var runner = CliException.ThrowIfInvalid(() => new BenchRunner(options, host.LoggerFactory, host.Error));
        if (request.ActionsAbPairs != 0)
        {
            ActionsCostReport cost = await runner.RunActionsCostAsync(request.ActionsAbPairs, host.Stopping);
            await host.Out.WriteAsync(cost.ToText());
            if (request.Json is { } costJson)
            {
                await File.WriteAllTextAsync(costJson.FullName, cost.ToJson() + "\n", CancellationToken.None);
            }

            return ExitCodes.Ok;
        }

        BenchReport report = await runner.RunAsync(host.Stopping);
        await host.Out.WriteAsync(report.ToText());
        if (request.Json is { } json)
        {
            await File.WriteAllTextAsync(json.FullName, report.ToJson() + "\n", CancellationToken.None);
        }

        if (request.Plot is { } plot)
        {
            BenchPlot.Save(report, plot.FullName);
        }

        return ExitCodes.Ok;
    }
}
