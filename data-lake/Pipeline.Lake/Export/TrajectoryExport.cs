using System.Globalization;
using Pipeline.Lake.Query;

namespace Pipeline.Lake.Export;

/// <summary>
/// Sessions as trajectories for agent training, in the vocabulary of PyAutoGUI that agent datasets (OpenCUA's
/// AgentNet, OpenAdapt) use: one record per session with its ordered <c>steps</c> (<c>click</c>, <c>doubleClick</c>,
/// <c>rightClick</c>, <c>middleClick</c>, <c>dragTo</c>, <c>scroll</c>, <c>write</c>, <c>hotkey</c>, <c>focus</c>,
/// <c>mouseDown</c>, <c>mouseUp</c>), coordinates normalised to 0–1, timing, the pre-move path, and the session's
/// metadata (applications in focus order, active and idle seconds). A <c>write</c> carries a length and key classes in
/// place of text, a <c>hotkey</c> the classes in place of keys: the lake has neither (docs/lake.md). DuckDB writes
/// the file from the <c>actions</c> and <c>sessions</c> views, so the export is one query, not a row loop. Sessions
/// without actions (and actions whose session summary is not in the lake yet) are left out.
/// </summary>
public static class TrajectoryExport
{
    /// <summary>Writes the file (under a temporary name, then renamed, so a reader never sees half of one) and returns the sessions in it.</summary>
    /// <exception cref="ArgumentException">The options are unusable.</exception>
    public static long Write(LakeCatalog catalog, TrajectoryExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Directory.CreateDirectory(options.Out);
        string target = options.FilePath;
        string temporary = target + ".tmp";
        string format = options.Format == TrajectoryFormat.Parquet ? "FORMAT PARQUET, COMPRESSION ZSTD" : "FORMAT JSON";
        catalog.Execute($"COPY ({Sql(options)}) TO {LakeCatalog.Literal(temporary)} ({format})");
        File.Move(temporary, target, overwrite: true);
        string count = options.Format == TrajectoryFormat.Parquet
            ? $"SELECT count(*) FROM read_parquet({LakeCatalog.Literal(target)})"
            : $"SELECT count(*) FROM read_json({LakeCatalog.Literal(target)}, format = 'newline_delimited')";
        return catalog.Scalar<long>(count);
    }

    /// <summary>The query: the selected sessions, each with its actions in start order as steps.</summary>
    internal static string Sql(TrajectoryExportOptions options)
    {
        var where = new List<string>();
        if (options.SessionId is { } session)
        {
            where.Add($"s.session_id = {LakeCatalog.Literal(session)}");
        }

        if (options.From is { } from)
        {
            where.Add($"s.start_time >= {Timestamp(from)}");
        }

        if (options.To is { } to)
        {
            where.Add($"s.start_time < {Timestamp(to)}");
        }

        string filter = where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where);

        // The path's points are pixels; x / nx is the screen width the processor normalised by (null when unknown).
        return $"""
            WITH steps AS (
              SELECT session_id, subject, start_time, seq_first, action, app,
                struct_pack(
                  action := CASE action WHEN 'double_click' THEN 'doubleClick' WHEN 'right_click' THEN 'rightClick'
                    WHEN 'middle_click' THEN 'middleClick' WHEN 'drag' THEN 'dragTo' WHEN 'type' THEN 'write'
                    WHEN 'mouse_down' THEN 'mouseDown' WHEN 'mouse_up' THEN 'mouseUp' ELSE action END,
                  start_time := start_time, duration_ms := CAST(epoch_ms(end_time) - epoch_ms(start_time) AS BIGINT),
                  x := nx, y := ny, from_x := CASE WHEN action = 'drag' THEN nx END, from_y := CASE WHEN action = 'drag' THEN ny END,
                  to_x := end_nx, to_y := end_ny, button := button, dx := dx, dy := dy,
                  length := key_count, key_classes := key_classes, inter_key_ms := inter_key_ms, app := app,
                  pre_move_ms := pre_move_ms,
                  pre_move_path := list_transform(pre_move_path, p -> struct_pack(
                    x := CASE WHEN nx > 0 AND x > 0 THEN p.x * nx / x END,
                    y := CASE WHEN ny > 0 AND y > 0 THEN p.y * ny / y END,
                    t_ms := p.t_ms))
                ) AS step
              FROM actions
            )
            SELECT s.session_id, s.subject, s.start_time, s.end_time, s.active_seconds, s.idle_seconds, s.event_count,
              list(st.app ORDER BY st.start_time, st.seq_first) FILTER (WHERE st.action = 'focus') AS apps,
              count(*) AS step_count,
              list(st.step ORDER BY st.start_time, st.seq_first) AS steps
            FROM sessions s JOIN steps st ON st.session_id = s.session_id AND st.subject = s.subject
            {filter}
            GROUP BY ALL
            ORDER BY s.start_time, s.session_id
            """;
    }

    private static string Timestamp(DateTimeOffset value) =>
        string.Create(CultureInfo.InvariantCulture, $"TIMESTAMPTZ '{value.UtcDateTime:yyyy-MM-dd HH:mm:ss.ffffff}+00'");
}
