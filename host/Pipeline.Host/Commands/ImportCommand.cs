using System.Globalization;
using Pipeline.Capture.Delivery;
using Pipeline.Capture.Gate;
using Pipeline.Capture.Sources.Import;
using Pipeline.Host.Hosting;
using Pipeline.Privacy.Shredding;

namespace Pipeline.Host.Commands;

/// <summary>
/// <c>pipeline import FILE</c>: recorded interaction events to the raw topic through the same privacy gate, spool and
/// producer as capture. A malformed line is reported with its number and skipped; the rest goes through.
/// </summary>
public static class ImportCommand
{
    /// <summary>Imports the file and prints the summary; exit 1 when records could not be delivered yet.</summary>
    public static async Task<int> RunAsync(HostContext host, ImportRequest request)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(request);
        var capture = CaptureConfiguration.Load(host);
        if (!request.File.Exists)
        {
            throw new CliException($"{request.File.FullName} does not exist");
        }

        PrivacyOptions privacy = capture.Privacy(request.AllowApps, request.WithTitles);
        SealingOptions sealing = ShreddingConfiguration.Sealing(host.Configuration, developmentKeysByDefault: false);
        string bootstrap = host.ResolveBootstrap();
        await using var delivery = new SpoolDelivery(Path.Combine(host.StateDirectory, "import", "spool"), capture.Spool() with { Name = "import" }, capture.Delivery(host, bootstrap), host.LoggerFactory, host.Time);
        delivery.Start();
        var importer = new JsonlImporter(privacy, capture.Batching(), delivery.Spool, host.Time, sealing);
        ImportSummary summary;
        using (StreamReader reader = request.File.OpenText())
        {
            summary = importer.Import(reader, line => host.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"pipeline: line {line.LineNumber} refused: {line.Refusal} ({line.Detail})")));
        }

        DrainOutcome outcome = await delivery.StopAsync();
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

        if (!outcome.Drained)
        {
            await host.Error.WriteLineAsync($"pipeline: {outcome.PendingRecords} records are not delivered yet; they stay in {outcome.SpoolDirectory} and go out on the next import");
            return ExitCodes.Failed;
        }

        return ExitCodes.Ok;
    }
}
