using ScottPlot;

namespace Pipeline.Bench;

/// <summary>
/// The picture of a run (<c>pipeline bench --plot FILE.png</c>): above, events per second over time for every design,
/// from the live view's once-a-second samples; below, the distribution of latency in the steady phase (capture →
/// clean topic per event, capture → lake per row) as the share of events at or under each latency.
/// </summary>
public static class BenchPlot
{
    /// <summary>Points per latency curve: enough for a smooth line, few enough for a small file.</summary>
    private const int CurvePoints = 400;

    /// <summary>Writes the PNG to <paramref name="path"/>.</summary>
    public static void Save(BenchReport report, string path, int width = 1200, int height = 900)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var figure = new Multiplot();
        figure.AddPlots(2);
        Plot throughput = figure.GetPlot(0);
        Plot latency = figure.GetPlot(1);

        foreach (BenchReport.TimelineSeries series in report.Timeline)
        {
            if (series.Seconds.Count == 0)
            {
                continue;
            }

            var line = throughput.Add.ScatterLine(series.Seconds.ToArray(), series.EventsPerSecond.ToArray());
            line.LegendText = series.Stage;
            line.LineWidth = 2;
        }

        throughput.Title($"Throughput over time: {report.Events:N0} events, {report.Partitions} partitions, {report.Broker}");
        throughput.XLabel("seconds since the stage started");
        throughput.YLabel("events per second (read back)");
        throughput.ShowLegend(Alignment.UpperRight);
        throughput.Axes.Margins(bottom: 0);

        AddCurve(latency, report.CleanLatencyMs, "capture → clean topic (per event)");
        AddCurve(latency, report.LakeLatencyMs, "capture → lake (per row; sink flushes every 5 s)");
        latency.Title($"Latency in the steady phase at {report.SteadyEventsPerSecond:N0} events/s (half the maximum)");
        latency.XLabel("latency, ms (log scale)");
        latency.YLabel("share of events at or under it, %");
        latency.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
            IntegerTicksOnly = true,
            LabelFormatter = static x => Math.Pow(10, x).ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
        };
        latency.ShowLegend(Alignment.LowerRight);
        latency.Axes.SetLimitsY(0, 100);
        figure.SavePng(path, width, height);
    }

    private static void AddCurve(Plot plot, IReadOnlyList<double> sortedMs, string label)
    {
        if (sortedMs.Count == 0)
        {
            return;
        }

        int points = Math.Min(CurvePoints, sortedMs.Count);
        var xs = new double[points];
        var ys = new double[points];
        for (int i = 0; i < points; i++)
        {
            int index = (int)((long)(sortedMs.Count - 1) * i / Math.Max(points - 1, 1));
            xs[i] = Math.Log10(Math.Max(sortedMs[index], 0.01));
            ys[i] = 100.0 * (index + 1) / sortedMs.Count;
        }

        var line = plot.Add.ScatterLine(xs, ys);
        line.LegendText = label;
        line.LineWidth = 2;
    }
}
