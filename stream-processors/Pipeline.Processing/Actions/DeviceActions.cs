using Pipeline.Schemas.Model;

namespace Pipeline.Processing.Actions;

/// <summary>
/// The action rules for one device, over its events in sequence order (see <see cref="ActionReducer"/> for the rules
/// themselves). Holds what is pending: presses not yet released, a quick left click that may become a double click,
/// the open scroll run, the open typing run or hotkey, the raw pointer path, and decided actions waiting for an
/// earlier-starting one so that a device's actions leave in the order they started. Not thread-safe.
/// </summary>
internal sealed class DeviceActions
{
    private const int ButtonSlots = (int)MouseButton.Forward + 1;
    private const byte NoKeys = 0;
    private const byte TypeKeys = 1;
    private const byte HotkeyKeys = 2;

    private readonly ActionSettings _settings;
    private readonly PointerPath _path;
    private readonly PendingPress[] _presses = new PendingPress[ButtonSlots];
    private readonly List<InteractionAction> _queue = [];
    private KeyClass[] _keyClasses;
    private int[] _keyGaps;
    private KeyRun _keys;
    private ScrollRun _scroll;
    private int _held;
    private InteractionAction? _awaiting;
    private bool _started;

    public DeviceActions(string device, ActionSettings settings)
    {
        Device = device;
        _settings = settings;
        _path = new PointerPath(settings.PathWindow);
        _keyClasses = new KeyClass[Math.Min(settings.MaxKeys, 16)];
        _keyGaps = new int[_keyClasses.Length];
    }

    /// <summary>The device pseudonym.</summary>
    public string Device { get; }

    /// <summary>The sequence number of the last event applied; events at or below it are repeats.</summary>
    public long LastSeq { get; private set; }

    /// <summary>The time of the last event applied (times are clamped so they never go back on a device).</summary>
    public long LastTime { get; private set; }

    /// <summary>The session the last event was assigned to: the device's pending state belongs to it.</summary>
    public string LastSessionId { get; private set; } = "";

    /// <summary>The focused application, from the last focus event.</summary>
    public string? App { get; private set; }

    /// <summary>Modifiers pressed and not released (key classes cannot tell two modifiers apart, so a count).</summary>
    public int ModifiersHeld { get; private set; }

    private bool CandidateHeld => _presses[(int)MouseButton.Left].Active && _presses[(int)MouseButton.Left].Candidate;

    /// <summary>
    /// Applies one event (geometry of its batch); false when it is a repeat (sequence number not above the last).
    /// Actions that can leave are appended to <paramref name="output"/>.
    /// </summary>
    public bool Apply(ref readonly InteractionEvent e, int width, int height, List<InteractionAction> output)
    {
        if (_started && e.Seq <= LastSeq)
        {
            return false;
        }

        long t = e.TimeMicros;
        if (_started)
        {
            if (t < LastTime)
            {
                // A device clock stepping back (NTP): keep its actions in order; the step is within the grace period.
                t = LastTime;
            }

            if (t > LastTime + _settings.SessionGap)
            {
                // Longer than a session gap on this device: its next session. Nothing carries over, not even the
                // application, just as when the session's close forgets the device first (which of the two comes
                // first depends on other devices' timing, so both must give the same actions).
                CloseAll();
                App = null;
            }
        }

        AdvanceTo(t);
        _started = true;
        LastSeq = e.Seq;
        LastTime = t;
        if (!ReferenceEquals(LastSessionId, e.SessionId))
        {
            // Decoders intern session ids, so this is one comparison per event, not a store.
            LastSessionId = e.SessionId ?? "";
        }

        string session = LastSessionId;
        switch (e.Kind)
        {
            case EventKind.Move:
                Travel(e.X, e.Y);
                _path.Add(t, e.X, e.Y);
                break;
            case EventKind.ButtonDown:
                if (IsButton(e.Button))
                {
                    Press(e.Button, e.X, e.Y, width, height, t, e.Seq, session);
                }

                break;
            case EventKind.ButtonUp:
                if (IsButton(e.Button))
                {
                    Release(e.Button, e.X, e.Y, width, height, t, e.Seq, session);
                }

                break;
            case EventKind.Scroll:
                Scroll(e.X, e.Y, e.Dx, e.Dy, width, height, t, e.Seq, session);
                break;
            case EventKind.KeyDown:
                KeyDown(e.KeyClass, t, e.Seq, session);
                break;
            case EventKind.KeyUp:
                KeyUp(e.KeyClass, t, e.Seq);
                break;
            case EventKind.Focus:
                Focus(e.App, t, e.Seq, session);
                break;
            case EventKind.Lock:
                // The screen locked: whatever was under way is over, and keys or buttons released meanwhile are not seen.
                CloseAll();
                break;
        }

        Flush(output);
        return true;
    }

    /// <summary>Decides what time alone decides once no event of this device can come before <paramref name="horizon"/>.</summary>
    public void Advance(long horizon, List<InteractionAction> output)
    {
        AdvanceTo(horizon);
        Flush(output);
    }

    /// <summary>Closes everything pending (session end) and lets every decided action leave.</summary>
    public void Close(List<InteractionAction> output)
    {
        CloseAll();
        Flush(output);
    }

    private static bool IsButton(MouseButton button) => button is >= MouseButton.Left and <= MouseButton.Forward;

    private void AdvanceTo(long h)
    {
        if (_keys.Kind == TypeKeys && h > _keys.LastPress + _settings.TypeGap)
        {
            CloseKeys();
        }
        else if (_keys.Kind == HotkeyKeys && h > _keys.LastKeyEvent + _settings.HotkeyIdle)
        {
            CloseKeys();
            ModifiersHeld = 0;
        }

        if (_scroll.Active && h > _scroll.Last + _settings.ScrollGap)
        {
            CloseScroll();
        }

        if (_held > 0)
        {
            for (int b = 1; b < ButtonSlots; b++)
            {
                if (_presses[b].Active && h > _presses[b].Time + _settings.MaxHold)
                {
                    CloseUnreleased(b);
                }
            }
        }

        if (_awaiting is not null && !CandidateHeld && h > _awaiting.StartMicros + _settings.DoubleClickTime)
        {
            EmitAwaiting();
        }
    }

    private void CloseAll()
    {
        if (_held > 0)
        {
            for (int b = 1; b < ButtonSlots; b++)
            {
                if (_presses[b].Active)
                {
                    CloseUnreleased(b);
                }
            }
        }

        if (_awaiting is not null)
        {
            EmitAwaiting();
        }

        if (_keys.Kind != NoKeys)
        {
            CloseKeys();
        }

        ModifiersHeld = 0;
        if (_scroll.Active)
        {
            CloseScroll();
        }

        _path.Clear();
    }

    /// <summary>A position seen while buttons are held: does it take the pointer beyond a press's slop?</summary>
    private void Travel(int x, int y)
    {
        if (_held == 0)
        {
            return;
        }

        for (int b = 1; b < ButtonSlots; b++)
        {
            ref PendingPress p = ref _presses[b];
            if (p.Active && !p.Traveled && Beyond(p.X, p.Y, x, y, _settings.ClickSlop))
            {
                p.Traveled = true;
            }
        }
    }

    /// <summary>Whether (x, y) is farther than <paramref name="slop"/> from (px, py), exactly, without overflow.</summary>
    internal static bool Beyond(int px, int py, int x, int y, int slop)
    {
        long dx = (long)x - px;
        long dy = (long)y - py;
        if (dx > slop || dx < -slop || dy > slop || dy < -slop)
        {
            return true;
        }

        return (dx * dx) + (dy * dy) > (long)slop * slop;
    }

    /// <summary>A quick left click is waiting for its second: any other input in between makes it a single click.</summary>
    private void BreakPairing()
    {
        if (_awaiting is not null && !CandidateHeld)
        {
            EmitAwaiting();
        }
    }

    private void Press(MouseButton button, int x, int y, int width, int height, long t, long seq, string session)
    {
        Travel(x, y);
        if (_keys.Kind == TypeKeys)
        {
            CloseKeys();
        }

        if (_scroll.Active)
        {
            CloseScroll();
        }

        int b = (int)button;
        if (_presses[b].Active)
        {
            // Pressed again without a release in between: the release was not recorded.
            CloseUnreleased(b);
        }

        bool candidate = false;
        if (_awaiting is not null && !CandidateHeld)
        {
            candidate = button == MouseButton.Left && t <= _awaiting.StartMicros + _settings.DoubleClickTime
                && !Beyond(_awaiting.X!.Value, _awaiting.Y!.Value, x, y, _settings.DoubleClickSlop);
            if (!candidate)
            {
                EmitAwaiting();
            }
        }

        PathPoint[] path = _path.Take(t, _settings, out int preMoveMs);
        _presses[b] = new PendingPress
        {
            Active = true,
            Candidate = candidate,
            Seq = seq,
            Time = t,
            X = x,
            Y = y,
            Nx = Normalise(x, width),
            Ny = Normalise(y, height),
            App = App,
            Session = session,
            Path = path,
            PreMoveMs = preMoveMs,
        };
        _held++;
    }

    private void Release(MouseButton button, int x, int y, int width, int height, long t, long seq, string session)
    {
        Travel(x, y);
        int b = (int)button;
        if (!_presses[b].Active)
        {
            // The press was not recorded (before consent, in another application, before the agent started).
            PathPoint[] orphanPath = _path.Take(t, _settings, out int orphanPreMove);
            Enqueue(new InteractionAction
            {
                SessionId = session,
                Device = Device,
                Kind = ActionKind.MouseUp,
                StartMicros = t,
                EndMicros = t,
                X = x,
                Y = y,
                Nx = Nullable(Normalise(x, width)),
                Ny = Nullable(Normalise(y, height)),
                Button = button,
                App = App,
                PreMoveMs = orphanPreMove,
                PreMovePath = orphanPath,
                SeqFirst = seq,
                SeqLast = seq,
            });
            return;
        }

        PendingPress p = _presses[b];
        _presses[b] = default;
        _held--;
        _path.Clear();
        bool drag = Beyond(p.X, p.Y, x, y, _settings.ClickSlop) || (t > p.Time + _settings.DragHoldTime && p.Traveled);
        bool quick = !drag && t <= p.Time + _settings.ClickTime;
        double? endNx = Nullable(Normalise(x, width));
        double? endNy = Nullable(Normalise(y, height));
        if (p.Candidate)
        {
            InteractionAction first = _awaiting!;
            _awaiting = null;
            if (quick)
            {
                Enqueue(first with { Kind = ActionKind.DoubleClick, EndMicros = t, EndX = x, EndY = y, EndNx = endNx, EndNy = endNy, SeqLast = seq });
                return;
            }

            Enqueue(first);
        }

        var action = new InteractionAction
        {
            SessionId = p.Session!,
            Device = Device,
            Kind = drag ? ActionKind.Drag : ClickOf(button),
            StartMicros = p.Time,
            EndMicros = t,
            X = p.X,
            Y = p.Y,
            Nx = Nullable(p.Nx),
            Ny = Nullable(p.Ny),
            EndX = x,
            EndY = y,
            EndNx = endNx,
            EndNy = endNy,
            Button = button,
            App = p.App,
            PreMoveMs = p.PreMoveMs,
            PreMovePath = p.Path!,
            SeqFirst = p.Seq,
            SeqLast = seq,
        };
        if (quick && button == MouseButton.Left)
        {
            _awaiting = action;
        }
        else
        {
            Enqueue(action);
        }
    }

    private static ActionKind ClickOf(MouseButton button) => button switch
    {
        MouseButton.Right => ActionKind.RightClick,
        MouseButton.Middle => ActionKind.MiddleClick,
        _ => ActionKind.Click,
    };

    private void CloseUnreleased(int b)
    {
        PendingPress p = _presses[b];
        _presses[b] = default;
        _held--;
        if (p.Candidate)
        {
            EmitAwaiting();
        }

        Enqueue(new InteractionAction
        {
            SessionId = p.Session!,
            Device = Device,
            Kind = ActionKind.MouseDown,
            StartMicros = p.Time,
            EndMicros = p.Time,
            X = p.X,
            Y = p.Y,
            Nx = Nullable(p.Nx),
            Ny = Nullable(p.Ny),
            Button = (MouseButton)b,
            App = p.App,
            PreMoveMs = p.PreMoveMs,
            PreMovePath = p.Path!,
            SeqFirst = p.Seq,
            SeqLast = p.Seq,
        });
    }

    private void EmitAwaiting()
    {
        Enqueue(_awaiting!);
        _awaiting = null;
    }

    private void Scroll(int x, int y, int dx, int dy, int width, int height, long t, long seq, string session)
    {
        Travel(x, y);
        BreakPairing();
        double nx = Normalise(x, width);
        double ny = Normalise(y, height);
        if (_scroll.Active)
        {
            // Still open (AdvanceTo closed it if the gap was exceeded): one more notch of the run.
            _scroll.Dx += dx;
            _scroll.Dy += dy;
            _scroll.Last = t;
            _scroll.SeqLast = seq;
            _scroll.EndX = x;
            _scroll.EndY = y;
            _scroll.EndNx = nx;
            _scroll.EndNy = ny;
            _path.Clear();
            return;
        }

        PathPoint[] path = _path.Take(t, _settings, out int preMoveMs);
        _scroll = new ScrollRun
        {
            Active = true,
            SeqFirst = seq,
            SeqLast = seq,
            Start = t,
            Last = t,
            X = x,
            Y = y,
            Nx = nx,
            Ny = ny,
            EndX = x,
            EndY = y,
            EndNx = nx,
            EndNy = ny,
            Dx = dx,
            Dy = dy,
            App = App,
            Session = session,
            Path = path,
            PreMoveMs = preMoveMs,
        };
    }

    private void CloseScroll()
    {
        ScrollRun s = _scroll;
        _scroll = default;
        Enqueue(new InteractionAction
        {
            SessionId = s.Session!,
            Device = Device,
            Kind = ActionKind.Scroll,
            StartMicros = s.Start,
            EndMicros = s.Last,
            X = s.X,
            Y = s.Y,
            Nx = Nullable(s.Nx),
            Ny = Nullable(s.Ny),
            EndX = s.EndX,
            EndY = s.EndY,
            EndNx = Nullable(s.EndNx),
            EndNy = Nullable(s.EndNy),
            Dx = (int)Math.Clamp(s.Dx, int.MinValue, int.MaxValue),
            Dy = (int)Math.Clamp(s.Dy, int.MinValue, int.MaxValue),
            App = s.App,
            PreMoveMs = s.PreMoveMs,
            PreMovePath = s.Path!,
            SeqFirst = s.SeqFirst,
            SeqLast = s.SeqLast,
        });
    }

    private void KeyDown(KeyClass keyClass, long t, long seq, string session)
    {
        BreakPairing();
        if (_scroll.Active)
        {
            CloseScroll();
        }

        if (keyClass == KeyClass.Modifier || ModifiersHeld > 0)
        {
            // A modifier starts or joins a hotkey (ending a typing run); any key while one is held joins it.
            if (_keys.Kind == TypeKeys)
            {
                CloseKeys();
            }

            if (_keys.Kind == HotkeyKeys && _keys.Count < _settings.MaxKeys)
            {
                AppendKey(keyClass, t, seq);
            }
            else
            {
                if (_keys.Kind == HotkeyKeys)
                {
                    CloseKeys();
                }

                OpenKeys(HotkeyKeys, keyClass, t, seq, session);
            }

            if (keyClass == KeyClass.Modifier)
            {
                ModifiersHeld++;
            }

            return;
        }

        if (_keys.Kind == TypeKeys && _keys.Count < _settings.MaxKeys)
        {
            AppendKey(keyClass, t, seq);
            return;
        }

        if (_keys.Kind != NoKeys)
        {
            CloseKeys();
        }

        OpenKeys(TypeKeys, keyClass, t, seq, session);
    }

    private void KeyUp(KeyClass keyClass, long t, long seq)
    {
        if (_keys.Kind == HotkeyKeys)
        {
            _keys.LastKeyEvent = t;
            _keys.End = t;
            _keys.SeqLast = seq;
        }

        if (keyClass == KeyClass.Modifier && ModifiersHeld > 0)
        {
            ModifiersHeld--;
            if (ModifiersHeld == 0 && _keys.Kind == HotkeyKeys)
            {
                CloseKeys();
            }
        }
    }

    private void Focus(string? app, long t, long seq, string session)
    {
        BreakPairing();
        if (_keys.Kind != NoKeys)
        {
            CloseKeys();
        }

        // Keys released in an application whose input is not recorded are never seen: forget what was held.
        ModifiersHeld = 0;
        if (_scroll.Active)
        {
            CloseScroll();
        }

        App = app;
        Enqueue(new InteractionAction
        {
            SessionId = session,
            Device = Device,
            Kind = ActionKind.Focus,
            StartMicros = t,
            EndMicros = t,
            App = app,
            SeqFirst = seq,
            SeqLast = seq,
        });
    }

    private void OpenKeys(byte kind, KeyClass keyClass, long t, long seq, string session)
    {
        _keys = new KeyRun
        {
            Kind = kind,
            SeqFirst = seq,
            SeqLast = seq,
            Start = t,
            LastPress = t,
            LastKeyEvent = t,
            End = t,
            App = App,
            Session = session,
            Count = 1,
        };
        _keyClasses[0] = keyClass;
    }

    private void AppendKey(KeyClass keyClass, long t, long seq)
    {
        int n = _keys.Count;
        if (n == _keyClasses.Length)
        {
            Array.Resize(ref _keyClasses, Math.Min(n * 2, Math.Max(_settings.MaxKeys, n + 1)));
            Array.Resize(ref _keyGaps, _keyClasses.Length);
        }

        _keyClasses[n] = keyClass;
        _keyGaps[n - 1] = PointerPath.Millis(t - _keys.LastPress);
        _keys.Count = n + 1;
        _keys.LastPress = t;
        _keys.LastKeyEvent = t;
        _keys.End = t;
        _keys.SeqLast = seq;
    }

    private void CloseKeys()
    {
        KeyRun k = _keys;
        _keys = default;
        Enqueue(new InteractionAction
        {
            SessionId = k.Session!,
            Device = Device,
            Kind = k.Kind == TypeKeys ? ActionKind.Type : ActionKind.Hotkey,
            StartMicros = k.Start,
            EndMicros = k.End,
            KeyCount = k.Count,
            KeyClasses = _keyClasses.AsSpan(0, k.Count).ToArray(),
            InterKeyMs = _keyGaps.AsSpan(0, k.Count - 1).ToArray(),
            App = k.App,
            SeqFirst = k.SeqFirst,
            SeqLast = k.SeqLast,
        });
    }

    private static double Normalise(int value, int size) => size > 0 ? Math.Clamp(value / (double)size, 0, 1) : double.NaN;

    private static double? Nullable(double value) => double.IsNaN(value) ? null : value;

    /// <summary>Decided actions wait here, in start order (sequence order on a device), while an earlier one is open.</summary>
    private void Enqueue(InteractionAction action)
    {
        int at = _queue.Count;
        while (at > 0 && _queue[at - 1].SeqFirst > action.SeqFirst)
        {
            at--;
        }

        _queue.Insert(at, action);
    }

    /// <summary>Lets leave every decided action that starts before the earliest one still open.</summary>
    private void Flush(List<InteractionAction> output)
    {
        if (_queue.Count == 0)
        {
            return;
        }

        long open = long.MaxValue;
        if (_keys.Kind != NoKeys)
        {
            open = _keys.SeqFirst;
        }

        if (_scroll.Active && _scroll.SeqFirst < open)
        {
            open = _scroll.SeqFirst;
        }

        if (_awaiting is not null && _awaiting.SeqFirst < open)
        {
            open = _awaiting.SeqFirst;
        }

        if (_held > 0)
        {
            for (int b = 1; b < ButtonSlots; b++)
            {
                if (_presses[b].Active && _presses[b].Seq < open)
                {
                    open = _presses[b].Seq;
                }
            }
        }

        int n = 0;
        while (n < _queue.Count && _queue[n].SeqFirst < open)
        {
            output.Add(_queue[n]);
            n++;
        }

        if (n > 0)
        {
            _queue.RemoveRange(0, n);
        }
    }

    /// <summary>Writes the device's pending state (the changelog value's part for this device).</summary>
    public void Write(ref ActionStateWriter w)
    {
        w.String(Device);
        w.Long(LastSeq);
        w.Long(LastTime);
        w.String(LastSessionId);
        w.OptionalString(App);
        w.Int(ModifiersHeld);
        _path.Write(ref w);
        w.Byte(_keys.Kind);
        if (_keys.Kind != NoKeys)
        {
            w.Long(_keys.SeqFirst);
            w.Long(_keys.SeqLast);
            w.Long(_keys.Start);
            w.Long(_keys.LastPress);
            w.Long(_keys.LastKeyEvent);
            w.Long(_keys.End);
            w.OptionalString(_keys.App);
            w.String(_keys.Session!);
            w.Int(_keys.Count);
            for (int i = 0; i < _keys.Count; i++)
            {
                w.Byte((byte)_keyClasses[i]);
            }

            for (int i = 0; i < _keys.Count - 1; i++)
            {
                w.Int(_keyGaps[i]);
            }
        }

        w.Bool(_scroll.Active);
        if (_scroll.Active)
        {
            w.Long(_scroll.SeqFirst);
            w.Long(_scroll.SeqLast);
            w.Long(_scroll.Start);
            w.Long(_scroll.Last);
            w.Int(_scroll.X);
            w.Int(_scroll.Y);
            w.Double(_scroll.Nx);
            w.Double(_scroll.Ny);
            w.Int(_scroll.EndX);
            w.Int(_scroll.EndY);
            w.Double(_scroll.EndNx);
            w.Double(_scroll.EndNy);
            w.Long(_scroll.Dx);
            w.Long(_scroll.Dy);
            w.OptionalString(_scroll.App);
            w.String(_scroll.Session!);
            WritePoints(ref w, _scroll.Path!);
            w.Int(_scroll.PreMoveMs);
        }

        int mask = 0;
        for (int b = 1; b < ButtonSlots; b++)
        {
            mask |= _presses[b].Active ? 1 << b : 0;
        }

        w.Byte((byte)mask);
        for (int b = 1; b < ButtonSlots; b++)
        {
            ref PendingPress p = ref _presses[b];
            if (!p.Active)
            {
                continue;
            }

            w.Long(p.Seq);
            w.Long(p.Time);
            w.Int(p.X);
            w.Int(p.Y);
            w.Double(p.Nx);
            w.Double(p.Ny);
            w.OptionalString(p.App);
            w.String(p.Session!);
            WritePoints(ref w, p.Path!);
            w.Int(p.PreMoveMs);
            w.Byte((byte)((p.Traveled ? 1 : 0) | (p.Candidate ? 2 : 0)));
        }

        w.Bool(_awaiting is not null);
        if (_awaiting is not null)
        {
            WriteAction(ref w, _awaiting);
        }

        w.Int(_queue.Count);
        foreach (InteractionAction action in _queue)
        {
            WriteAction(ref w, action);
        }
    }

    /// <summary>Reads a device written by <see cref="Write"/>.</summary>
    public static DeviceActions Read(ref ActionStateReader r, ActionSettings settings)
    {
        var d = new DeviceActions(r.String(), settings)
        {
            _started = true,
            LastSeq = r.Long(),
            LastTime = r.Long(),
            LastSessionId = r.String(),
            App = r.OptionalString(),
            ModifiersHeld = r.Int(),
        };
        d._path.Read(ref r);
        byte kind = r.Byte();
        if (kind > HotkeyKeys)
        {
            throw new InvalidDataException("action state has an unknown key run kind");
        }

        if (kind != NoKeys)
        {
            d._keys = new KeyRun
            {
                Kind = kind,
                SeqFirst = r.Long(),
                SeqLast = r.Long(),
                Start = r.Long(),
                LastPress = r.Long(),
                LastKeyEvent = r.Long(),
                End = r.Long(),
                App = r.OptionalString(),
                Session = r.String(),
                Count = r.Count(1),
            };
            if (d._keys.Count == 0)
            {
                throw new InvalidDataException("action state has an empty key run");
            }

            d._keyClasses = new KeyClass[Math.Max(d._keys.Count, d._keyClasses.Length)];
            d._keyGaps = new int[d._keyClasses.Length];
            for (int i = 0; i < d._keys.Count; i++)
            {
                d._keyClasses[i] = ReadKeyClass(ref r);
            }

            for (int i = 0; i < d._keys.Count - 1; i++)
            {
                d._keyGaps[i] = r.Int();
            }
        }

        if (r.Bool())
        {
            d._scroll = new ScrollRun
            {
                Active = true,
                SeqFirst = r.Long(),
                SeqLast = r.Long(),
                Start = r.Long(),
                Last = r.Long(),
                X = r.Int(),
                Y = r.Int(),
                Nx = r.Double(),
                Ny = r.Double(),
                EndX = r.Int(),
                EndY = r.Int(),
                EndNx = r.Double(),
                EndNy = r.Double(),
                Dx = r.Long(),
                Dy = r.Long(),
                App = r.OptionalString(),
                Session = r.String(),
                Path = ReadPoints(ref r),
                PreMoveMs = r.Int(),
            };
        }

        int mask = r.Byte();
        if ((mask & ~0b111110) != 0)
        {
            throw new InvalidDataException("action state has an unknown button");
        }

        for (int b = 1; b < ButtonSlots; b++)
        {
            if ((mask & (1 << b)) == 0)
            {
                continue;
            }

            d._presses[b] = new PendingPress
            {
                Active = true,
                Seq = r.Long(),
                Time = r.Long(),
                X = r.Int(),
                Y = r.Int(),
                Nx = r.Double(),
                Ny = r.Double(),
                App = r.OptionalString(),
                Session = r.String(),
                Path = ReadPoints(ref r),
                PreMoveMs = r.Int(),
            };
            byte flags = r.Byte();
            d._presses[b].Traveled = (flags & 1) != 0;
            d._presses[b].Candidate = (flags & 2) != 0;
            d._held++;
        }

        if (r.Bool())
        {
            d._awaiting = ReadAction(ref r, d.Device);
        }

        if (d.CandidateHeld && d._awaiting is null)
        {
            throw new InvalidDataException("action state has a second click without a first");
        }

        int queued = r.Count(1);
        for (int i = 0; i < queued; i++)
        {
            d._queue.Add(ReadAction(ref r, d.Device));
        }

        return d;
    }

    private static KeyClass ReadKeyClass(ref ActionStateReader r)
    {
        byte value = r.Byte();
        return value <= (byte)KeyClass.Other ? (KeyClass)value : throw new InvalidDataException("action state has an unknown key class");
    }

    private static void WritePoints(ref ActionStateWriter w, PathPoint[] points)
    {
        w.Int(points.Length);
        foreach (PathPoint p in points)
        {
            w.Int(p.X);
            w.Int(p.Y);
            w.Int(p.OffsetMs);
        }
    }

    private static PathPoint[] ReadPoints(ref ActionStateReader r)
    {
        int n = r.Count(3);
        if (n == 0)
        {
            return [];
        }

        var points = new PathPoint[n];
        for (int i = 0; i < n; i++)
        {
            points[i] = new PathPoint(r.Int(), r.Int(), r.Int());
        }

        return points;
    }

    private static void WriteAction(ref ActionStateWriter w, InteractionAction a)
    {
        w.Byte((byte)a.Kind);
        w.String(a.SessionId);
        w.Long(a.StartMicros);
        w.Long(a.EndMicros);
        int present = (a.X.HasValue ? 1 : 0) | (a.Y.HasValue ? 2 : 0) | (a.Nx.HasValue ? 4 : 0) | (a.Ny.HasValue ? 8 : 0)
            | (a.EndX.HasValue ? 16 : 0) | (a.EndY.HasValue ? 32 : 0) | (a.EndNx.HasValue ? 64 : 0) | (a.EndNy.HasValue ? 128 : 0);
        w.Byte((byte)present);
        if (a.X is { } x)
        {
            w.Int(x);
        }

        if (a.Y is { } y)
        {
            w.Int(y);
        }

        if (a.Nx is { } nx)
        {
            w.Double(nx);
        }

        if (a.Ny is { } ny)
        {
            w.Double(ny);
        }

        if (a.EndX is { } endX)
        {
            w.Int(endX);
        }

        if (a.EndY is { } endY)
        {
            w.Int(endY);
        }

        if (a.EndNx is { } endNx)
        {
            w.Double(endNx);
        }

        if (a.EndNy is { } endNy)
        {
            w.Double(endNy);
        }

        w.Byte((byte)a.Button);
        w.Int(a.Dx);
        w.Int(a.Dy);
        w.Int(a.KeyCount);
        w.Int(a.KeyClasses.Count);
        for (int i = 0; i < a.KeyClasses.Count; i++)
        {
            w.Byte((byte)a.KeyClasses[i]);
        }

        w.Int(a.InterKeyMs.Count);
        for (int i = 0; i < a.InterKeyMs.Count; i++)
        {
            w.Int(a.InterKeyMs[i]);
        }

        w.OptionalString(a.App);
        w.Int(a.PreMoveMs);
        w.Int(a.PreMovePath.Count);
        for (int i = 0; i < a.PreMovePath.Count; i++)
        {
            w.Int(a.PreMovePath[i].X);
            w.Int(a.PreMovePath[i].Y);
            w.Int(a.PreMovePath[i].OffsetMs);
        }

        w.Long(a.SeqFirst);
        w.Long(a.SeqLast);
    }

    private static InteractionAction ReadAction(ref ActionStateReader r, string device)
    {
        byte kind = r.Byte();
        if (kind >= (byte)ActionKind.Other)
        {
            throw new InvalidDataException("action state has an unknown action kind");
        }

        string session = r.String();
        long start = r.Long();
        long end = r.Long();
        int present = r.Byte();
        int? x = (present & 1) != 0 ? r.Int() : null;
        int? y = (present & 2) != 0 ? r.Int() : null;
        double? nx = (present & 4) != 0 ? r.Double() : null;
        double? ny = (present & 8) != 0 ? r.Double() : null;
        int? endX = (present & 16) != 0 ? r.Int() : null;
        int? endY = (present & 32) != 0 ? r.Int() : null;
        double? endNx = (present & 64) != 0 ? r.Double() : null;
        double? endNy = (present & 128) != 0 ? r.Double() : null;
        byte button = r.Byte();
        if (button > (byte)MouseButton.Forward)
        {
            throw new InvalidDataException("action state has an unknown button");
        }

        int dx = r.Int();
        int dy = r.Int();
        int keyCount = r.Int();
        var classes = new KeyClass[r.Count(1)];
        for (int i = 0; i < classes.Length; i++)
        {
            classes[i] = ReadKeyClass(ref r);
        }

        var gaps = new int[r.Count(1)];
        for (int i = 0; i < gaps.Length; i++)
        {
            gaps[i] = r.Int();
        }

        string? app = r.OptionalString();
        int preMoveMs = r.Int();
        PathPoint[] path = ReadPoints(ref r);
        return new InteractionAction
        {
            SessionId = session,
            Device = device,
            Kind = (ActionKind)kind,
            StartMicros = start,
            EndMicros = end,
            X = x,
            Y = y,
            Nx = nx,
            Ny = ny,
            EndX = endX,
            EndY = endY,
            EndNx = endNx,
            EndNy = endNy,
            Button = (MouseButton)button,
            Dx = dx,
            Dy = dy,
            KeyCount = keyCount,
            KeyClasses = classes,
            InterKeyMs = gaps,
            App = app,
            PreMoveMs = preMoveMs,
            PreMovePath = path,
            SeqFirst = r.Long(),
            SeqLast = r.Long(),
        };
    }

    /// <summary>A button pressed and not yet released; its pre-move path was taken at the press.</summary>
    private struct PendingPress
    {
        public bool Active;
        public bool Candidate;
        public bool Traveled;
        public long Seq;
        public long Time;
        public int X;
        public int Y;
        public double Nx;
        public double Ny;
        public string? App;
        public string? Session;
        public PathPoint[]? Path;
        public int PreMoveMs;
    }

    /// <summary>The open typing run or hotkey; the classes and gaps are in the device's reused arrays.</summary>
    private struct KeyRun
    {
        public byte Kind;
        public long SeqFirst;
        public long SeqLast;
        public long Start;
        public long LastPress;
        public long LastKeyEvent;
        public long End;
        public string? App;
        public string? Session;
        public int Count;
    }

    /// <summary>The open scroll run.</summary>
    private struct ScrollRun
    {
        public bool Active;
        public long SeqFirst;
        public long SeqLast;
        public long Start;
        public long Last;
        public int X;
        public int Y;
        public double Nx;
        public double Ny;
        public int EndX;
        public int EndY;
        public double EndNx;
        public double EndNy;
        public long Dx;
        public long Dy;
        public string? App;
        public string? Session;
        public PathPoint[]? Path;
        public int PreMoveMs;
    }
}
