namespace Pipeline.Bench;

/// <summary>Latency samples in microseconds, summarised as percentiles; one writer thread, read after it stops.</summary>
internal sealed class LatencyRecorder
{
    private readonly List<long> _samples = new(1 << 16);

    public int Count => _samples.Count;

    public void Add(long micros) => _samples.Add(micros);

    public void Clear() => _samples.Clear();

    /// <summary>Every sample in milliseconds, in order: the distribution the bench's picture draws.</summary>
    public IReadOnlyList<double> SortedMs()
    {
        _samples.Sort();
        var ms = new double[_samples.Count];
        for (int i = 0; i < ms.Length; i++)
        {
            ms[i] = _samples[i] / 1000.0;
        }

        return ms;
    }

    /// <summary>The p-th percentile (0 to 100) in milliseconds, or null with no samples.</summary>
    public double? PercentileMs(double p)
    {
        if (_samples.Count == 0)
        {
            return null;
        }

        _samples.Sort();
        int index = (int)Math.Clamp(Math.Ceiling(p / 100 * _samples.Count) - 1, 0, _samples.Count - 1);
        return _samples[index] / 1000.0;
    }
}
