namespace Pipeline.Processing.Actions;

/// <summary>
/// How clean events become actions (<see cref="ActionReducer"/>). Immutable; <see cref="Validate"/> once at start-up.
/// Defaults follow the agent-dataset tools (OpenCUA's reducer) and common desktop settings; each says why.
/// </summary>
public sealed record ActionOptions
{
    /// <summary>
    /// Whether the processor reduces clean events to actions at all: true, since the actions stream is what agent
    /// training reads. Off (<c>Processor:ActionsEnabled=false</c>) for a deployment that wants only events, sessions and
    /// idle periods, and for the bench's like-for-like measure of what the reducer costs; nothing is written to
    /// <c>interaction.actions.v1</c> then, and no reducer state to the changelog.
    /// </summary>
    public bool Enabled { get; init; } = true;

    /// <summary>
    /// A press released in place within this time is a quick click: 500 ms, OpenCUA's click window. Only quick left
    /// clicks pair into a double click. A press held longer in place is still a click of its button (the vocabulary
    /// has no long press, and OpenCUA's own standardiser maps long presses to clicks).
    /// </summary>
    public TimeSpan ClickTime { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// A release farther than this from its press (Euclidean, pixels) makes a drag: 5 px. A hand holding the mouse
    /// still moves it 1–3 px while pressing; Windows starts a drag beyond 4 px, GTK beyond 8 px.
    /// </summary>
    public int ClickSlop { get; init; } = 5;

    /// <summary>
    /// A second quick left click pressed within this time of the first press makes a double click: 500 ms, the
    /// Windows default; GTK uses 400 ms and macOS lets the person choose, so this is the slowest common default.
    /// </summary>
    public TimeSpan DoubleClickTime { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The second press of a double click lands within this distance of the first: 5 px, GTK's double-click distance.</summary>
    public int DoubleClickSlop { get; init; } = 5;

    /// <summary>
    /// A press held longer than this while the pointer travels beyond <see cref="ClickSlop"/> is a drag even when it
    /// is released in place: 1 s, OpenCUA's long-press threshold.
    /// </summary>
    public TimeSpan DragHoldTime { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// A press not released within this time is closed as a <c>mouse_down</c> (its release, if it comes, is a
    /// <c>mouse_up</c>): 60 s. No deliberate press lasts a minute, and a release that was never recorded (released
    /// in an application off the allow-list, or during a pause) must not hold back the device's later actions.
    /// </summary>
    public TimeSpan MaxHold { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Wheel notches at most this far apart are one scroll: 500 ms, OpenCUA's scroll merge window.</summary>
    public TimeSpan ScrollGap { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Key presses at most this far apart, without a modifier held, are one typing run: 1 s, OpenCUA's typing merge window.</summary>
    public TimeSpan TypeGap { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// A hotkey ends when its modifiers are released, or after this long without any key event: 1 s. A combination
    /// takes well under a second, and the timeout recovers from a modifier release that was never recorded.
    /// </summary>
    public TimeSpan HotkeyIdle { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>A typing run or hotkey is split after this many presses: 256, a paragraph typed without a 1-s pause; bounds a row's lists and the state.</summary>
    public int MaxKeysPerAction { get; init; } = 256;

    /// <summary>Ramer–Douglas–Peucker tolerance of the pre-move path, pixels: 2 px (the figure; below what a person aims at).</summary>
    public double PathTolerance { get; init; } = 2.0;

    /// <summary>
    /// Most points of a pre-move path: 32. A minimum-jerk approach thins to a handful of points at 2 px; 32 keeps an
    /// overshoot and its correction. A path with more is thinned again at twice the tolerance until it fits.
    /// </summary>
    public int MaxPathPoints { get; init; } = 32;

    /// <summary>
    /// Most raw pointer samples kept for the pre-move path (the latest win): 128, about 2 s at 60 Hz, where a
    /// Fitts'-law approach to a target takes 0.3–1.5 s. Bounds what each device keeps in memory and writes to the
    /// changelog at every commit while the pointer moves (about 5 bytes a sample).
    /// </summary>
    public int PathWindow { get; init; } = 128;

    /// <summary>Rejects an unusable value with a one-line reason.</summary>
    public void Validate()
    {
        Positive(ClickTime, "click time");
        Positive(DoubleClickTime, "double-click time");
        Positive(DragHoldTime, "drag hold time");
        Positive(MaxHold, "maximum hold");
        Positive(ScrollGap, "scroll gap");
        Positive(TypeGap, "type gap");
        Positive(HotkeyIdle, "hotkey idle time");
        if (ClickSlop is < 0 or > 10_000)
        {
            throw new ArgumentException($"click slop {ClickSlop} px must be from 0 to 10000");
        }

        if (DoubleClickSlop is < 0 or > 10_000)
        {
            throw new ArgumentException($"double-click slop {DoubleClickSlop} px must be from 0 to 10000");
        }

        if (MaxHold <= DragHoldTime || MaxHold <= ClickTime)
        {
            throw new ArgumentException($"maximum hold {MaxHold} must be longer than the click time and the drag hold time");
        }

        if (MaxKeysPerAction is < 1 or > 65_536)
        {
            throw new ArgumentException($"maximum keys per action {MaxKeysPerAction} must be from 1 to 65536");
        }

        if (double.IsNaN(PathTolerance) || PathTolerance is < 0 or > 10_000)
        {
            throw new ArgumentException($"path tolerance {PathTolerance} px must be from 0 to 10000");
        }

        if (MaxPathPoints is < 2 or > 4096)
        {
            throw new ArgumentException($"maximum path points {MaxPathPoints} must be from 2 to 4096");
        }

        if (PathWindow < MaxPathPoints || PathWindow > 65_536)
        {
            throw new ArgumentException($"path window {PathWindow} must be from the maximum path points ({MaxPathPoints}) to 65536");
        }
    }

    private static void Positive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
        {
            throw new ArgumentException($"{name} {value} must be positive");
        }
    }
}
