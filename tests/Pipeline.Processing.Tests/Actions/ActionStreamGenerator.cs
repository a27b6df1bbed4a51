using Pipeline.Processing.Actions;
using Pipeline.Processing.Sessions;
using Pipeline.Schemas.Model;

namespace Pipeline.Processing.Tests.Actions;

/// <summary>
/// Random input of one person on several devices, built from gestures (pointer paths, clicks, double clicks, drags,
/// chords, scroll bursts, typing, hotkeys, focus changes, locks, lost presses and releases, idle stretches, clocks
/// stepping back, re-sent batches) whose timing and distances land on, just below and just above every threshold.
/// Each device's batches arrive in order; devices interleave with disorder within half the session grace.
/// </summary>
internal sealed class ActionStreamGenerator
{
    public const long Second = 1_000_000;
    public const long T0 = 1_750_000_000L * Second;

    private static readonly string?[] s_apps = ["editor", "browser", "terminal", "", "mail"];
    private static readonly (int Dx, int Dy)[] s_offsets = [(0, 0), (1, 1), (3, 4), (4, 4), (0, 5), (5, 0), (0, 6), (-6, 0), (2, -3), (40, 25), (-300, 120)];
    private static readonly (int Width, int Height)[] s_screens = [(1920, 1080), (1920, 1080), (1920, 1080), (0, 0), (100, 60), (2560, 1440)];
    private static readonly KeyClass[] s_plainKeys = [KeyClass.Letter, KeyClass.Letter, KeyClass.Letter, KeyClass.Digit, KeyClass.Space, KeyClass.Punctuation, KeyClass.Navigation, KeyClass.Editing, KeyClass.Function, KeyClass.Other];

    private readonly Random _random;
    private readonly ActionOptions _actions;
    private readonly SessionOptions _sessions;

    public ActionStreamGenerator(int seed, ActionOptions actions, SessionOptions sessions)
    {
        _random = new Random(seed);
        _actions = actions;
        _sessions = sessions;
    }

    /// <summary>Batches of <paramref name="subject"/>'s devices in arrival order.</summary>
    public List<EventBatch> Generate(string subject, int devices, int gesturesPerDevice)
    {
        var arrivals = new List<(long Key, int Device, int Order, EventBatch Batch)>();
        for (int d = 0; d < devices; d++)
        {
            string device = $"{d:x2}{subject[2..]}";
            List<InteractionEvent> events = Device(T0 + (d * 3 * Second), gesturesPerDevice);
            long key = long.MinValue;
            int order = 0;
            for (int i = 0; i < events.Count;)
            {
                int size = 1 + _random.Next(8);
                (int width, int height) = s_screens[_random.Next(s_screens.Length)];
                var batch = new EventBatch(16) { Subject = subject, Device = device, KeyVersion = 1, ScreenWidth = width, ScreenHeight = height };
                long first = events[i].TimeMicros;
                for (int k = 0; k < size && i < events.Count; k++, i++)
                {
                    // A batch covers a moment of input: cut it where the device was quiet for a while.
                    if (k > 0 && events[i].TimeMicros > events[i - 1].TimeMicros + Second)
                    {
                        break;
                    }

                    batch.Add(events[i]);
                }

                // Arrival within half the grace of the batch's first event: never late for the sessionizer.
                key = Math.Max(key, first + _random.NextInt64(Micros(_sessions.Grace) / 2));
                arrivals.Add((key, d, order++, batch));
                if (_random.Next(25) == 0)
                {
                    // The agent sends the batch again (a spool replay after a lost acknowledgement): same events, same
                    // sequence numbers, right behind it (a replay much later would be late and go to the dead letters).
                    arrivals.Add((key, d, order++, Copy(batch)));
                }
            }
        }

        AddBridges(subject, devices, arrivals);
        return arrivals.OrderBy(a => a.Key).ThenBy(a => a.Device).ThenBy(a => a.Order).Select(a => a.Batch).ToList();
    }

    /// <summary>
    /// Where the first device was quiet a little longer than the session gap (so its next event opened a new session),
    /// another device sometimes reports an event from inside that gap just after: allowed (within grace), it bridges
    /// the two sessions and the sessionizer merges them.
    /// </summary>
    private void AddBridges(string subject, int devices, List<(long Key, int Device, int Order, EventBatch Batch)> arrivals)
    {
        long gap = Micros(_sessions.Gap);
        long grace = Micros(_sessions.Grace);
        var first = arrivals.Where(a => a.Device == 0).ToList();
        long previousTime = long.MinValue;
        int bridges = 0;
        foreach ((long key, int _, int _, EventBatch batch) in first)
        {
            long b = batch.Events[0].TimeMicros;
            long a = previousTime;
            previousTime = batch.Events[^1].TimeMicros;
            if (a == long.MinValue || b - a <= gap || b - a > gap + (grace / 3) || _random.Next(2) == 0)
            {
                continue;
            }

            var bridge = new EventBatch(1) { Subject = subject, Device = $"ff{subject[2..]}", KeyVersion = 1, ScreenWidth = 1920, ScreenHeight = 1080 };
            bridge.Add(new InteractionEvent { Seq = ++bridges, TimeMicros = Math.Max(a + 1, b - (grace / 3)), Kind = EventKind.Move, X = 5, Y = 5 });
            arrivals.Add((key, devices, bridges, bridge));
        }
    }

    private List<InteractionEvent> Device(long start, int gestures)
    {
        var d = new DeviceScript(start, _random.Next(0, 1920), _random.Next(0, 1080));
        for (int g = 0; g < gestures; g++)
        {
            switch (_random.Next(20))
            {
                case 0 or 1 or 2:
                    Path(d, 1 + _random.Next(40));
                    break;
                case 3 or 4:
                    Click(d, RandomButton(), Hold());
                    break;
                case 5:
                    DoubleClick(d);
                    break;
                case 6:
                    Drag(d);
                    break;
                case 7 or 8:
                    ScrollBurst(d);
                    break;
                case 9 or 10 or 11:
                    Typing(d);
                    break;
                case 12:
                    Hotkey(d);
                    break;
                case 13:
                    d.Wait(Between(50_000, 800_000));
                    d.Focus(s_apps[_random.Next(s_apps.Length)]);
                    break;
                case 14:
                    Chord(d);
                    break;
                case 15:
                    // A lost release, a lost press, or a lock.
                    int which = _random.Next(3);
                    d.Wait(Between(20_000, 400_000));
                    if (which == 0)
                    {
                        d.Down(RandomButton());
                    }
                    else if (which == 1)
                    {
                        d.Up(RandomButton());
                    }
                    else
                    {
                        d.Emit(EventKind.Lock);
                        d.Wait(Between(Second, 200 * Second));
                        d.Emit(EventKind.Unlock);
                    }

                    break;
                case 16:
                    Idle(d);
                    break;
                case 17:
                    // The device clock steps back a little (NTP).
                    d.T -= Between(1, 500_000);
                    d.Emit(EventKind.Move);
                    break;
                case 18:
                    // Typing while a button is held, or scrolling: events of one kind inside another's hold.
                    d.Wait(Between(50_000, 300_000));
                    MouseButton button = RandomButton();
                    d.Down(button);
                    if (_random.Next(2) == 0)
                    {
                        Typing(d);
                    }
                    else
                    {
                        ScrollBurst(d);
                    }

                    d.Wait(Between(10_000, 300_000));
                    d.Up(button);
                    break;
                default:
                    d.Wait(Threshold(Micros(_actions.MaxHold)));
                    d.Emit(EventKind.Move);
                    break;
            }
        }

        return d.Events;
    }

    private void Path(DeviceScript d, int samples)
    {
        long dt = _random.Next(3) switch { 0 => 8_000, 1 => 16_667, _ => 33_000 };
        int vx = _random.Next(-12, 13);
        int vy = _random.Next(-12, 13);
        for (int i = 0; i < samples; i++)
        {
            d.Wait(dt);
            d.X += vx + _random.Next(-2, 3);
            d.Y += vy + _random.Next(-2, 3);
            if (_random.Next(10) == 0)
            {
                vx = _random.Next(-12, 13);
                vy = _random.Next(-12, 13);
            }

            d.Emit(EventKind.Move);
        }
    }

    private void Click(DeviceScript d, MouseButton button, long hold)
    {
        d.Wait(Between(20_000, 300_000));
        d.Down(button);
        int px = d.X;
        int py = d.Y;
        if (_random.Next(3) == 0)
        {
            // The hand wanders a little while pressing, sometimes beyond the slop and back.
            (int wx, int wy) = s_offsets[_random.Next(s_offsets.Length)];
            d.Wait(hold / 2);
            d.X = px + wx;
            d.Y = py + wy;
            d.Emit(EventKind.Move);
            d.Wait(hold - (hold / 2));
        }
        else
        {
            d.Wait(hold);
        }

        (int dx, int dy) = s_offsets[_random.Next(s_offsets.Length)];
        d.X = px + (_random.Next(2) == 0 ? 0 : dx);
        d.Y = py + (_random.Next(2) == 0 ? 0 : dy);
        d.Up(button);
    }

    private void DoubleClick(DeviceScript d)
    {
        long firstPress = d.T + Between(20_000, 200_000);
        d.T = firstPress;
        int px = d.X;
        int py = d.Y;
        d.Down(MouseButton.Left);
        d.Wait(Choose(Between(40_000, 150_000), Threshold(Micros(_actions.ClickTime))));
        d.Up(MouseButton.Left);
        if (_random.Next(4) == 0)
        {
            d.Wait(Between(1, 40_000));
            d.X += _random.Next(-3, 4);
            d.Emit(EventKind.Move);
        }

        if (_random.Next(3) == 0)
        {
            // Something between the two clicks: most of these make them two single clicks; a key or button
            // release does not.
            d.Wait(Between(1, 60_000));
            switch (_random.Next(7))
            {
                case 0:
                    d.Scroll(0, 1);
                    break;
                case 1:
                    d.Key(EventKind.KeyDown, KeyClass.Letter);
                    break;
                case 2:
                    d.Focus("browser");
                    break;
                case 3:
                    d.Down(MouseButton.Right);
                    d.Wait(Between(1, 30_000));
                    d.Up(MouseButton.Right);
                    break;
                case 4:
                    d.Emit(EventKind.Lock);
                    d.Wait(Between(1, 30_000));
                    d.Emit(EventKind.Unlock);
                    break;
                case 5:
                    d.Key(EventKind.KeyUp, KeyClass.Letter);
                    break;
                default:
                    d.Up(MouseButton.Middle);
                    break;
            }
        }

        long second = firstPress + Choose(Between(150_000, 400_000), Threshold(Micros(_actions.DoubleClickTime)));
        d.T = Math.Max(d.T + 1, second);
        (int dx, int dy) = s_offsets[_random.Next(s_offsets.Length)];
        d.X = px + dx;
        d.Y = py + dy;
        d.Down(MouseButton.Left);
        d.Wait(Choose(Between(40_000, 150_000), Threshold(Micros(_actions.ClickTime))));
        d.Up(MouseButton.Left);
        if (_random.Next(3) == 0)
        {
            // A third click.
            d.Wait(Between(60_000, 300_000));
            d.Down(MouseButton.Left);
            d.Wait(Between(40_000, 150_000));
            d.Up(MouseButton.Left);
        }
    }

    private void Drag(DeviceScript d)
    {
        d.Wait(Between(20_000, 300_000));
        MouseButton button = _random.Next(4) == 0 ? RandomButton() : MouseButton.Left;
        d.Down(button);
        int px = d.X;
        int py = d.Y;
        long hold = Choose(Between(100_000, 3 * Second), Threshold(Micros(_actions.DragHoldTime)));
        long start = d.T;
        Path(d, 1 + _random.Next(30));
        if (_random.Next(2) == 0)
        {
            // Back to where it started: a drag only if held long enough.
            d.X = px + _random.Next(-2, 3);
            d.Y = py + _random.Next(-2, 3);
            d.Emit(EventKind.Move);
        }

        d.T = Math.Max(d.T + 1, start + hold);
        d.Up(button);
    }

    private void Chord(DeviceScript d)
    {
        d.Wait(Between(20_000, 200_000));
        d.Down(MouseButton.Left);
        Click(d, MouseButton.Right, Between(30_000, 200_000));
        d.Wait(Between(10_000, 200_000));
        d.Up(MouseButton.Left);
    }

    private void ScrollBurst(DeviceScript d)
    {
        int notches = 1 + _random.Next(8);
        int dx = _random.Next(5) == 0 ? _random.Next(-1, 2) : 0;
        int dy = _random.Next(4) == 0 ? -1 : 1;
        for (int i = 0; i < notches; i++)
        {
            d.Wait(Choose(Between(20_000, 150_000), Threshold(Micros(_actions.ScrollGap))));
            if (_random.Next(5) == 0)
            {
                d.X += _random.Next(-4, 5);
                d.Emit(EventKind.Move);
                d.Wait(1);
            }

            d.Scroll(_random.Next(30) == 0 ? int.MaxValue : dx, _random.Next(30) == 0 ? int.MinValue : dy);
        }
    }

    private void Typing(DeviceScript d)
    {
        int keys = 1 + _random.Next(12);
        for (int i = 0; i < keys; i++)
        {
            d.Wait(Choose(Between(40_000, 300_000), Threshold(Micros(_actions.TypeGap))));
            KeyClass keyClass = s_plainKeys[_random.Next(s_plainKeys.Length)];
            d.Key(EventKind.KeyDown, keyClass);
            if (_random.Next(6) != 0)
            {
                d.Wait(Between(30_000, 120_000));
                d.Key(EventKind.KeyUp, keyClass);
            }
        }
    }

    private void Hotkey(DeviceScript d)
    {
        int modifiers = _random.Next(4) == 0 ? 2 : 1;
        for (int m = 0; m < modifiers; m++)
        {
            d.Wait(Between(30_000, 200_000));
            d.Key(EventKind.KeyDown, KeyClass.Modifier);
        }

        int keys = _random.Next(4);
        for (int i = 0; i < keys; i++)
        {
            d.Wait(Choose(Between(40_000, 300_000), Threshold(Micros(_actions.HotkeyIdle))));
            KeyClass keyClass = s_plainKeys[_random.Next(s_plainKeys.Length)];
            d.Key(EventKind.KeyDown, keyClass);
            d.Wait(Between(30_000, 100_000));
            d.Key(EventKind.KeyUp, keyClass);
        }

        if (_random.Next(4) == 0)
        {
            // A click with the modifier held (ctrl+click).
            Click(d, MouseButton.Left, Between(40_000, 150_000));
        }

        // Some releases are never recorded.
        int releases = modifiers - _random.Next(0, 2);
        for (int m = 0; m < releases; m++)
        {
            d.Wait(Choose(Between(30_000, 200_000), Threshold(Micros(_actions.HotkeyIdle))));
            d.Key(EventKind.KeyUp, KeyClass.Modifier);
        }
    }

    private void Idle(DeviceScript d)
    {
        long gap = Micros(_sessions.Gap);
        d.Wait(_random.Next(5) switch
        {
            0 => Threshold(gap),
            1 => gap + Between(Second, Micros(_sessions.Grace) / 3),
            2 => gap + Between(Second, 10 * 60 * Second),
            3 => Between(3 * 60 * Second, 20 * 60 * Second),
            _ => Between(2 * Second, 60 * Second),
        });
        d.Emit(EventKind.Move);
    }

    /// <summary>A threshold, one microsecond under or over it.</summary>
    private long Threshold(long value) => value + _random.Next(-1, 2);

    private long Choose(long usual, long boundary) => _random.Next(3) == 0 ? boundary : usual;

    private long Between(long min, long max) => min + _random.NextInt64(max - min);

    private MouseButton RandomButton() => _random.Next(6) switch
    {
        0 => MouseButton.Right,
        1 => MouseButton.Middle,
        2 => _random.Next(2) == 0 ? MouseButton.Back : MouseButton.Forward,
        _ => MouseButton.Left,
    };

    private long Hold() => _random.Next(12) switch
    {
        0 or 1 => Threshold(Micros(_actions.ClickTime)),
        2 or 3 => Threshold(Micros(_actions.DragHoldTime)),
        4 => Threshold(Micros(_actions.MaxHold)),
        5 or 6 => Between(500_000, 3 * Second),
        _ => Between(40_000, 400_000),
    };

    private static long Micros(TimeSpan span) => span.Ticks / 10;

    private static EventBatch Copy(EventBatch batch)
    {
        var copy = new EventBatch(Math.Max(1, batch.Count))
        {
            Subject = batch.Subject,
            Device = batch.Device,
            KeyVersion = batch.KeyVersion,
            ScreenWidth = batch.ScreenWidth,
            ScreenHeight = batch.ScreenHeight,
        };
        foreach (InteractionEvent e in batch.Events)
        {
            InteractionEvent c = e;
            c.SessionId = null;
            copy.Add(c);
        }

        return copy;
    }

    /// <summary>One device's events as they are scripted: a clock, a pointer position and a sequence number.</summary>
    private sealed class DeviceScript(long start, int x, int y)
    {
        private long _seq = 1;

        public List<InteractionEvent> Events { get; } = [];

        public long T { get; set; } = start;

        public int X { get; set; } = x;

        public int Y { get; set; } = y;

        public void Wait(long micros) => T += micros;

        public void Emit(EventKind kind) => Events.Add(new InteractionEvent { Seq = _seq++, TimeMicros = T, Kind = kind, X = Pointer(kind) ? X : 0, Y = Pointer(kind) ? Y : 0 });

        public void Down(MouseButton button) => Events.Add(new InteractionEvent { Seq = _seq++, TimeMicros = T, Kind = EventKind.ButtonDown, Button = button, X = X, Y = Y });

        public void Up(MouseButton button) => Events.Add(new InteractionEvent { Seq = _seq++, TimeMicros = T, Kind = EventKind.ButtonUp, Button = button, X = X, Y = Y });

        public void Scroll(int dx, int dy) => Events.Add(new InteractionEvent { Seq = _seq++, TimeMicros = T, Kind = EventKind.Scroll, X = X, Y = Y, Dx = dx, Dy = dy });

        public void Key(EventKind kind, KeyClass keyClass) => Events.Add(new InteractionEvent { Seq = _seq++, TimeMicros = T, Kind = kind, KeyClass = keyClass });

        public void Focus(string? app) => Events.Add(new InteractionEvent { Seq = _seq++, TimeMicros = T, Kind = EventKind.Focus, App = app });

        private static bool Pointer(EventKind kind) => kind is EventKind.Move or EventKind.Scroll;
    }
}
