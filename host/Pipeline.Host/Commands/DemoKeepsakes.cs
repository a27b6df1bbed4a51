using Pipeline.Capture;
using Pipeline.Host.Hosting;
using Pipeline.Kafka;
using Pipeline.Lake.Governance;
using Pipeline.Lake.Plots;
using Pipeline.Lake.Query;
using Pipeline.Privacy.Pseudonyms;
using Pipeline.Privacy.Shredding;

namespace Pipeline.Host.Commands;

/// <summary>
/// What the demo leaves behind for the person who ran it, made while its broker still holds the keys: a picture of the
/// busiest session (<c>lake plot</c>) and everything the lake holds about one synthetic person (<c>lake export</c>,
/// with its audit record). Both go to the demo's folder in the owner-only state directory: they are a person's data,
/// if only a synthetic one's.
/// </summary>
/// <param name="Picture">The PNG of <see cref="Session"/>, or null when the lake holds no actions to draw.</param>
/// <param name="Session">The session drawn, or null.</param>
/// <param name="Subject">The synthetic person exported.</param>
/// <param name="Export">What the export wrote.</param>
internal sealed record DemoKeepsakes(string? Picture, string? Session, string Subject, ExportReport Export)
{
    /// <summary>Draws the busiest session and exports one person who kept their consent readable.</summary>
    /// <exception cref="CliException">The keys topic cannot be read, or the lake refuses the export.</exception>
    public static DemoKeepsakes? Write(HostContext host, KafkaClientSettings kafka, PseudonymOptions keys,
        UnsealingOptions unsealing, string lake, string folder, DemoPeople people)
    {
        string? subject = Exported(people);
        if (subject is null || !Directory.Exists(lake))
        {
            return null;
        }

        string? picture = null;
        string? session;
        using (var catalog = new LakeCatalog(lake))
        {
            session = DemoSummary.BusiestSession(catalog);
            if (session is not null)
            {
                picture = SessionPlot.Save(catalog, new SessionPlotOptions { Out = Path.Combine(folder, "session.png"), SessionId = session }).File;
            }
        }

        string exportFolder = Path.Combine(folder, "export-" + subject);
        ExportReport export = LakeCommands.ExportSubject(host, kafka, keys, unsealing, lake, subject, exportFolder, ExportFormat.Parquet);
        return new DemoKeepsakes(picture, session, subject, export);
    }

    /// <summary>The first person whose consent record the demo did not corrupt (their rows reached the lake).</summary>
    private static string? Exported(DemoPeople people)
    {
        foreach (DeviceCapture device in people.Devices)
        {
            if (device.Options.Subject != people.Blocked)
            {
                return device.Options.Subject;
            }
        }

        return null;
    }
}
