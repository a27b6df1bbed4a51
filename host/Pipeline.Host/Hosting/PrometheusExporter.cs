using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;

namespace Pipeline.Host.Hosting;

/// <summary>
/// Collects the pipeline's <see cref="Meter"/> instruments (names already in Prometheus form) and renders the
/// Prometheus text exposition format. Kept in the host so libraries depend on System.Diagnostics.Metrics only.
/// Counters add up between scrapes; observable gauges are read afresh on every scrape, so a series whose instance
/// was disposed (a closed spool, a finished sink run) is gone from the next scrape instead of frozen at its last value.
/// </summary>
internal sealed class PrometheusExporter : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<(string Name, string Labels), double> _sums = new();
    private readonly object _scrape = new();
    private readonly Dictionary<(string Name, string Labels), double> _observed = [];
    private readonly ConcurrentDictionary<string, (string Type, string Help)> _meta = new();

    public PrometheusExporter(string meterName)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name != meterName)
            {
                return;
            }

            string type = instrument is ObservableGauge<long> or ObservableGauge<double> or Gauge<long> or Gauge<double>
                or UpDownCounter<long> or ObservableUpDownCounter<long> ? "gauge" : "counter";
            _meta[instrument.Name] = (type, instrument.Description ?? instrument.Name);
            listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
    }

    public string Render()
    {
        // One scrape at a time: observable callbacks write into _observed on this thread, inside the lock.
        lock (_scrape)
        {
            _observed.Clear();
            _listener.RecordObservableInstruments();
            return Format(_sums.Concat(_observed));
        }
    }

    public void Dispose() => _listener.Dispose();

    private string Format(IEnumerable<KeyValuePair<(string Name, string Labels), double>> points)
    {
        var text = new StringBuilder();
        foreach (var group in points.GroupBy(p => p.Key.Name).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            (string type, string help) = _meta.TryGetValue(group.Key, out var m) ? m : ("untyped", group.Key);
            text.Append("# HELP ").Append(group.Key).Append(' ').Append(help).Append('\n');
            text.Append("# TYPE ").Append(group.Key).Append(' ').Append(type).Append('\n');
            foreach (var point in group.OrderBy(p => p.Key.Labels, StringComparer.Ordinal))
            {
                text.Append(group.Key).Append(point.Key.Labels).Append(' ')
                    .Append(point.Value.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
            }
        }

        return text.ToString();
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var key = (instrument.Name, FormatLabels(tags));
        if (instrument.IsObservable)
        {
            // Only RecordObservableInstruments in Render reports these, under the scrape lock.
            _observed[key] = value;
        }
        else if (instrument is Gauge<long> or Gauge<double>)
        {
            _sums[key] = value;
        }
        else
        {
            _sums.AddOrUpdate(key, value, (_, old) => old + value);
        }
    }

    private static string FormatLabels(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (tags.Length == 0)
        {
            return "";
        }

        var pairs = new List<KeyValuePair<string, object?>>(tags.Length);
        foreach (var tag in tags)
        {
            pairs.Add(tag);
        }

        pairs.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        var text = new StringBuilder("{");
        for (int i = 0; i < pairs.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            string value = Convert.ToString(pairs[i].Value, CultureInfo.InvariantCulture) ?? "";
            text.Append(pairs[i].Key).Append("=\"")
                .Append(value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal))
                .Append('"');
        }

        return text.Append('}').ToString();
    }
}
