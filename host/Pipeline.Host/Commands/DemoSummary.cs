using System.Globalization;
using Pipeline.Capture;
using Pipeline.Capture.Gate;
using Pipeline.Lake.Query;
using Pipeline.Lake.Sink;
using Pipeline.Processing.Runner;

namespace Pipeline.Host.Commands;

/// <summary>The demo's closing summary: what went in, what was dropped and why, what came out, and how to read it.</summary>
internal static class DemoSummary
{
    public static async Task WriteAsync(TextWriter output, string lake, DemoPeople people,
        ProcessorProgress processor, LakeSinkProgress sink, bool developmentKey)
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

        text.AppendLine();
        text.AppendLine("Every batch left the devices encrypted under its person's data key; the keys and the people's pseudonym secrets");
        text.AppendLine("lived in the demo's embedded broker, which is gone now: nothing in the lake can be linked to a demo-subject id any more.");
        text.AppendLine("To see erasure at work, run the roles apart (./pipeline broker, loadgen, process, sink) and ./pipeline lake erase (docs/lake.md).");
        if (developmentKey)
        {
            text.AppendLine("The demo used the well-known development keys (Pseudonym, Shredding): configure real ones for anything real.");
        }

        // Last, so it is the line a person sees. An export, like erasure, needs the person's secret from the keys
        // topic, which lived in the demo's broker: it is gone, and with it every link from an id to the lake's rows.
        text.AppendLine("To export everything the lake holds about one person, run the roles apart too and ./pipeline lake export (docs/lake.md).");

        await output.WriteAsync(text.ToString());
    }

    private const string ActionQuery = "SELECT action, count(*) AS actions FROM actions GROUP BY action ORDER BY actions DESC, action";

    private static string? BusiestSession(LakeCatalog catalog)
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
