using System.Globalization;
using Pipeline.Capture;
using Pipeline.Capture.Gate;
using Pipeline.Lake.Query;
using Pipeline.Lake.Sink;
using Pipeline.Processing.Runner;

namespace Pipeline.Host.Commands;

/// <summary>
/// The demo's closing summary: what went in, what was dropped and why, what came out, the picture and the export it
/// made, how to read the lake, and last the command that exports one of its people.
/// </summary>
internal static class DemoSummary
{
    public static async Task WriteAsync(TextWriter output, string lake, DemoPeople people,
        ProcessorProgress processor, LakeSinkProgress sink, bool developmentKey, DemoKeepsakes? kept, string? external)
    {
        var deviceDrops = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (DeviceCapture device in people.Devices)
        {
            foreach ((DropReason reason, long count) in device.Drops.NonZero())
            {
                string label = DropCounts.Label(reason);
                deviceDrops[label] = deviceDrops.GetValueOrDefault(label) + count;
            }
        }

        long deviceDropped = 0;
        foreach (long count in deviceDrops.Values)
        {
            deviceDropped += count;
        }

        long processorDropped = processor.DroppedNoConsent + processor.DroppedPaused + processor.DroppedRevoked
            + processor.DroppedConsentUnreadable + processor.DroppedAppNotAllowed + processor.LateEvents;
        var text = new System.Text.StringBuilder();
        text.AppendLine();
        text.AppendLine("Summary");
        Line(text, "events in (admitted on the devices)", people.Accepted, "");
        Line(text, "dropped on the devices", deviceDropped, Reasons(deviceDrops));
        Line(text, "dropped by the processor", processorDropped, string.Create(CultureInfo.InvariantCulture,
            $"app_not_allowed {processor.DroppedAppNotAllowed:N0} · consent_unreadable {processor.DroppedConsentUnreadable:N0} · no_consent {processor.DroppedNoConsent:N0} · paused {processor.DroppedPaused:N0} · revoked {processor.DroppedRevoked:N0} · late {processor.LateEvents:N0}"));
        Line(text, "events out (scrubbed, clean topic)", processor.EventsOut, "");
        Line(text, "data keys made on the devices", people.DataKeys, string.Create(CultureInfo.InvariantCulture, $"person secrets made by the processor {processor.SecretsMade:N0}"));
        Line(text, "sessions closed", processor.SessionsClosed, "");
        Line(text, "idle periods", processor.IdlePeriods, "");
        Line(text, "actions (clicks, drags, scrolls, typing, hotkeys, focus)", processor.Actions, "");
        Line(text, "dead letters", processor.DeadLetters, string.Create(CultureInfo.InvariantCulture,
            $"consent records read {processor.ConsentRecords:N0}, unreadable {processor.ConsentUnreadable:N0} (dead-lettered once each)"));
        Line(text, "transactions committed", processor.TransactionsCommitted, string.Create(CultureInfo.InvariantCulture, $"aborted {processor.TransactionsAborted:N0}"));
        Line(text, "lake files", sink.Files, string.Create(CultureInfo.InvariantCulture, $"{sink.Bytes / 1024.0:N0} KiB in {lake}"));

        string? busiest = null;
        if (Directory.Exists(lake))
        {
            using var catalog = new LakeCatalog(lake);
            var tables = new SortedDictionary<string, (long Rows, long Files)>(StringComparer.Ordinal);
            foreach (LakeTableStats partition in catalog.Stats())
            {
                if (partition.Partition == "*")
                {
                    continue; // the per-table total; the partitions are summed here
                }

                (long rows, long files) = tables.GetValueOrDefault(partition.Table);
                tables[partition.Table] = (rows + partition.Rows, files + partition.Files);
            }

            foreach (KeyValuePair<string, (long Rows, long Files)> table in tables)
            {
                Line(text, $"  lake table {table.Key}", table.Value.Rows, string.Create(CultureInfo.InvariantCulture, $"rows in {table.Value.Files:N0} files"));
            }

            text.AppendLine();
            text.AppendLine("Events by kind, read back from the lake by DuckDB:");
            using var kinds = new StringWriter(CultureInfo.InvariantCulture);
            catalog.Query(KindQuery, kinds);
            text.Append(kinds);

            text.AppendLine();
            text.AppendLine("Actions by type, read back from the lake by DuckDB:");
            using var actions = new StringWriter(CultureInfo.InvariantCulture);
            catalog.Query(ActionQuery, actions);
            text.Append(actions);
            busiest = BusiestSession(catalog);
        }

        text.AppendLine();
        text.AppendLine("Read the lake yourself:");
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  ./pipeline lake query \"{KindQuery}\" --lake {Quote(lake)}"));
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  ./pipeline lake query \"SELECT subject, count(*) AS sessions, sum(active_seconds) AS active_s, sum(idle_seconds) AS idle_s FROM sessions GROUP BY subject\" --lake {Quote(lake)}"));
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  duckdb -c \"{LakeCatalog.ReadHint(lake)}\""));
        if (busiest is not null)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"  ./pipeline lake plot --session {busiest} --out session.png --lake {Quote(lake)}"));
        }

        if (kept is not null)
        {
            text.AppendLine();
            if (kept.Picture is not null)
            {
                text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"A picture of the busiest session ({kept.Session}): {kept.Picture}"));
            }

            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"Everything the lake holds about {kept.Subject}, as that person would get it on asking: {kept.Export.DataRows:N0} rows in {kept.Export.Directory}"));
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  (a README per column, manifest.json; audit record {kept.Export.AuditFile})"));
        }

        text.AppendLine();
        text.AppendLine("Every batch left the devices encrypted under its person's data key, and the lake holds pseudonyms made from each");
        if (external is null)
        {
            text.AppendLine("person's own secret. The keys and secrets lived in the demo's embedded broker, which is gone now: nothing in the lake");
            text.AppendLine("can be linked to a demo-subject id any more (the export above was made before it stopped). To export or erase");
            text.AppendLine("afterwards, run the demo on a broker that outlives it: ./pipeline broker in another terminal, then");
            text.AppendLine("./pipeline demo --bootstrap HOST:PORT with the address it prints; then this exports one of its people (docs/lake.md):");
        }
        else
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"person's own secret. The keys and secrets stay on the keys topic at {external} while it runs; ./pipeline lake erase"));
            text.AppendLine("--subject ID removes a person (docs/lake.md). This exports one of the demo's people:");
        }

        if (developmentKey)
        {
            text.AppendLine("(The demo used the well-known development keys (Pseudonym, Shredding), so the lake commands must be told to accept them.)");
        }

        // Last, so it is the line a person sees and can copy.
        string subject = kept?.Subject ?? people.Devices.FirstOrDefault()?.Options.Subject ?? "demo-subject-1";
        string allow = developmentKey ? "PIPELINE__Pseudonym__AllowDevelopmentKey=true PIPELINE__Shredding__AllowDevelopmentKeys=true " : "";
        string at = external is null ? " --bootstrap HOST:PORT" : " --bootstrap " + external;
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"  {allow}./pipeline lake export --subject {subject} --out export-{subject} --lake {Quote(lake)}{at}"));

        await output.WriteAsync(text.ToString());
    }

    private const string ActionQuery = "SELECT action, count(*) AS actions FROM actions GROUP BY action ORDER BY actions DESC, action";

    /// <summary>The session with the most actions, or null when there are none.</summary>
    internal static string? BusiestSession(LakeCatalog catalog)
    {
        using System.Data.Common.DbCommand command = catalog.Connection.CreateCommand();
        command.CommandText = "SELECT session_id FROM actions GROUP BY session_id ORDER BY count(*) DESC, session_id LIMIT 1";
        return command.ExecuteScalar() as string;
    }

    private const string KindQuery = "SELECT kind, count(*) AS events FROM events GROUP BY kind ORDER BY events DESC";

    private static void Line(System.Text.StringBuilder text, string label, long value, string detail) =>
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  {label,-38} {value,12:N0}   {detail}").TrimEnd());

    private static string Reasons(SortedDictionary<string, long> counts)
    {
        var parts = new List<string>(counts.Count);
        foreach (KeyValuePair<string, long> pair in counts)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{pair.Key} {pair.Value:N0}"));
        }

        return string.Join(" · ", parts);
    }

    private static string Quote(string path) => path.Contains(' ', StringComparison.Ordinal) ? $"'{path}'" : path;
}
