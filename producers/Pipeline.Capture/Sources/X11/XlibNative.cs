using System.Runtime.InteropServices;

namespace Pipeline.Capture.Sources.X11;

/// <summary>The few Xlib, XInput2 and libc entry points the X11 source uses. Layouts are for LP64 (Linux x64/arm64).</summary>
internal static unsafe partial class XlibNative
{
    private const string X11 = "libX11.so.6";
    private const string Xi = "libXi.so.6";
    private const string LibC = "libc";

    public const int GenericEvent = 35;
    public const int XI_Motion = 6;
    public const int XI_RawKeyPress = 13;
    public const int XI_RawKeyRelease = 14;
    public const int XI_RawButtonPress = 15;
    public const int XI_RawButtonRelease = 16;
    public const int XI_RawMotion = 17;
    public const int XIAllMasterDevices = 1;
    public const nuint XA_WINDOW = 33;
    public const short PollIn = 1;
    public const short PollErr = 8;
    public const short PollHup = 16;

    [StructLayout(LayoutKind.Sequential)]
    public struct XIEventMask
    {
        public int DeviceId;
        public int MaskLen;
        public byte* Mask;
    }

    /// <summary>XGenericEventCookie: the start of an XEvent whose type is GenericEvent.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct XGenericEventCookie
    {
        public int Type;
        public nuint Serial;
        public int SendEvent;
        public nint Display;
        public int Extension;
        public int EvType;
        public uint Cookie;
        public void* Data;
    }

    /// <summary>XIRawEvent up to <c>detail</c>, the field the source reads (button number or keycode).</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct XIRawEvent
    {
        public int Type;
        public nuint Serial;
        public int SendEvent;
        public nint Display;
        public int Extension;
        public int EvType;
        public nuint Time;
        public int DeviceId;
        public int SourceId;
        public int Detail;
        public int Flags;
    }

    /// <summary>
    /// XIDeviceEvent up to <c>root_y</c>: a device event (XI_Motion) carries the pointer's position on the root window,
    /// so the source need not ask the server for it.
    /// </summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct XIDeviceEvent
    {
        public int Type;
        public nuint Serial;
        public int SendEvent;
        public nint Display;
        public int Extension;
        public int EvType;
        public nuint Time;
        public int DeviceId;
        public int SourceId;
        public int Detail;
        public nuint Root;
        public nuint Event;
        public nuint Child;
        public double RootX;
        public double RootY;
    }

    /// <summary>XEvent is a union of 24 longs.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 192)]
    public struct XEvent
    {
        public int Type;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct XClassHint
    {
        public nint ResName;
        public nint ResClass;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }

    [LibraryImport(X11, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint XOpenDisplay(string? name);

    [LibraryImport(X11)]
    public static partial int XCloseDisplay(nint display);

    [LibraryImport(X11)]
    public static partial nuint XDefaultRootWindow(nint display);

    [LibraryImport(X11)]
    public static partial int XDefaultScreen(nint display);

    [LibraryImport(X11)]
    public static partial int XDisplayWidth(nint display, int screen);

    [LibraryImport(X11)]
    public static partial int XDisplayHeight(nint display, int screen);

    [LibraryImport(X11)]
    public static partial int XConnectionNumber(nint display);

    [LibraryImport(X11, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int XQueryExtension(nint display, string name, out int opcode, out int firstEvent, out int firstError);

    [LibraryImport(X11)]
    public static partial int XPending(nint display);

    [LibraryImport(X11)]
    public static partial int XNextEvent(nint display, XEvent* ev);

    [LibraryImport(X11)]
    public static partial int XGetEventData(nint display, XGenericEventCookie* cookie);

    [LibraryImport(X11)]
    public static partial void XFreeEventData(nint display, XGenericEventCookie* cookie);

    [LibraryImport(X11)]
    public static partial int XFlush(nint display);

    [LibraryImport(X11)]
    public static partial int XSync(nint display, int discard);

    [LibraryImport(X11)]
    public static partial int XQueryPointer(nint display, nuint window, out nuint root, out nuint child, out int rootX, out int rootY, out int winX, out int winY, out uint mask);

    [LibraryImport(X11)]
    public static partial int XGetInputFocus(nint display, out nuint focus, out int revertTo);

    [LibraryImport(X11)]
    public static partial int XGetClassHint(nint display, nuint window, out XClassHint hint);

    [LibraryImport(X11)]
    public static partial int XQueryTree(nint display, nuint window, out nuint root, out nuint parent, out nuint* children, out uint count);

    [LibraryImport(X11)]
    public static partial int XFree(void* data);

    [LibraryImport(X11, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nuint XInternAtom(nint display, string name, int onlyIfExists);

    [LibraryImport(X11)]
    public static partial int XGetWindowProperty(nint display, nuint window, nuint property, nint offset, nint length, int delete,
        nuint reqType, out nuint actualType, out int actualFormat, out nuint items, out nuint bytesAfter, out byte* prop);

    [LibraryImport(X11)]
    public static partial nuint XkbKeycodeToKeysym(nint display, byte keycode, int group, int level);

    [LibraryImport(X11)]
    public static partial nint XSetErrorHandler(delegate* unmanaged<nint, void*, int> handler);

    /// <summary>
    /// The process-wide handler of a fatal I/O error. Xlib's default prints a line and calls exit(1) itself, before any
    /// per-display exit handler is reached, so replacing that one alone is not enough.
    /// </summary>
    [LibraryImport(X11)]
    public static partial nint XSetIOErrorHandler(delegate* unmanaged<nint, int> handler);

    /// <summary>
    /// libX11 1.7 and later: called after a fatal I/O error on <paramref name="display"/> (the server went away) in
    /// place of the default, which calls exit(1). When it returns, Xlib marks the display broken and its calls return
    /// without effect, so the source can end its loop and report instead of the whole agent vanishing.
    /// </summary>
    [LibraryImport(X11)]
    public static partial void XSetIOErrorExitHandler(nint display, delegate* unmanaged<nint, void*, void> handler, void* userData);

    [LibraryImport(Xi)]
    public static partial int XIQueryVersion(nint display, ref int major, ref int minor);

    [LibraryImport(Xi)]
    public static partial int XISelectEvents(nint display, nuint window, XIEventMask* masks, int count);

    [LibraryImport(LibC, SetLastError = true)]
    public static partial int poll(PollFd* fds, nuint count, int timeout);

    public const int EfdCloexec = 0x80000;
    public const int EfdNonblock = 0x800;

    /// <summary>A counter file descriptor that poll(2) sees readable once written: the source thread's stop signal.</summary>
    [LibraryImport(LibC, SetLastError = true)]
    public static partial int eventfd(uint initval, int flags);

    [LibraryImport(LibC, SetLastError = true)]
    public static partial nint write(int fd, void* buffer, nuint count);

    [LibraryImport(LibC, SetLastError = true)]
    public static partial int close(int fd);
}
