using System.Globalization;

namespace Pipeline.Bench;

/// <summary>A status line a second on stderr while the bench runs: stage, events in and out, rate.</summary>
internal sealed class BenchLiveView : IDisposable
{
    private readonly TextWriter _output;
    private readonly BenchProgress _progress;
    private readonly Timer _timer;
    private long _lastDelivered;

    public BenchLiveView(TextWriter output, BenchProgress progress)
    {
        _output = output;
        _progress = progress;
        _timer = new Timer(_ => Show(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    public string? Stage { get; set; }

    public void Dispose() => _timer.Dispose();

    private void Show()
    {
        if (Stage is not { } stage)
        {
            return;
        }

        long delivered = _progress.Delivered;
        long rate = delivered - _lastDelivered;
        _lastDelivered = delivered;
        _output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {stage,-9} in {_progress.Produced,11:N0} · processed {_progress.Processed,11:N0} · out {delivered,11:N0} · {Math.Max(rate, 0),9:N0} events/s"));
    }
}
