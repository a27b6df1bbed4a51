using System.Diagnostics.Metrics;
using Pipeline.Telemetry;

namespace Pipeline.TestSupport;

/// <summary>
/// Reads one of the pipeline's observable gauges the way an exporter's scrape does (a <see cref="MeterListener"/>
/// that asks for the current values), keyed by one label, so a test can say which instances report and what.
/// Other tests in the process may have instances of their own: give yours a name no other test uses.
/// </summary>
public sealed class GaugeReader : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly string _label;
    private readonly Dictionary<string, double> _values = new(StringComparer.Ordinal);

    public GaugeReader(string instrument, string label)
    {
        _label = label;
        _listener.InstrumentPublished = (i, listener) =>
        {
            if (i.Meter == PipelineMetrics.Meter && i.Name == instrument)
            {
                listener.EnableMeasurementEvents(i);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) => Record(value, tags));
        _listener.SetMeasurementEventCallback<double>((_, value, tags, _) => Record(value, tags));
        _listener.Start();
    }

    /// <summary>The gauge's series now, by the value of the label.</summary>
    public IReadOnlyDictionary<string, double> Read()
    {
        lock (_values)
        {
            _values.Clear();
            _listener.RecordObservableInstruments();
            return new Dictionary<string, double>(_values, StringComparer.Ordinal);
        }
    }

    public void Dispose() => _listener.Dispose();

    private void Record(double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        foreach (KeyValuePair<string, object?> tag in tags)
        {
            if (tag.Key == _label && tag.Value is string name)
            {
                _values[name] = value;
            }
        }
    }
}
