using System.Diagnostics;
using System.Runtime.InteropServices;
using Pipeline.TestSupport;

namespace Pipeline.Capture.Tests;

/// <summary>
/// A real X server (Xvfb) on a free display number for one test class, driven with xdotool, with client windows of
/// chosen WM_CLASS created through Xlib. Xvfb runs no window manager, so there is no _NET_ACTIVE_WINDOW: the
/// source falls back to the input focus, which xdotool's windowfocus sets.
/// </summary>
public sealed partial class XvfbDisplay : IDisposable
{
    private readonly Process _server;
    private nint _connection;

    public XvfbDisplay()
    {
        int number = 90;
        while (File.Exists($"/tmp/.X{number}-lock") || File.Exists($"/tmp/.X11-unix/X{number}"))
        {
            number++;
        }

        Display = $":{number}";
        var info = new ProcessStartInfo("Xvfb") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (string a in new[] { Display, "-screen", "0", "1280x1024x24", "-nolisten", "tcp" })
        {
            info.ArgumentList.Add(a);
        }

        _server = Process.Start(info) ?? throw new InvalidOperationException("cannot start Xvfb");
        _server.BeginErrorReadLine();
        _server.BeginOutputReadLine();
        nint connection = 0;
        Eventually.Within(TimeSpan.FromSeconds(10), () => _server.HasExited || (connection = XOpenDisplay(Display)) != 0, TimeSpan.FromMilliseconds(50));
        _connection = connection != 0 ? connection : throw new InvalidOperationException($"Xvfb did not come up on {Display}");
    }

    public string Display { get; }

    /// <summary>Creates and maps a top-level window with WM_CLASS (name, class); returns its id.</summary>
    public ulong CreateWindow(string resName, string resClass, string? title = null)
    {
        nuint root = XDefaultRootWindow(_connection);
        nuint window = XCreateSimpleWindow(_connection, root, 10, 10, 600, 400, 0, 0, 0);
        nint name = Marshal.StringToCoTaskMemUTF8(resName);
        nint cls = Marshal.StringToCoTaskMemUTF8(resClass);
        try
        {
            var hint = new ClassHint { ResName = name, ResClass = cls };
            XSetClassHint(_connection, window, ref hint);
        }
        finally
        {
            Marshal.FreeCoTaskMem(name);
            Marshal.FreeCoTaskMem(cls);
        }

        if (title is not null)
        {
            byte[] utf8 = System.Text.Encoding.UTF8.GetBytes(title);
            nuint netWmName = XInternAtom(_connection, "_NET_WM_NAME", 0);
            nuint utf8String = XInternAtom(_connection, "UTF8_STRING", 0);
            XChangeProperty(_connection, window, netWmName, utf8String, 8, 0, utf8, utf8.Length);
        }

        XMapWindow(_connection, window);
        XSync(_connection, 0);
        return window;
    }

    /// <summary>Runs xdotool on this display and waits for it.</summary>
    public void Xdotool(params string[] args)
    {
        var info = new ProcessStartInfo("xdotool") { UseShellExecute = false, RedirectStandardError = true };
        info.Environment["DISPLAY"] = Display;
        foreach (string a in args)
        {
            info.ArgumentList.Add(a);
        }

        using Process p = Process.Start(info)!;
        string err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"xdotool {string.Join(' ', args)} failed: {err}");
        }
    }

    /// <summary>
    /// Kills the X server with SIGKILL, as a crash or the end of a session does, after closing this fixture's own
    /// connection: a test process must not be the one whose next Xlib call meets the dead server.
    /// </summary>
    public void KillServer()
    {
        if (_connection != 0)
        {
            XCloseDisplay(_connection);
            _connection = 0;
        }

        _server.Kill();
        _server.WaitForExit();
    }

    /// <summary>Gives the input focus to <paramref name="window"/>.</summary>
    public void Focus(ulong window) => Xdotool("windowfocus", "--sync", window.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public void Dispose()
    {
        if (_connection != 0)
        {
            XCloseDisplay(_connection);
        }

        if (!_server.HasExited)
        {
            _server.Kill();
            _server.WaitForExit();
        }

        _server.Dispose();
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct ClassHint
    {
        public nint ResName;
        public nint ResClass;
    }

    [LibraryImport("libX11.so.6", StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint XOpenDisplay(string name);

    [LibraryImport("libX11.so.6")]
    private static partial int XCloseDisplay(nint display);

    [LibraryImport("libX11.so.6")]
    private static partial nuint XDefaultRootWindow(nint display);

    [LibraryImport("libX11.so.6")]
    private static partial nuint XCreateSimpleWindow(nint display, nuint parent, int x, int y, uint width, uint height, uint border, nuint borderColor, nuint background);

    [LibraryImport("libX11.so.6")]
    private static partial int XSetClassHint(nint display, nuint window, ref ClassHint hint);

    [LibraryImport("libX11.so.6")]
    private static partial int XMapWindow(nint display, nuint window);

    [LibraryImport("libX11.so.6")]
    private static partial int XSync(nint display, int discard);

    [LibraryImport("libX11.so.6", StringMarshalling = StringMarshalling.Utf8)]
    private static partial nuint XInternAtom(nint display, string name, int onlyIfExists);

    [LibraryImport("libX11.so.6")]
    private static partial int XChangeProperty(nint display, nuint window, nuint property, nuint type, int format, int mode, byte[] data, int elements);
}
