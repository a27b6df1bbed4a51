using System.Globalization;

namespace Pipeline.Bench;

/// <summary>
/// A status line a second on stderr while the bench runs: stage, events in, processed and out, rate, threads and
/// resident memory. The rate is also kept per stage four times a second, for the throughput-over-time picture
/// (stages of a short run last only a few seconds).
/// </summary>
internal sealed class BenchLiveView : IDisposable
{
    private readonly TextWriter _output;
    private readonly BenchProgress _progress;
    private const int SamplesPerSecond = 4;

    private readonly Timer _timer;
    private readonly Dictionary<string, BenchReport.TimelineSeries> _timeline = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private long _lastDelivered;
    private string? _stage;
    private int _tick;
    private long _lastShown;

    public BenchLiveView(TextWriter output, BenchProgress progress)
    {
        _output = output;
        _progress = progress;
        TimeSpan period = TimeSpan.FromSeconds(1.0 / SamplesPerSecond);
        _timer = new Timer(_ => Show(), null, period, period);
    }

    /// <summary>The stage shown; a new stage starts its time line at zero.</summary>
    public string? Stage
    {
        get => _stage;
        set
        {
            lock (_lock)
            {
                _stage = value;
                _tick = 0;
                _lastDelivered = 0;
                _lastShown = 0;
            }
        }
    }

    /// <summary>Each stage's events per second, a sample a second.</summary>
    public IReadOnlyList<BenchReport.TimelineSeries> Timeline
    {
        get
        {
            lock (_lock)
            {
                return [.. _timeline.Values];
            }
        }
    }

    public void Dispose() => _timer.Dispose();

    private void Show()
    {
        string stage;
        long rate;
        long delivered;
        lock (_lock)
        {
            if (_stage is not { } current)
            {
                return;
            }

            stage = current;
            delivered = _progress.Delivered;
            long sampled = Math.Max(delivered - _lastDelivered, 0) * SamplesPerSecond;
            _lastDelivered = delivered;
            _tick++;
            if (!_timeline.TryGetValue(stage, out BenchReport.TimelineSeries? series))
            {
                series = new BenchReport.TimelineSeries { Stage = stage };
                _timeline[stage] = series;
            }

            series.Seconds.Add((double)_tick / SamplesPerSecond);
            series.EventsPerSecond.Add(sampled);
            if (_tick % SamplesPerSecond != 0)
            {
                return;
            }

            rate = Math.Max(delivered - _lastShown, 0);
            _lastShown = delivered;
        }

        (int threads, long rssKb) = ProcessSampler.Now();
        _output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {stage,-9} in {_progress.Produced,11:N0} · processed {_progress.Processed,11:N0} · out {delivered,11:N0} · {rate,9:N0} events/s · {threads,3} threads · {rssKb / 1024,5:N0} MB"));
    }
}
