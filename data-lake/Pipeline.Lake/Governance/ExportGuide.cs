using System.Globalization;
using System.Text;

namespace Pipeline.Lake.Governance;

/// <summary>
/// The <c>README.md</c> of a person's export: what each file and each column means, in plain words. It is written
/// from the columns actually exported, so a column added later still appears (with a note that this version does not
/// describe it) and nothing described is missing from the files.
/// </summary>
internal static class ExportGuide
{
    private static readonly Dictionary<string, string> s_tables = new(StringComparer.Ordinal)
    {
        ["events"] = "Every input event recorded of you: one row per pointer move, click, scroll, key press or application switch.",
        ["sessions"] = "Your working sessions: stretches of activity, how long they lasted and how much of that was idle.",
        ["idle_periods"] = "Stretches inside your sessions when you were away, had paused capture, or had locked the screen.",
        ["actions"] = "Your input grouped into actions (a click, a drag, a scroll, typing a word), as used to train software agents.",
        [LakeExport.AuditTable] = "Records of governance actions that name you (by pseudonym): erasures, and exports before this one.",
    };

    private static readonly Dictionary<string, string> s_columns = new(StringComparer.Ordinal)
    {
        ["subject"] = "You, as a pseudonym: a code computed from your id with a secret key, so the lake never holds your name or login. All your rows carry the same code (one per key version).",
        ["device"] = "The computer the input came from, as a pseudonym.",
        ["seq"] = "The event's number on that computer, counting up; with the device it identifies the event.",
        ["event_time"] = "When it happened, in UTC, to the microsecond, by the computer's clock.",
        ["kind"] = "What happened: move (the pointer moved), button_down / button_up (a mouse button pressed / released), scroll, key_down / key_up (a key pressed / released; which key is never recorded), focus (another application came to the front), lock / unlock (the screen).",
        ["x"] = "Where the pointer was: pixels from the left edge of the screen.",
        ["y"] = "Where the pointer was: pixels from the top edge of the screen.",
        ["button"] = "Which mouse button: left, right, middle, back or forward.",
        ["dx"] = "Sideways scroll, in notches of the wheel (positive: to the right).",
        ["dy"] = "Up-down scroll, in notches of the wheel (positive: down).",
        ["key_class"] = "What kind of key was pressed: letter, digit, space, punctuation, modifier, navigation, editing, function or other. Never the key itself, never what you typed.",
        ["app"] = "The application that came to the front, if it was on the list of allowed applications.",
        ["title"] = "Its window title, only if titles were switched on, with e-mail addresses, links, file paths and numbers replaced by placeholders such as <EMAIL>.",
        ["session_id"] = "The working session the row belongs to.",
        ["key_version"] = "Which version of the pseudonym key computed the codes in this row.",
        ["screen_width"] = "The screen's width in pixels when the event was recorded.",
        ["screen_height"] = "The screen's height in pixels when the event was recorded.",
        ["source_partition"] = "Bookkeeping: the stream partition the row was read from, so the lake stores each row exactly once.",
        ["source_offset"] = "Bookkeeping: the position in that partition.",
        ["start_time"] = "When it began, in UTC.",
        ["end_time"] = "When it ended, in UTC.",
        ["event_count"] = "How many input events the session holds.",
        ["active_seconds"] = "Seconds of the session you were active.",
        ["idle_seconds"] = "Seconds of the session you were idle (no input for a while, paused, or screen locked).",
        ["merged_from"] = "Sessions that were joined into this one because a late event bridged the gap between them.",
        ["reason"] = "Why you were idle: inactivity (no input for a while), pause (you paused capture) or lock (the screen was locked).",
        ["actions.action"] = "What you did: click, double_click, right_click, middle_click, drag, scroll, type, hotkey or focus.",
        ["nx"] = "The pointer's position across the screen, from 0 (left) to 1 (right).",
        ["ny"] = "The pointer's position down the screen, from 0 (top) to 1 (bottom).",
        ["end_x"] = "Where a drag ended: pixels from the left.",
        ["end_y"] = "Where a drag ended: pixels from the top.",
        ["end_nx"] = "Where a drag ended, across the screen from 0 to 1.",
        ["end_ny"] = "Where a drag ended, down the screen from 0 to 1.",
        ["key_count"] = "How many keys the action took (typing, hotkeys).",
        ["key_classes"] = "The kinds of keys pressed, in order (letter, digit, ...); never the keys.",
        ["inter_key_ms"] = "Milliseconds between successive key presses.",
        ["pre_move_ms"] = "How long the pointer moved before the action, in milliseconds.",
        ["pre_move_path"] = "The pointer's path before the action.",
        ["seq_first"] = "The number of the first event the action was made from.",
        ["seq_last"] = "The number of the last event the action was made from.",
        ["audit_time"] = "When the governance action started, in UTC.",
        ["request_id"] = "The request's id; every row of one erasure or export shares it.",
        ["audit.action"] = "What was done: erase (rows removed), retention (old rows dropped) or export (a copy like this one).",
        ["subjects"] = "The pseudonyms the action was about (yours, one per key version).",
        ["target"] = "The table or stream the row is about.",
        ["outcome"] = "What happened there: removed, exported, tombstoned, nothing_found or not_reachable.",
        ["rows_removed"] = "How many rows were removed there.",
        ["files_changed"] = "How many files were rewritten or deleted there.",
        ["detail"] = "Plain words on what happened.",
    };

    public static string Describe(string table, string column) =>
        s_columns.TryGetValue(table + "." + column, out string? specific) ? specific
        : s_columns.TryGetValue(column, out string? general) ? general
        : "Not described by this version of pipeline (the column was added after it); its name and type are as stored.";

    public static string Readme(string requestId, DateTimeOffset createdAt, IReadOnlyList<SubjectPseudonym> pseudonyms, ExportFormat format, IReadOnlyList<ExportedTable> tables)
    {
        var text = new StringBuilder();
        long dataRows = 0, auditRows = 0;
        DateTimeOffset? from = null, to = null;
        foreach (ExportedTable t in tables)
        {
            if (t.Table == LakeExport.AuditTable)
            {
                auditRows += t.Rows;
                continue;
            }

            dataRows += t.Rows;
            from = t.From is { } f && (from is null || f < from) ? f : from;
            to = t.To is { } u && (to is null || u > to) ? u : to;
        }

        var versions = new SortedSet<int>();
        foreach (SubjectPseudonym p in pseudonyms)
        {
            versions.Add(p.KeyVersion);
        }

        text.Append("# Your data from the interaction lake\n\n")
            .Append(CultureInfo.InvariantCulture, $"Exported {Time(createdAt)} (request `{requestId}`). This folder holds every row the lake keeps about one person, ")
            .Append(CultureInfo.InvariantCulture, $"found under that person's pseudonyms (one per key version: {string.Join(", ", versions)}; they are listed in `manifest.json`). ")
            .Append("Your name or login appears nowhere: the lake never stored it.\n\n");
        if (dataRows == 0)
        {
            text.Append("**The lake holds no rows about you.** Nothing recorded of you has reached it, or it was erased or has expired under the lake's retention.");
            text.Append(auditRows > 0
                ? string.Create(CultureInfo.InvariantCulture, $" The audit table names you in {auditRows} record{(auditRows == 1 ? "" : "s")} of earlier governance actions (such as an erasure); they are in this export.\n\n")
                : "\n\n");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"In all: {dataRows} rows, recorded from {Time(from)} to {Time(to)}.\n\n");
        }

        text.Append("## Files\n\n");
        foreach (ExportedTable t in tables)
        {
            string about = s_tables.TryGetValue(t.Table, out string? described) ? described : "A table this version of pipeline does not describe.";
            text.Append(t.File is not null
                ? string.Create(CultureInfo.InvariantCulture, $"- `{t.File}`: {t.Rows} row{(t.Rows == 1 ? "" : "s")}. {about}\n")
                : string.Create(CultureInfo.InvariantCulture, $"- `{t.Table}`: no rows about you{(t.Note is null ? "" : " (" + t.Note + ")")}, so no file. {about}\n"));
        }

        text.Append("- `manifest.json`: the tables, rows per table, time range, key versions, the request id and when, for programs.\n")
            .Append("- `README.md`: this file.\n\n")
            .Append("## What each column means\n");
        foreach (ExportedTable t in tables)
        {
            if (t.File is null)
            {
                continue;
            }

            text.Append(CultureInfo.InvariantCulture, $"\n### {t.Table}\n\n| column | type | meaning |\n|---|---|---|\n");
            foreach ((string name, string type) in t.Columns)
            {
                text.Append(CultureInfo.InvariantCulture, $"| `{name}` | {type} | {Describe(t.Table, name).Replace("|", "\\|", StringComparison.Ordinal)} |\n");
            }
        }

        text.Append("\n## Reading the files\n\n")
            .Append(format == ExportFormat.Parquet
                ? "They are Parquet files. With DuckDB, for example: `SELECT kind, count(*) FROM 'events.parquet' GROUP BY kind;`. Python (pandas, polars) and spreadsheet tools read them too.\n"
                : "They are JSON Lines: one JSON object per line and row, readable in any text editor. Times are in UTC.\n")
            .Append("\n## About this export\n\n")
            .Append("- The folder and its files are readable by their owner only: they are about one person.\n")
            .Append("- The export is recorded in the lake's audit table (action `export`), naming you by pseudonym only. That record is written after the rows are copied, so it is not itself in this export.\n")
            .Append("- A `manifest.json` is written last: a folder without one is an export that did not finish.\n");
        return text.ToString();
    }

    private static string Time(DateTimeOffset? time) =>
        time?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture) ?? "(unknown)";
}
