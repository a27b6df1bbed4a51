using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using Pipeline.Schemas.Model;
using static Pipeline.Capture.Sources.X11.XlibNative;

namespace Pipeline.Capture.Sources.X11;

/// <summary>
/// Input from an X display through XInput2 raw events (motion, buttons, wheel, keys) on the root window, so input
/// is seen whichever window has it, without grabbing anything. The pointer position comes from XQueryPointer,
/// once per burst of raw motion; the wheel's buttons 4–7 become scroll notches; a key's keycode becomes a key class
/// inside <see cref="KeyEvent"/> and goes no further. The focused application (WM_CLASS of <c>_NET_ACTIVE_WINDOW</c>,
/// or of the input focus where no window manager sets it, e.g. on Xvfb) is reported as focus changes; titles are
/// read only when asked for. Everything runs on one thread that owns the display connection; <see cref="StopAsync"/>
/// closes it, so a stopped source is not subscribed to anything.
/// </summary>
/// <remarks>
/// The thread sleeps in poll(2) on the X connection and an eventfd that <see cref="StopAsync"/> writes, with no
/// timeout: an idle source wakes for nothing (it used to wake every 100 ms to look for a stop).
/// When the X server goes away (the session ends, the server crashes) poll returns at once with the connection's
/// hang-up; the loop ends and reports it through <see cref="Failure"/>. Xlib's default reaction, exit(1) from inside its
/// I/O error handler, is replaced: the process-wide I/O error handler returns, and this connection's exit handler
/// (<c>XSetIOErrorExitHandler</c>, libX11 1.7 and later) only flags the error, so the agent can seal, sync and drain
/// before it exits. Measured against a killed Xvfb: with the default handlers the agent died at once with exit 1.
/// </remarks>
public sealed unsafe class X11InputSource : IInputSource
{
    private readonly X11Options _options;
    private readonly TimeProvider _time;
    private Thread? _thread;
    private volatile bool _stopping;
    private TaskCompletionSource? _started;
    private volatile Exception? _failure;
    private int _stopFd = -1;

    // Owned by the source thread.
    private nint _display;
    private nuint _root;
    private int _xiOpcode;
    private nuint _activeWindowAtom;
    private nuint _netWmNameAtom;
    private nuint _utf8Atom;
    private nuint _focusWindow = nuint.MaxValue;
    private long _focusCheckedAt;
    private IInteractionSink? _sink;
    private int* _ioError;

    /// <summary>Creates a source for <paramref name="options"/>' display; nothing is opened until <see cref="Start"/>.</summary>
    public X11InputSource(X11Options options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        options.Validate();
        _options = options;
        _time = time;
    }

    /// <inheritdoc/>
    public string Name => "x11";

    /// <inheritdoc/>
    public Exception? Failure => _failure;

    /// <summary>Checks that the display can be opened and has XInput 2.0 or later; returns a reason when not.</summary>
    public static string? Probe(string? display)
    {
        nint d = XOpenDisplay(display);
        if (d == 0)
        {
            return $"cannot open X display {display ?? Environment.GetEnvironmentVariable("DISPLAY") ?? "(none)"}";
        }

        try
        {
            int major = 2, minor = 0;
            return XQueryExtension(d, "XInputExtension", out _, out _, out _) == 0 || XIQueryVersion(d, ref major, ref minor) != 0
                ? "the X server has no XInput 2"
                : null;
        }
        finally
        {
            XCloseDisplay(d);
        }
    }

    /// <inheritdoc/>
    public void Start(IInteractionSink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        if (_thread is not null)
        {
            throw new InvalidOperationException("the source is already running");
        }

        _sink = sink;
        _stopping = false;
        _failure = null;
        _stopFd = eventfd(0, EfdCloexec | EfdNonblock);
        if (_stopFd < 0)
        {
            throw new InvalidOperationException($"eventfd failed (errno {Marshal.GetLastPInvokeError()})");
        }

        _started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _thread = new Thread(Run) { IsBackground = true, Name = "x11-input" };
        _thread.Start();
        // Subscription happens on the source thread; wait for it so input right after Start is not missed.
        try
        {
            _started.Task.GetAwaiter().GetResult();
        }
        catch
        {
            // The thread has ended (it could not open the display): nothing runs, nothing stays open.
            _thread.Join();
            _thread = null;
            close(_stopFd);
            _stopFd = -1;
            throw;
        }
    }

    /// <inheritdoc/>
    public Task StopAsync()
    {
        Thread? thread = _thread;
        if (thread is null)
        {
            return Task.CompletedTask;
        }

        _stopping = true;
        ulong one = 1;
        _ = write(_stopFd, &one, sizeof(ulong));
        thread.Join();
        _thread = null;
        close(_stopFd);
        _stopFd = -1;
        // A failure is reported through Failure, which the agent watches; stopping after it is not a second one.
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => new(StopAsync());

    private void Run()
    {
        try
        {
            Open();
            _started!.TrySetResult();
        }
        catch (Exception ex)
        {
            _started!.TrySetException(ex);
            FreeIoErrorFlag();
            return;
        }

        try
        {
            Loop();
        }
        catch (Exception ex)
        {
            _failure = ex;
        }
        finally
        {
            // On a broken connection Xlib only frees its structures: it sends nothing to a server that is gone.
            XCloseDisplay(_display);
            _display = 0;
            FreeIoErrorFlag();
        }
    }

    private void FreeIoErrorFlag()
    {
        if (_ioError is not null)
        {
            NativeMemory.Free(_ioError);
            _ioError = null;
        }
    }

    /// <summary>Throws when the connection to the X server is gone: Xlib reported an I/O error, or poll(2) a hang-up.</summary>
    private void ThrowIfDisconnected(short revents)
    {
        if (*_ioError != 0 || (revents & (PollHup | PollErr)) != 0)
        {
            throw new IOException($"the X server of display {_options.Display ?? "$DISPLAY"} closed the connection (it exited or the session ended)");
        }
    }

    private void Open()
    {
        // Xlib's default error handler exits the process; a window that vanishes mid-query must not do that.
        XSetErrorHandler(&IgnoreError);
        // Nor may a server that goes away: both fatal I/O hooks return (see remarks); other connections of the
        // process keep Xlib's default exit handler, so only this source's connection survives its server.
        XSetIOErrorHandler(&OnIoError);
        _display = XOpenDisplay(_options.Display);
        if (_display == 0)
        {
            throw new InvalidOperationException($"cannot open X display {_options.Display ?? "$DISPLAY"}");
        }

        _ioError = (int*)NativeMemory.AllocZeroed(sizeof(int));
        XSetIOErrorExitHandler(_display, &OnIoErrorExit, _ioError);

        int major = 2, minor = 0;
        if (XQueryExtension(_display, "XInputExtension", out _xiOpcode, out _, out _) == 0 || XIQueryVersion(_display, ref major, ref minor) != 0)
        {
            XCloseDisplay(_display);
            throw new InvalidOperationException("the X server has no XInput 2");
        }

        _root = XDefaultRootWindow(_display);
        _focusWindow = nuint.MaxValue; // a (re)started source reports the current focus first
        _activeWindowAtom = XInternAtom(_display, "_NET_ACTIVE_WINDOW", 1);
        if (_options.ReadTitles)
        {
            _netWmNameAtom = XInternAtom(_display, "_NET_WM_NAME", 0);
            _utf8Atom = XInternAtom(_display, "UTF8_STRING", 0);
        }

        byte* mask = stackalloc byte[4];
        new Span<byte>(mask, 4).Clear();
        SetBit(mask, XI_RawMotion);
        // Pointer warps (XWarpPointer: some applications, and xdotool's mousemove) make no raw motion, only
        // device motion; it reaches the root window when no client window under the pointer takes it.
        SetBit(mask, XI_Motion);
        SetBit(mask, XI_RawButtonPress);
        SetBit(mask, XI_RawButtonRelease);
        SetBit(mask, XI_RawKeyPress);
        SetBit(mask, XI_RawKeyRelease);
        var masks = new XIEventMask { DeviceId = XIAllMasterDevices, MaskLen = 4, Mask = mask };
        XISelectEvents(_display, _root, &masks, 1);
        XSync(_display, 0);
        int screen = XDefaultScreen(_display);
        _sink!.SetScreen(XDisplayWidth(_display, screen), XDisplayHeight(_display, screen));
        CheckFocus(force: true);
    }

    private static void SetBit(byte* mask, int eventType) => mask[eventType >> 3] |= (byte)(1 << (eventType & 7));

    private void Loop()
    {
        PollFd* fds = stackalloc PollFd[2];
        fds[0] = new PollFd { Fd = XConnectionNumber(_display), Events = PollIn };
        fds[1] = new PollFd { Fd = _stopFd, Events = PollIn };
        XEvent ev;
        while (!_stopping)
        {
            ThrowIfDisconnected(0);
            if (XPending(_display) == 0)
            {
                // Sleep until the server writes, the connection breaks or StopAsync signals.
                fds[0].Revents = 0;
                fds[1].Revents = 0;
                poll(fds, 2, -1);
                if (_stopping)
                {
                    break;
                }

                if (XPending(_display) == 0)
                {
                    ThrowIfDisconnected(fds[0].Revents);
                    continue;
                }
            }

            // Motion is coalesced to one move per wake. A device motion (XI_Motion, what pointer warps and motion over
            // windows that take no XI2 input make) carries the position; raw motion does not, so only when raw motion
            // came after the last device motion is the server asked (XQueryPointer, a round trip) where the pointer is.
            bool moved = false;
            bool positionKnown = false;
            int x = 0, y = 0;
            while (XPending(_display) > 0)
            {
                XNextEvent(_display, &ev);
                if (ev.Type != GenericEvent)
                {
                    continue;
                }

                var cookie = (XGenericEventCookie*)&ev;
                if (cookie->Extension != _xiOpcode || XGetEventData(_display, cookie) == 0)
                {
                    continue;
                }

                try
                {
                    var raw = (XIRawEvent*)cookie->Data;
                    switch (cookie->EvType)
                    {
                        case XI_RawMotion:
                            moved = true;
                            positionKnown = false;
                            break;
                        case XI_Motion:
                            var device = (XIDeviceEvent*)cookie->Data;
                            moved = true;
                            positionKnown = true;
                            x = (int)device->RootX;
                            y = (int)device->RootY;
                            break;
                        case XI_RawButtonPress:
                        case XI_RawButtonRelease:
                            if (moved)
                            {
                                EmitMove(positionKnown, x, y);
                                moved = false;
                            }

                            ButtonEvent(raw->Detail, cookie->EvType == XI_RawButtonPress);
                            break;
                        case XI_RawKeyPress:
                        case XI_RawKeyRelease:
                            KeyEvent(raw->Detail, cookie->EvType == XI_RawKeyPress);
                            break;
                    }
                }
                finally
                {
                    XFreeEventData(_display, cookie);
                }
            }

            if (moved)
            {
                EmitMove(positionKnown, x, y);
            }
        }
    }

    private void EmitMove(bool positionKnown, int x, int y)
    {
        CheckFocus(force: false);
        if (!positionKnown && XQueryPointer(_display, _root, out _, out _, out x, out y, out _, out _, out _) == 0)
        {
            return;
        }

        var e = new InteractionEvent { Kind = EventKind.Move, TimeMicros = Micros.Now(_time), X = x, Y = y };
        _sink!.Accept(in e);
    }

    private void ButtonEvent(int button, bool press)
    {
        CheckFocus(force: true);
        XQueryPointer(_display, _root, out _, out _, out int x, out int y, out _, out _, out _);
        var e = new InteractionEvent { TimeMicros = Micros.Now(_time), X = x, Y = y };
        switch (button)
        {
            case 4 or 5 or 6 or 7:
                if (!press)
                {
                    return; // a wheel notch is one press/release pair: count it once
                }

                e.Kind = EventKind.Scroll;
                e.Dy = button switch { 4 => -1, 5 => 1, _ => 0 };
                e.Dx = button switch { 6 => -1, 7 => 1, _ => 0 };
                break;
            default:
                e.Kind = press ? EventKind.ButtonDown : EventKind.ButtonUp;
                e.Button = button switch
                {
                    1 => MouseButton.Left,
                    2 => MouseButton.Middle,
                    3 => MouseButton.Right,
                    8 => MouseButton.Back,
                    9 => MouseButton.Forward,
                    _ => MouseButton.None,
                };
                if (e.Button == MouseButton.None)
                {
                    return;
                }

                break;
        }

        _sink!.Accept(in e);
    }

    /// <summary>The only place a keycode exists: it becomes a class here and is dropped.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void KeyEvent(int keycode, bool press)
    {
        CheckFocus(force: true);
        KeyClass keyClass = KeysymClassifier.Classify(XkbKeycodeToKeysym(_display, (byte)keycode, 0, 0));
        var e = new InteractionEvent { Kind = press ? EventKind.KeyDown : EventKind.KeyUp, TimeMicros = Micros.Now(_time), KeyClass = keyClass };
        _sink!.Accept(in e);
    }

    private void CheckFocus(bool force)
    {
        long now = _time.GetTimestamp();
        if (!force && _time.GetElapsedTime(_focusCheckedAt, now) < _options.FocusCheckInterval)
        {
            return;
        }

        _focusCheckedAt = now;
        nuint window = ActiveWindow();
        if (window == _focusWindow)
        {
            return;
        }

        _focusWindow = window;
        string? app = null;
        string? title = null;
        nuint named = FindClassWindow(window, out app);
        if (app is not null && _options.ReadTitles)
        {
            title = ReadTitle(named);
        }

        // An unnamed focus (root, none) is still a change: the gate then records nothing until a named app has focus.
        var e = new InteractionEvent { Kind = EventKind.Focus, TimeMicros = Micros.Now(_time), App = app ?? "", Title = title };
        _sink!.Accept(in e);
    }

    private nuint ActiveWindow()
    {
        if (_activeWindowAtom != 0
            && XGetWindowProperty(_display, _root, _activeWindowAtom, 0, 1, 0, XA_WINDOW, out _, out int format, out nuint items, out _, out byte* prop) == 0
            && prop is not null)
        {
            nuint w = format == 32 && items == 1 ? *(nuint*)prop : 0;
            XFree(prop);
            if (w != 0)
            {
                return w;
            }
        }

        // No window manager (Xvfb in tests, bare X sessions): the input focus is the active window.
        XGetInputFocus(_display, out nuint focus, out _);
        return focus;
    }

    private nuint FindClassWindow(nuint window, out string? app)
    {
        app = null;
        nuint w = window;
        // The focus may be a child of the client window: walk up to the first window with WM_CLASS.
        for (int depth = 0; depth < 16 && w > 1 && w != _root; depth++)
        {
            if (XGetClassHint(_display, w, out XClassHint hint) != 0)
            {
                string? name = hint.ResName != 0 ? Marshal.PtrToStringUTF8(hint.ResName) : null;
                string? cls = hint.ResClass != 0 ? Marshal.PtrToStringUTF8(hint.ResClass) : null;
                if (hint.ResName != 0)
                {
                    XFree((void*)hint.ResName);
                }

                if (hint.ResClass != 0)
                {
                    XFree((void*)hint.ResClass);
                }

                app = !string.IsNullOrEmpty(cls) ? cls : name;
                return w;
            }

            if (XQueryTree(_display, w, out _, out nuint parent, out nuint* children, out _) == 0)
            {
                break;
            }

            if (children is not null)
            {
                XFree(children);
            }

            w = parent;
        }

        return 0;
    }

    private string? ReadTitle(nuint window)
    {
        if (window == 0
            || XGetWindowProperty(_display, window, _netWmNameAtom, 0, 256, 0, _utf8Atom, out _, out int format, out nuint items, out _, out byte* prop) != 0
            || prop is null)
        {
            return null;
        }

        try
        {
            return format == 8 && items > 0 ? Encoding.UTF8.GetString(prop, (int)Math.Min(items, 1024)) : null;
        }
        finally
        {
            XFree(prop);
        }
    }

    [UnmanagedCallersOnly]
    private static int IgnoreError(nint display, void* error) => 0;

    /// <summary>Xlib's fatal I/O error, process-wide: return, so the per-display exit handler decides.</summary>
    [UnmanagedCallersOnly]
    private static int OnIoError(nint display) => 0;

    /// <summary>Xlib's fatal I/O error on a connection: flag it for the loop and return, so Xlib does not exit the process.</summary>
    [UnmanagedCallersOnly]
    private static void OnIoErrorExit(nint display, void* flag) => *(int*)flag = 1;
}
