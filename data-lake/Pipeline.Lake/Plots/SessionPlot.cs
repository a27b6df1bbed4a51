using System.Data.Common;
using System.Globalization;
using Pipeline.Lake.Query;
using ScottPlot;

namespace Pipeline.Lake.Plots;

/// <summary>
/// The picture of a session or of a person's day (<c>pipeline lake plot</c>), read from the lake's <c>events</c>,
/// <c>actions</c>, <c>sessions</c> and <c>idle_periods</c> views: above left, the pointer's path over the screen's
/// outline coloured by time (dark early, bright late) with clicks and drags as markers; above right, a heat map of
/// pointer positions; below, a timeline of the actions by type with the idle periods as bands. Screen coordinates
/// keep their orientation (y grows downwards) by drawing −y and labelling the ticks with y.
/// </summary>
public static class SessionPlot
{
    /// <summary>Points of the path drawn at most: a day at 60 Hz is millions; beyond this the line is a blur anyway.</summary>
    private const int MaxPathPoints = 20_000;

    /// <summary>Colour steps of the path: enough for a smooth gradient, few enough plottables to render quickly.</summary>
    private const int PathColourSteps = 48;

    /// <summary>Heat map cells along the screen's longer side.</summary>
    private const int HeatCells = 64;

    /// <summary>The screen assumed when no event carries one (1080p, the most common desktop).</summary>
    private const int FallbackWidth = 1920, FallbackHeight = 1080;

    private static readonly string[] s_actionRows =
        ["click", "double_click", "right_click", "middle_click", "drag", "scroll", "type", "hotkey", "focus", "mouse_down", "mouse_up"];

    /// <summary>Draws the picture <paramref name="options"/> asks for and writes the PNG; nothing in the lake is bad input.</summary>
    /// <exception cref="ArgumentException">The options are invalid, or the lake holds nothing for the session or day.</exception>
    public static SessionPlotReport Save(LakeCatalog catalog, SessionPlotOptions options)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        string what = options.SessionId is { } id
            ? $"session {id}"
            : string.Create(CultureInfo.InvariantCulture, $"subject {options.Subject} on {options.Date:yyyy-MM-dd}");

        List<Sample> samples = ReadSamples(catalog, Filter(options, "event_time"), out int screenWidth, out int screenHeight);
        List<ActionRow> actions = ReadActions(catalog, Filter(options, "start_time"));
        List<Span> idle = ReadIdle(catalog, Filter(options, "start_time"));
        long sessions = Count(catalog, $"SELECT count(*) FROM sessions WHERE {Filter(options, "start_time")}");
        if (samples.Count == 0 && actions.Count == 0 && sessions == 0)
        {
            throw new ArgumentException($"the lake holds no {what}");
        }

        var figure = new Multiplot();
        figure.AddPlots(3);
        var layout = new ScottPlot.MultiplotLayouts.CustomGrid();
        layout.Set(figure.GetPlot(0), new GridCell(0, 0, 2, 2));
        layout.Set(figure.GetPlot(1), new GridCell(0, 1, 2, 2));
        layout.Set(figure.GetPlot(2), new GridCell(1, 0, 2, 1));
        figure.Layout = layout;

        DrawPath(figure.GetPlot(0), samples, actions, screenWidth, screenHeight, what);
        DrawHeat(figure.GetPlot(1), samples, screenWidth, screenHeight);
        DrawTimeline(figure.GetPlot(2), actions, idle, samples, what);

        string? directory = Path.GetDirectoryName(Path.GetFullPath(options.Out));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        // Written beside and renamed, so a reader never sees half a PNG and a failed render leaves the old one.
        string temporary = options.Out + ".tmp";
        figure.SavePng(temporary, options.Width, options.Height);
        File.Move(temporary, options.Out, overwrite: true);
        return new SessionPlotReport(options.Out, samples.Count, actions.Count, idle.Count);
    }

    private static string Filter(SessionPlotOptions options, string timeColumn) => options.SessionId is { } id
        ? $"session_id = {LakeCatalog.Literal(id)}"
        : $"subject = {LakeCatalog.Literal(options.Subject!)} AND CAST({timeColumn} AS DATE) = DATE {LakeCatalog.Literal(options.Date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}";

    private static List<Sample> ReadSamples(LakeCatalog catalog, string filter, out int screenWidth, out int screenHeight)
    {
        var samples = new List<Sample>();
        int width = 0, height = 0;
        using DbCommand command = catalog.Connection.CreateCommand();
        command.CommandText = $"SELECT epoch_us(event_time), x, y, screen_width, screen_height FROM events WHERE {filter} AND x IS NOT NULL AND y IS NOT NULL ORDER BY event_time, seq";
        using DbDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            samples.Add(new Sample(Time(reader.GetInt64(0)), reader.GetInt32(1), reader.GetInt32(2)));
            if (!reader.IsDBNull(3) && !reader.IsDBNull(4))
            {
                width = Math.Max(width, reader.GetInt32(3));
                height = Math.Max(height, reader.GetInt32(4));
            }
        }

        if (width <= 0 || height <= 0)
        {
            // No size recorded: the outline is the larger of 1080p and the box the positions span.
            width = FallbackWidth;
            height = FallbackHeight;
            foreach (Sample s in samples)
            {
                width = Math.Max(width, s.X + 1);
                height = Math.Max(height, s.Y + 1);
            }
        }

        screenWidth = width;
        screenHeight = height;
        return samples;
    }

    private static List<ActionRow> ReadActions(LakeCatalog catalog, string filter)
    {
        var actions = new List<ActionRow>();
        using DbCommand command = catalog.Connection.CreateCommand();
        command.CommandText = $"SELECT action, epoch_us(start_time), epoch_us(end_time), x, y, end_x, end_y FROM actions WHERE {filter} ORDER BY start_time, seq_first";
        using DbDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            actions.Add(new ActionRow(
                reader.GetString(0), Time(reader.GetInt64(1)), Time(reader.GetInt64(2)),
                reader.IsDBNull(3) ? null : reader.GetInt32(3), reader.IsDBNull(4) ? null : reader.GetInt32(4),
                reader.IsDBNull(5) ? null : reader.GetInt32(5), reader.IsDBNull(6) ? null : reader.GetInt32(6)));
        }

        return actions;
    }

    private static List<Span> ReadIdle(LakeCatalog catalog, string filter)
    {
        var idle = new List<Span>();
        using DbCommand command = catalog.Connection.CreateCommand();
        command.CommandText = $"SELECT epoch_us(start_time), epoch_us(end_time), reason FROM idle_periods WHERE {filter} ORDER BY start_time";
        using DbDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            idle.Add(new Span(Time(reader.GetInt64(0)), Time(reader.GetInt64(1)), reader.GetString(2)));
        }

        return idle;
    }

    private static long Count(LakeCatalog catalog, string sql)
    {
        using DbCommand command = catalog.Connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void DrawPath(Plot plot, List<Sample> samples, List<ActionRow> actions, int width, int height, string what)
    {
        var outline = plot.Add.Rectangle(0, width, -height, 0);
        outline.FillStyle.Color = Colors.White;
        outline.LineStyle.Color = Colors.Black;
        outline.LineStyle.Width = 2;

        IColormap colormap = new ScottPlot.Colormaps.Viridis();
        int stride = Math.Max(1, (samples.Count + MaxPathPoints - 1) / MaxPathPoints);
        int drawn = (samples.Count + stride - 1) / stride;
        int perStep = Math.Max(2, (drawn + PathColourSteps - 1) / PathColourSteps);
        for (int first = 0; first < drawn - 1; first += perStep - 1)
        {
            int count = Math.Min(perStep, drawn - first);
            var xs = new double[count];
            var ys = new double[count];
            for (int i = 0; i < count; i++)
            {
                Sample s = samples[(first + i) * stride];
                xs[i] = s.X;
                ys[i] = -s.Y;
            }

            var line = plot.Add.ScatterLine(xs, ys, colormap.GetColor((double)first / Math.Max(1, drawn - 1)));
            line.LineWidth = 1.5f;
        }

        AddMarkers(plot, actions, static a => a is "click" or "double_click", MarkerShape.FilledCircle, Colors.Red, "click");
        AddMarkers(plot, actions, static a => a is "right_click" or "middle_click", MarkerShape.FilledSquare, Colors.Orange, "right/middle click");
        bool dragLabelled = false;
        foreach (ActionRow a in actions)
        {
            if (a.Action != "drag" || a.X is null || a.Y is null || a.EndX is null || a.EndY is null)
            {
                continue;
            }

            var arrow = plot.Add.Arrow(new Coordinates(a.X.Value, -a.Y.Value), new Coordinates(a.EndX.Value, -a.EndY.Value));
            arrow.ArrowFillColor = Colors.Magenta;
            arrow.ArrowLineColor = Colors.Magenta;
            if (!dragLabelled)
            {
                arrow.LegendText = "drag";
                dragLabelled = true;
            }
        }

        plot.Title($"Pointer path: {samples.Count:N0} samples, dark early → bright late");
        plot.XLabel("x, px");
        plot.YLabel("y, px");
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = static v => (0 - v).ToString("N0", CultureInfo.InvariantCulture) };
        plot.Axes.SquareUnits();
        plot.Axes.SetLimits(-width * 0.02, width * 1.02, -height * 1.02, height * 0.02);
        plot.ShowLegend(Alignment.LowerRight);
    }

    private static void AddMarkers(Plot plot, List<ActionRow> actions, Func<string, bool> which, MarkerShape shape, Color color, string label)
    {
        var xs = new List<double>();
        var ys = new List<double>();
        foreach (ActionRow a in actions)
        {
            if (which(a.Action) && a.X is { } x && a.Y is { } y)
            {
                xs.Add(x);
                ys.Add(-y);
            }
        }

        if (xs.Count > 0)
        {
            var markers = plot.Add.Markers(xs.ToArray(), ys.ToArray(), shape, 8, color);
            markers.LegendText = label;
        }
    }

    private static void DrawHeat(Plot plot, List<Sample> samples, int width, int height)
    {
        double cell = (double)Math.Max(width, height) / HeatCells;
        int columns = Math.Max(1, (int)Math.Ceiling(width / cell));
        int rows = Math.Max(1, (int)Math.Ceiling(height / cell));
        var counts = new double[rows, columns];
        foreach (Sample s in samples)
        {
            int row = Math.Clamp((int)(s.Y / cell), 0, rows - 1);
            int column = Math.Clamp((int)(s.X / cell), 0, columns - 1);
            counts[row, column]++;
        }

        // Log scale: a pointer resting in one place would otherwise wash out every path it took.
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < columns; c++)
            {
                counts[r, c] = Math.Log10(1 + counts[r, c]);
            }
        }

        var heat = plot.Add.Heatmap(counts);
        heat.Colormap = new ScottPlot.Colormaps.Inferno();
        heat.Extent = new CoordinateRect(0, columns * cell, -rows * cell, 0);
        var bar = plot.Add.ColorBar(heat);
        bar.Label = "log10(1 + samples per cell)";
        plot.Title(string.Create(CultureInfo.InvariantCulture, $"Pointer density ({cell:N0} px cells)"));
        plot.XLabel("x, px");
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = static v => (0 - v).ToString("N0", CultureInfo.InvariantCulture) };
        plot.Axes.SquareUnits();
        plot.Axes.SetLimits(0, width, -height, 0);
    }

    private static void DrawTimeline(Plot plot, List<ActionRow> actions, List<Span> idle, List<Sample> samples, string what)
    {
        // Only the types that occur get a row, so a session of clicks and typing is not mostly empty lines.
        var types = new List<string>();
        foreach (string type in s_actionRows)
        {
            if (actions.Exists(a => a.Action == type))
            {
                types.Add(type);
            }
        }

        foreach (ActionRow a in actions)
        {
            if (!types.Contains(a.Action))
            {
                types.Add(a.Action); // a type added after this code was written still shows
            }
        }

        bool idleLabelled = false;
        foreach (Span span in idle)
        {
            var band = plot.Add.HorizontalSpan(span.Start.ToOADate(), span.End.ToOADate());
            band.FillStyle.Color = Colors.Gray.WithAlpha(0.3);
            band.LineStyle.Width = 0;
            if (!idleLabelled)
            {
                band.LegendText = "idle";
                idleLabelled = true;
            }
        }

        IPalette palette = new ScottPlot.Palettes.Category10();
        for (int row = 0; row < types.Count; row++)
        {
            var xs = new List<double>();
            foreach (ActionRow a in actions)
            {
                if (a.Action != types[row])
                {
                    continue;
                }

                xs.Add(a.Start.ToOADate());
                if (a.End > a.Start)
                {
                    // Actions with a duration (drags, typing runs, scroll runs) get a bar from start to end.
                    var bar = plot.Add.Line(a.Start.ToOADate(), row, a.End.ToOADate(), row);
                    bar.LineWidth = 5;
                    bar.LineColor = palette.GetColor(row).WithAlpha(0.6);
                }
            }

            if (xs.Count > 0)
            {
                var ys = new double[xs.Count];
                Array.Fill(ys, row);
                plot.Add.Markers(xs.ToArray(), ys, MarkerShape.FilledCircle, 6, palette.GetColor(row));
            }
        }

        var positions = new double[types.Count];
        for (int i = 0; i < positions.Length; i++)
        {
            positions[i] = i;
        }

        plot.Axes.DateTimeTicksBottom();
        plot.Axes.Left.SetTicks(positions, [.. types]);
        plot.Axes.SetLimitsY(Math.Max(types.Count, 1) - 0.5, -0.5);
        if (actions.Count == 0 && samples.Count > 0)
        {
            plot.Axes.SetLimitsX(samples[0].Time.ToOADate(), samples[^1].Time.ToOADate());
        }

        plot.Title($"{what}: {actions.Count:N0} actions over time (UTC), {idle.Count:N0} idle periods (grey bands)");
        plot.ShowLegend(Alignment.UpperRight);
    }

    private static DateTime Time(long micros) => DateTime.UnixEpoch.AddTicks(micros * 10);

    private readonly record struct Sample(DateTime Time, int X, int Y);

    private sealed record ActionRow(string Action, DateTime Start, DateTime End, int? X, int? Y, int? EndX, int? EndY);

    private readonly record struct Span(DateTime Start, DateTime End, string Reason);
}
