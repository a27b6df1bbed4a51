using Pipeline.Schemas.Model;

namespace Pipeline.Capture.Sources.Synthetic;

/// <summary>
/// Plays a <see cref="SyntheticHuman"/> in real time into a sink: each event is offered when its time comes, stamped
/// with the clock's time. For load tests and demos; the same gate and delivery path as real input.
/// </summary>
public sealed class SyntheticInputSource : IInputSource
{
    private readonly SyntheticHuman _human;
    private readonly TimeProvider _time;
    private readonly TimeSpan _tick;
    private CancellationTokenSource? _stop;
    private Task? _loop;
    private long _offset;
    private long _emitted;
    private IInteractionSink? _sink;
    private long _wallStart;
    private long _timelineStart;

    /// <summary>Creates a source that plays <paramref name="options"/>' person.</summary>
    /// <param name="options">The person.</param>
    /// <param name="time">The clock that paces and stamps events.</param>
    /// <param name="tick">How often due events are offered: 10 ms, below a person's perception of delay.</param>
    public SyntheticInputSource(SyntheticOptions options, TimeProvider time, TimeSpan? tick = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        _human = new SyntheticHuman(options);
        _time = time;
        _tick = tick ?? TimeSpan.FromMilliseconds(10);
    }

    /// <inheritdoc/>
    public string Name => "synthetic";

    /// <inheritdoc/>
    public Exception? Failure => _loop is { IsFaulted: true } loop ? loop.Exception?.InnerException : null;

    /// <summary>Events offered to the sink so far.</summary>
    public long Emitted => Interlocked.Read(ref _emitted);

    /// <inheritdoc/>
    public void Start(IInteractionSink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        if (_loop is not null)
        {
            throw new InvalidOperationException("the source is already running");
        }

        _stop = new CancellationTokenSource();
        _loop = RunAsync(sink, _stop.Token);
    }

    /// <inheritdoc/>
    public async Task StopAsync()
    {
        if (_loop is null)
        {
            return;
        }

        await _stop!.CancelAsync();
        try
        {
            await _loop;
        }
        catch (Exception) when (_loop.IsFaulted)
        {
            // Reported through Failure, which the agent watches; stopping after it is not a second failure.
        }

        _stop.Dispose();
        _stop = null;
        _loop = null;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync() => await StopAsync();

    /// <summary>Starts the person's timeline now without a pacing loop: the owner calls <see cref="EmitDue"/>.</summary>
    internal void Begin(IInteractionSink sink)
    {
        sink.SetScreen(_human.Options.ScreenWidth, _human.Options.ScreenHeight);
        _sink = sink;
        _wallStart = Micros.Now(_time);
        _timelineStart = _offset;
    }

    /// <summary>Offers every event due by <paramref name="nowMicros"/>; returns microseconds until the next one.</summary>
    internal long EmitDue(long nowMicros)
    {
        IInteractionSink sink = _sink!;
        long due = _timelineStart + (nowMicros - _wallStart);
        while (_human.PeekTime() <= due)
        {
            _human.Next(out InteractionEvent e);
            _offset = e.TimeMicros;
            e.TimeMicros = _wallStart + (e.TimeMicros - _timelineStart);
            sink.Accept(in e);
            _emitted++;
        }

        return _human.PeekTime() - due;
    }

    private async Task RunAsync(IInteractionSink sink, CancellationToken cancellationToken)
    {
        // The person's timeline continues where it stopped: a pause skips time, it does not replay it.
        Begin(sink);
        while (!cancellationToken.IsCancellationRequested)
        {
            // Sleep until the next event is due (at the tick's granularity), so a typing or idle person costs
            // a few wake-ups a second rather than one per tick.
            long wait = EmitDue(Micros.Now(_time));
            TimeSpan delay = TimeSpan.FromMicroseconds(Math.Clamp(wait, _tick.Ticks / 10, 1_000_000));
            try
            {
                await Task.Delay(delay, _time, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
