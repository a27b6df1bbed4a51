using Pipeline.Processing.Sessions;

namespace Pipeline.Processing.Actions;

/// <summary>
/// <see cref="ActionOptions"/> in microseconds, with the session gap and grace the rules depend on, and the scratch
/// buffers that thinning reuses. One per reducer; not thread-safe.
/// </summary>
internal sealed class ActionSettings
{
    public ActionSettings(ActionOptions options, SessionOptions sessions)
    {
        ClickTime = Micros(options.ClickTime);
        ClickSlop = options.ClickSlop;
        DoubleClickTime = Micros(options.DoubleClickTime);
        DoubleClickSlop = options.DoubleClickSlop;
        DragHoldTime = Micros(options.DragHoldTime);
        MaxHold = Micros(options.MaxHold);
        ScrollGap = Micros(options.ScrollGap);
        TypeGap = Micros(options.TypeGap);
        HotkeyIdle = Micros(options.HotkeyIdle);
        MaxKeys = options.MaxKeysPerAction;
        Tolerance = options.PathTolerance;
        MaxPathPoints = options.MaxPathPoints;
        PathWindow = options.PathWindow;
        SessionGap = Micros(sessions.Gap);
        Grace = Micros(sessions.Grace);
        Times = new long[PathWindow];
        Xs = new int[PathWindow];
        Ys = new int[PathWindow];
        Keep = new bool[PathWindow];
        Stack = new int[(2 * PathWindow) + 4];
    }

    public long ClickTime { get; }
    public int ClickSlop { get; }
    public long DoubleClickTime { get; }
    public int DoubleClickSlop { get; }
    public long DragHoldTime { get; }
    public long MaxHold { get; }
    public long ScrollGap { get; }
    public long TypeGap { get; }
    public long HotkeyIdle { get; }
    public int MaxKeys { get; }
    public double Tolerance { get; }
    public int MaxPathPoints { get; }
    public int PathWindow { get; }
    public long SessionGap { get; }
    public long Grace { get; }

    /// <summary>Scratch for one path being thinned: its times, coordinates, kept flags and the interval stack.</summary>
    public long[] Times { get; }
    public int[] Xs { get; }
    public int[] Ys { get; }
    public bool[] Keep { get; }
    public int[] Stack { get; }

    public static long Micros(TimeSpan span) => span.Ticks / TimeSpan.TicksPerMicrosecond;
}
