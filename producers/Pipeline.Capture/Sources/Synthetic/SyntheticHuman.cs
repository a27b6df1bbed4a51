using Pipeline.Schemas.Model;

namespace Pipeline.Capture.Sources.Synthetic;

/// <summary>
/// A seeded, reproducible stream of human-like input. Pointer moves follow minimum-jerk paths
/// (10τ³ − 15τ⁴ + 6τ⁵) with durations from Fitts' law (a + b·log2(D/W + 1)), some overshoot the target and
/// correct; clicks hold the button for a human dwell; scrolls come in bursts of notches; typing comes in bursts
/// with per-key dwell and pauses between words; the person switches applications and sometimes goes idle.
/// Times are microseconds from the start. Events are planned an activity at a time into a reused buffer, so
/// <see cref="Next"/> allocates nothing.
/// </summary>
public sealed class SyntheticHuman
{
    // Fitts' law constants for a mouse, in seconds (MacKenzie's pointing studies give a ≈ 0.1, b ≈ 0.1 to 0.2).
    private const double FittsA = 0.10;
    private const double FittsB = 0.15;

    private readonly SyntheticOptions _options;
    private readonly Random _random;
    private readonly long _sampleMicros;
    private readonly InteractionEvent[] _planned = new InteractionEvent[8192];
    private int _head;
    private int _count;
    private long _clock;
    private double _x;
    private double _y;
    private int _appIndex = -1;

    /// <summary>Creates a person from <paramref name="options"/>.</summary>
    public SyntheticHuman(SyntheticOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _random = new Random(options.Seed);
        _sampleMicros = Math.Max(100, (long)(1_000_000 / options.SampleRateHz));
        _x = options.ScreenWidth / 2.0;
        _y = options.ScreenHeight / 2.0;
    }

    /// <summary>The options this person follows.</summary>
    public SyntheticOptions Options => _options;

    /// <summary>Fills <paramref name="e"/> with the next event (time relative to the start, in microseconds).</summary>
    public void Next(out InteractionEvent e)
    {
        while (_count == 0)
        {
            Plan();
        }

        e = _planned[_head];
        _head = (_head + 1) % _planned.Length;
        _count--;
    }

    /// <summary>The time of the event <see cref="Next"/> returns next.</summary>
    public long PeekTime()
    {
        while (_count == 0)
        {
            Plan();
        }

        return _planned[_head].TimeMicros;
    }

    private void Plan()
    {
        if (_appIndex < 0)
        {
            SwitchApp();
            return;
        }

        double roll = _random.NextDouble();
        if (roll < _options.IdleProbability)
        {
            _clock += (long)(_random.NextDouble() * (_options.MaxIdle.Ticks / 10 - 1_000_000)) + 1_000_000;
            return;
        }

        roll = _random.NextDouble();
        if (roll < 0.40)
        {
            MoveTo(_random.Next(_options.ScreenWidth), _random.Next(_options.ScreenHeight), 10 + _random.Next(60));
            if (_random.NextDouble() < 0.6)
            {
                Click(_random.NextDouble() < 0.9 ? MouseButton.Left : MouseButton.Right);
            }
        }
        else if (roll < 0.55)
        {
            ScrollBurst();
        }
        else if (roll < 0.92)
        {
            TypeBurst();
        }
        else
        {
            SwitchApp();
        }
    }

    private void SwitchApp()
    {
        int next = _random.Next(_options.Apps.Count);
        _appIndex = next;
        _clock += Between(150_000, 600_000);
        ref InteractionEvent e = ref Append(EventKind.Focus);
        e.App = _options.Apps[next];
    }

    private void MoveTo(double tx, double ty, double width)
    {
        double distance = Math.Sqrt(((tx - _x) * (tx - _x)) + ((ty - _y) * (ty - _y)));
        if (distance < 2)
        {
            return;
        }

        bool overshoot = _random.NextDouble() < 0.3;
        double ex = tx, ey = ty;
        if (overshoot)
        {
            // Aim past the target by 4 to 12 % of the distance, then correct with a short second movement.
            double over = 1 + (0.04 + (_random.NextDouble() * 0.08));
            ex = Math.Clamp(_x + ((tx - _x) * over), 0, _options.ScreenWidth - 1);
            ey = Math.Clamp(_y + ((ty - _y) * over), 0, _options.ScreenHeight - 1);
        }

        Segment(ex, ey, FittsSeconds(distance, width));
        if (overshoot)
        {
            _clock += Between(40_000, 120_000);
            double back = Math.Sqrt(((tx - _x) * (tx - _x)) + ((ty - _y) * (ty - _y)));
            Segment(tx, ty, FittsSeconds(back, width));
        }
    }

    private static double FittsSeconds(double distance, double width) => FittsA + (FittsB * Math.Log2((distance / width) + 1));

    private void Segment(double tx, double ty, double seconds)
    {
        double x0 = _x, y0 = _y;
        long duration = (long)(seconds * 1_000_000);
        long steps = Math.Max(1, Math.Min(duration / _sampleMicros, (_planned.Length / 2) - _count));
        long start = _clock;
        for (long i = 1; i <= steps; i++)
        {
            double tau = (double)i / steps;
            double s = tau * tau * tau * (10 - (15 * tau) + (6 * tau * tau));
            _clock = start + (duration * i / steps);
            ref InteractionEvent e = ref Append(EventKind.Move);
            e.X = (int)Math.Round(x0 + ((tx - x0) * s));
            e.Y = (int)Math.Round(y0 + ((ty - y0) * s));
        }

        _x = tx;
        _y = ty;
    }

    private void Click(MouseButton button)
    {
        _clock += Between(80_000, 250_000);
        ref InteractionEvent down = ref Append(EventKind.ButtonDown);
        down.Button = button;
        SetPointer(ref down);
        _clock += Between(60_000, 140_000);
        ref InteractionEvent up = ref Append(EventKind.ButtonUp);
        up.Button = button;
        SetPointer(ref up);
    }

    private void ScrollBurst()
    {
        int notches = 3 + _random.Next(8);
        int direction = _random.NextDouble() < 0.75 ? 1 : -1;
        for (int i = 0; i < notches; i++)
        {
            _clock += Between(30_000, 90_000);
            ref InteractionEvent e = ref Append(EventKind.Scroll);
            e.Dy = direction;
            SetPointer(ref e);
        }
    }

    private void TypeBurst()
    {
        int words = 1 + _random.Next(6);
        for (int w = 0; w < words; w++)
        {
            int letters = 2 + _random.Next(8);
            for (int i = 0; i < letters; i++)
            {
                Key(_random.NextDouble() < 0.06 ? KeyClass.Digit : KeyClass.Letter);
            }

            double r = _random.NextDouble();
            Key(r < 0.12 ? KeyClass.Punctuation : r < 0.16 ? KeyClass.Editing : KeyClass.Space);
            if (_random.NextDouble() < 0.2)
            {
                // A thinking pause between words.
                _clock += Between(400_000, 2_000_000);
            }
        }
    }

    private void Key(KeyClass keyClass)
    {
        _clock += Between(90_000, 260_000);
        ref InteractionEvent down = ref Append(EventKind.KeyDown);
        down.KeyClass = keyClass;
        _clock += Between(60_000, 130_000);
        ref InteractionEvent up = ref Append(EventKind.KeyUp);
        up.KeyClass = keyClass;
    }

    private long Between(long min, long max) => min + (long)(_random.NextDouble() * (max - min));

    private void SetPointer(ref InteractionEvent e)
    {
        e.X = (int)Math.Round(_x);
        e.Y = (int)Math.Round(_y);
    }

    private ref InteractionEvent Append(EventKind kind)
    {
        int tail = (_head + _count) % _planned.Length;
        _count++;
        ref InteractionEvent e = ref _planned[tail];
        e = default;
        e.Kind = kind;
        e.TimeMicros = _clock;
        return ref e;
    }
}
