using Pipeline.Processing.Actions;
using Pipeline.Schemas.Model;

namespace Pipeline.Processing.Tests.Actions;

/// <summary>One event as the reducer was given it: the event and its batch's screen geometry.</summary>
internal readonly record struct FedEvent(InteractionEvent Event, int Width, int Height);

/// <summary>
/// The action rules written the slow, obvious way over a device's whole event list: drop repeats, hold clocks that
/// step back, cut the list at gaps over the session gap, and then find each rule's events by scanning the list
/// (a press's release by looking ahead, a double click's second press by looking ahead, the pre-move path by looking
/// back). No horizons, no queue, no ring buffer, no state. Returns the actions in start order.
/// </summary>
internal static class ReferenceActionReducer
{
    public static List<InteractionAction> Reduce(string device, IReadOnlyList<FedEvent> fed, ActionOptions options, TimeSpan sessionGap)
    {
        var o = new Options(options, sessionGap);
        var events = new List<FedEvent>();
        long maxSeq = long.MinValue;
        long lastTime = long.MinValue;
        foreach (FedEvent f in fed)
        {
            if (events.Count > 0 && f.Event.Seq <= maxSeq)
            {
                continue;
            }

            maxSeq = f.Event.Seq;
            InteractionEvent e = f.Event;
            e.TimeMicros = Math.Max(e.TimeMicros, lastTime);
            lastTime = e.TimeMicros;
            events.Add(f with { Event = e });
        }

        var actions = new List<InteractionAction>();
        int start = 0;
        for (int i = 1; i <= events.Count; i++)
        {
            if (i == events.Count || events[i].Event.TimeMicros > events[i - 1].Event.TimeMicros + o.Gap)
            {
                actions.AddRange(Segment(device, events.GetRange(start, i - start), o));
                start = i;
            }
        }

        return actions.OrderBy(a => a.SeqFirst).ToList();
    }

    private static List<InteractionAction> Segment(string device, List<FedEvent> s, Options o)
    {
        var actions = new List<InteractionAction>();
        string?[] appAt = new string?[s.Count];
        string? app = null;
        for (int i = 0; i < s.Count; i++)
        {
            appAt[i] = app;
            if (s[i].Event.Kind == EventKind.Focus)
            {
                app = s[i].Event.App;
                actions.Add(new InteractionAction
                {
                    SessionId = Sid(s[i]),
                    Device = device,
                    Kind = ActionKind.Focus,
                    StartMicros = T(s[i]),
                    EndMicros = T(s[i]),
                    App = app,
                    SeqFirst = s[i].Event.Seq,
                    SeqLast = s[i].Event.Seq,
                });
            }
        }

        Buttons(device, s, o, appAt, actions);
        Scrolls(device, s, o, appAt, actions);
        Keys(device, s, o, appAt, actions);
        return actions;
    }

    private static void Buttons(string device, List<FedEvent> s, Options o, string?[] appAt, List<InteractionAction> actions)
    {
        // Pair every press with its release by looking ahead.
        var releaseOf = new Dictionary<int, int>();
        var matched = new HashSet<int>();
        for (int i = 0; i < s.Count; i++)
        {
            if (!IsButtonEvent(s[i], EventKind.ButtonDown))
            {
                continue;
            }

            for (int j = i + 1; j < s.Count; j++)
            {
                if (T(s[j]) > T(s[i]) + o.MaxHold || s[j].Event.Kind == EventKind.Lock
                    || (IsButtonEvent(s[j], EventKind.ButtonDown) && s[j].Event.Button == s[i].Event.Button))
                {
                    break;
                }

                if (IsButtonEvent(s[j], EventKind.ButtonUp) && s[j].Event.Button == s[i].Event.Button)
                {
                    releaseOf[i] = j;
                    matched.Add(j);
                    break;
                }
            }
        }

        // Classify the pairs; quick left clicks may pair into double clicks below.
        var pairs = new SortedDictionary<int, (int Release, ActionKind Kind, bool Quick)>();
        foreach ((int i, int j) in releaseOf)
        {
            InteractionEvent p = s[i].Event;
            InteractionEvent r = s[j].Event;
            bool travelled = false;
            for (int k = i + 1; k <= j; k++)
            {
                if (HasPosition(s[k]) && DeviceActions.Beyond(p.X, p.Y, s[k].Event.X, s[k].Event.Y, o.ClickSlop))
                {
                    travelled = true;
                }
            }

            bool drag = DeviceActions.Beyond(p.X, p.Y, r.X, r.Y, o.ClickSlop) || (r.TimeMicros - p.TimeMicros > o.DragHold && travelled);
            ActionKind kind = drag ? ActionKind.Drag
                : p.Button == MouseButton.Right ? ActionKind.RightClick
                : p.Button == MouseButton.Middle ? ActionKind.MiddleClick
                : ActionKind.Click;
            pairs[i] = (j, kind, !drag && r.TimeMicros - p.TimeMicros <= o.ClickTime);
        }

        var secondOfDouble = new HashSet<int>();
        foreach ((int i, (int j, ActionKind kind, bool quick)) in pairs)
        {
            if (secondOfDouble.Contains(i))
            {
                continue;
            }

            InteractionEvent p = s[i].Event;
            InteractionEvent r = s[j].Event;
            var action = new InteractionAction
            {
                SessionId = Sid(s[i]),
                Device = device,
                Kind = kind,
                StartMicros = p.TimeMicros,
                EndMicros = r.TimeMicros,
                X = p.X,
                Y = p.Y,
                Nx = Norm(p.X, s[i].Width),
                Ny = Norm(p.Y, s[i].Height),
                EndX = r.X,
                EndY = r.Y,
                EndNx = Norm(r.X, s[j].Width),
                EndNy = Norm(r.Y, s[j].Height),
                Button = p.Button,
                App = appAt[i],
                SeqFirst = p.Seq,
                SeqLast = r.Seq,
            };
            action = WithPath(action, s, i, o);
            if (p.Button == MouseButton.Left && quick && SecondClick(s, o, i, j, pairs) is { } second)
            {
                secondOfDouble.Add(second);
                int j2 = pairs[second].Release;
                action = action with
                {
                    Kind = ActionKind.DoubleClick,
                    EndMicros = T(s[j2]),
                    EndX = s[j2].Event.X,
                    EndY = s[j2].Event.Y,
                    EndNx = Norm(s[j2].Event.X, s[j2].Width),
                    EndNy = Norm(s[j2].Event.Y, s[j2].Height),
                    SeqLast = s[j2].Event.Seq,
                };
            }

            actions.Add(action);
        }

        for (int i = 0; i < s.Count; i++)
        {
            bool pressAlone = IsButtonEvent(s[i], EventKind.ButtonDown) && !releaseOf.ContainsKey(i);
            bool releaseAlone = IsButtonEvent(s[i], EventKind.ButtonUp) && !matched.Contains(i);
            if (!pressAlone && !releaseAlone)
            {
                continue;
            }

            InteractionEvent e = s[i].Event;
            actions.Add(WithPath(new InteractionAction
            {
                SessionId = Sid(s[i]),
                Device = device,
                Kind = pressAlone ? ActionKind.MouseDown : ActionKind.MouseUp,
                StartMicros = e.TimeMicros,
                EndMicros = e.TimeMicros,
                X = e.X,
                Y = e.Y,
                Nx = Norm(e.X, s[i].Width),
                Ny = Norm(e.Y, s[i].Height),
                Button = e.Button,
                App = appAt[i],
                SeqFirst = e.Seq,
                SeqLast = e.Seq,
            }, s, i, o));
        }
    }

    /// <summary>The next left press after the first click's release, if it makes a double click with it.</summary>
    private static int? SecondClick(List<FedEvent> s, Options o, int i1, int j1, SortedDictionary<int, (int Release, ActionKind Kind, bool Quick)> pairs)
    {
        for (int k = j1 + 1; k < s.Count; k++)
        {
            InteractionEvent e = s[k].Event;
            if (IsButtonEvent(s[k], EventKind.ButtonDown) && e.Button == MouseButton.Left)
            {
                bool inTime = e.TimeMicros <= T(s[i1]) + o.DoubleClickTime;
                bool inPlace = !DeviceActions.Beyond(s[i1].Event.X, s[i1].Event.Y, e.X, e.Y, o.DoubleClickSlop);
                bool quickClick = pairs.TryGetValue(k, out var second) && second.Quick;
                return inTime && inPlace && quickClick ? k : null;
            }

            if (e.Kind is EventKind.KeyDown or EventKind.Scroll or EventKind.Focus or EventKind.Lock || IsButtonEvent(s[k], EventKind.ButtonDown))
            {
                return null;
            }
        }

        return null;
    }

    private static void Scrolls(string device, List<FedEvent> s, Options o, string?[] appAt, List<InteractionAction> actions)
    {
        int first = -1;
        int last = -1;
        long dx = 0;
        long dy = 0;
        for (int i = 0; i <= s.Count; i++)
        {
            bool end = i == s.Count;
            bool scroll = !end && s[i].Event.Kind == EventKind.Scroll;
            bool breaks = !end && (s[i].Event.Kind is EventKind.KeyDown or EventKind.Focus or EventKind.Lock || IsButtonEvent(s[i], EventKind.ButtonDown));
            if (first >= 0 && (end || breaks || (scroll && T(s[i]) > T(s[last]) + o.ScrollGap)))
            {
                actions.Add(WithPath(new InteractionAction
                {
                    SessionId = Sid(s[first]),
                    Device = device,
                    Kind = ActionKind.Scroll,
                    StartMicros = T(s[first]),
                    EndMicros = T(s[last]),
                    X = s[first].Event.X,
                    Y = s[first].Event.Y,
                    Nx = Norm(s[first].Event.X, s[first].Width),
                    Ny = Norm(s[first].Event.Y, s[first].Height),
                    EndX = s[last].Event.X,
                    EndY = s[last].Event.Y,
                    EndNx = Norm(s[last].Event.X, s[last].Width),
                    EndNy = Norm(s[last].Event.Y, s[last].Height),
                    Dx = (int)Math.Clamp(dx, int.MinValue, int.MaxValue),
                    Dy = (int)Math.Clamp(dy, int.MinValue, int.MaxValue),
                    App = appAt[first],
                    SeqFirst = s[first].Event.Seq,
                    SeqLast = s[last].Event.Seq,
                }, s, first, o));
                first = -1;
            }

            if (scroll)
            {
                if (first < 0)
                {
                    first = i;
                    dx = 0;
                    dy = 0;
                }

                last = i;
                dx += s[i].Event.Dx;
                dy += s[i].Event.Dy;
            }
        }
    }

    private static void Keys(string device, List<FedEvent> s, Options o, string?[] appAt, List<InteractionAction> actions)
    {
        // One pass: the open run (typing or hotkey) and the number of modifiers held.
        ActionKind? open = null;
        var presses = new List<int>();
        long lastKeyEvent = 0;
        int lastIndex = 0;
        int held = 0;

        void Close()
        {
            if (open is null)
            {
                return;
            }

            int first = presses[0];
            int lastPress = presses[^1];
            int end = open == ActionKind.Type ? lastPress : lastIndex;
            actions.Add(new InteractionAction
            {
                SessionId = Sid(s[first]),
                Device = device,
                Kind = open.Value,
                StartMicros = T(s[first]),
                EndMicros = T(s[end]),
                KeyCount = presses.Count,
                KeyClasses = presses.Select(p => s[p].Event.KeyClass).ToArray(),
                InterKeyMs = presses.Skip(1).Select((p, k) => (int)((T(s[p]) - T(s[presses[k]])) / 1000)).ToArray(),
                App = appAt[first],
                SeqFirst = s[first].Event.Seq,
                SeqLast = s[end].Event.Seq,
            });
            open = null;
            presses.Clear();
        }

        for (int i = 0; i < s.Count; i++)
        {
            InteractionEvent e = s[i].Event;
            if (open == ActionKind.Type && e.TimeMicros > T(s[presses[^1]]) + o.TypeGap)
            {
                Close();
            }

            if (open == ActionKind.Hotkey && e.TimeMicros > lastKeyEvent + o.HotkeyIdle)
            {
                Close();
                held = 0;
            }

            if (e.Kind is EventKind.Focus or EventKind.Lock)
            {
                Close();
                held = 0;
            }
            else if (IsButtonEvent(s[i], EventKind.ButtonDown) && open == ActionKind.Type)
            {
                Close();
            }
            else if (e.Kind == EventKind.KeyDown)
            {
                ActionKind kind = e.KeyClass == KeyClass.Modifier || held > 0 ? ActionKind.Hotkey : ActionKind.Type;
                if (open != kind || presses.Count == o.MaxKeys)
                {
                    Close();
                    open = kind;
                }

                presses.Add(i);
                lastKeyEvent = e.TimeMicros;
                lastIndex = i;
                held += e.KeyClass == KeyClass.Modifier ? 1 : 0;
            }
            else if (e.Kind == EventKind.KeyUp)
            {
                if (open == ActionKind.Hotkey)
                {
                    lastKeyEvent = e.TimeMicros;
                    lastIndex = i;
                }

                if (e.KeyClass == KeyClass.Modifier && held > 0)
                {
                    held--;
                    if (held == 0 && open == ActionKind.Hotkey)
                    {
                        Close();
                    }
                }
            }
        }

        Close();
    }

    /// <summary>The moves since the previous button, wheel or lock event before index <paramref name="at"/>: the latest window of them, thinned.</summary>
    private static InteractionAction WithPath(InteractionAction action, List<FedEvent> s, int at, Options o)
    {
        var moves = new List<InteractionEvent>();
        for (int k = at - 1; k >= 0; k--)
        {
            InteractionEvent e = s[k].Event;
            if (e.Kind is EventKind.Scroll or EventKind.Lock || IsButtonEvent(s[k], EventKind.ButtonDown) || IsButtonEvent(s[k], EventKind.ButtonUp))
            {
                break;
            }

            if (e.Kind == EventKind.Move)
            {
                moves.Insert(0, e);
            }
        }

        if (moves.Count > o.Window)
        {
            moves = moves.GetRange(moves.Count - o.Window, o.Window);
        }

        if (moves.Count == 0)
        {
            return action;
        }

        double tolerance = o.Tolerance;
        List<InteractionEvent> kept = Rdp(moves, tolerance);
        while (kept.Count > o.MaxPoints)
        {
            tolerance = tolerance > 0 ? tolerance * 2 : 1;
            kept = Rdp(moves, tolerance);
        }

        long t0 = moves[0].TimeMicros;
        return action with
        {
            PreMoveMs = (int)((T(s[at]) - t0) / 1000),
            PreMovePath = kept.Select(m => new PathPoint(m.X, m.Y, (int)((m.TimeMicros - t0) / 1000))).ToArray(),
        };
    }

    /// <summary>Textbook recursive Ramer–Douglas–Peucker with the distance to the segment.</summary>
    internal static List<InteractionEvent> Rdp(List<InteractionEvent> points, double tolerance)
    {
        if (points.Count <= 2)
        {
            return [.. points];
        }

        InteractionEvent a = points[0];
        InteractionEvent b = points[^1];
        int farthest = -1;
        double distance = tolerance * tolerance;
        for (int i = 1; i < points.Count - 1; i++)
        {
            double d = PathThinning.SquaredDistanceToSegment(a.X, a.Y, b.X, b.Y, points[i].X, points[i].Y);
            if (d > distance)
            {
                distance = d;
                farthest = i;
            }
        }

        if (farthest < 0)
        {
            return [a, b];
        }

        List<InteractionEvent> left = Rdp(points.GetRange(0, farthest + 1), tolerance);
        List<InteractionEvent> right = Rdp(points.GetRange(farthest, points.Count - farthest), tolerance);
        return [.. left, .. right.Skip(1)];
    }

    private static bool IsButtonEvent(FedEvent f, EventKind kind) =>
        f.Event.Kind == kind && f.Event.Button is >= MouseButton.Left and <= MouseButton.Forward;

    private static bool HasPosition(FedEvent f) =>
        f.Event.Kind is EventKind.Move or EventKind.Scroll || IsButtonEvent(f, EventKind.ButtonDown) || IsButtonEvent(f, EventKind.ButtonUp);

    private static long T(FedEvent f) => f.Event.TimeMicros;

    private static string Sid(FedEvent f) => f.Event.SessionId ?? "";

    private static double? Norm(int value, int size) => size > 0 ? Math.Clamp(value / (double)size, 0, 1) : null;

    private sealed class Options(ActionOptions options, TimeSpan gap)
    {
        public long ClickTime { get; } = Micros(options.ClickTime);
        public int ClickSlop { get; } = options.ClickSlop;
        public long DoubleClickTime { get; } = Micros(options.DoubleClickTime);
        public int DoubleClickSlop { get; } = options.DoubleClickSlop;
        public long DragHold { get; } = Micros(options.DragHoldTime);
        public long MaxHold { get; } = Micros(options.MaxHold);
        public long ScrollGap { get; } = Micros(options.ScrollGap);
        public long TypeGap { get; } = Micros(options.TypeGap);
        public long HotkeyIdle { get; } = Micros(options.HotkeyIdle);
        public int MaxKeys { get; } = options.MaxKeysPerAction;
        public double Tolerance { get; } = options.PathTolerance;
        public int MaxPoints { get; } = options.MaxPathPoints;
        public int Window { get; } = options.PathWindow;
        public long Gap { get; } = Micros(gap);

        private static long Micros(TimeSpan span) => span.Ticks / 10;
    }
}
