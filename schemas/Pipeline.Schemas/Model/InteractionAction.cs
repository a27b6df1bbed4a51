namespace Pipeline.Schemas.Model;

/// <summary>
/// One action of one device (Avro <c>InteractionAction</c>): a click, drag, scroll run, typing run, hotkey or focus
/// change, with where and when it happened and the pointer's approach to it. Its identity is
/// <see cref="Device"/> + <see cref="SeqFirst"/>. Immutable; the lists are never null.
/// </summary>
public sealed record InteractionAction
{
    /// <summary>The session of the action's first event, as the processor assigned it.</summary>
    public required string SessionId { get; init; }

    /// <summary>The device pseudonym.</summary>
    public required string Device { get; init; }

    /// <summary>What the person did.</summary>
    public required ActionKind Kind { get; init; }

    /// <summary>Time of the first event, UTC microseconds.</summary>
    public required long StartMicros { get; init; }

    /// <summary>Time of the last event, UTC microseconds.</summary>
    public required long EndMicros { get; init; }

    /// <summary>Pointer x in pixels where the action began; null for keyboard and focus actions.</summary>
    public int? X { get; init; }

    /// <summary>Pointer y in pixels where the action began; null for keyboard and focus actions.</summary>
    public int? Y { get; init; }

    /// <summary><see cref="X"/> over the screen width, in 0..1; null when unknown.</summary>
    public double? Nx { get; init; }

    /// <summary><see cref="Y"/> over the screen height, in 0..1; null when unknown.</summary>
    public double? Ny { get; init; }

    /// <summary>Pointer x in pixels where the action ended; null for single-event and keyboard actions.</summary>
    public int? EndX { get; init; }

    /// <summary>Pointer y in pixels where the action ended.</summary>
    public int? EndY { get; init; }

    /// <summary><see cref="EndX"/> normalised as <see cref="Nx"/>.</summary>
    public double? EndNx { get; init; }

    /// <summary><see cref="EndY"/> normalised as <see cref="Ny"/>.</summary>
    public double? EndNy { get; init; }

    /// <summary>The button of a button action; <see cref="MouseButton.None"/> otherwise.</summary>
    public MouseButton Button { get; init; }

    /// <summary>Scroll: horizontal notches summed.</summary>
    public int Dx { get; init; }

    /// <summary>Scroll: vertical notches summed.</summary>
    public int Dy { get; init; }

    /// <summary>The number of key presses the action covers.</summary>
    public int KeyCount { get; init; }

    /// <summary>The class of each key press, in order.</summary>
    public IReadOnlyList<KeyClass> KeyClasses { get; init; } = [];

    /// <summary>Milliseconds between consecutive key presses.</summary>
    public IReadOnlyList<int> InterKeyMs { get; init; } = [];

    /// <summary>The focused application when the action began (for a focus action: the new one); null when unknown.</summary>
    public string? App { get; init; }

    /// <summary>Milliseconds from the first point of <see cref="PreMovePath"/> to the start.</summary>
    public int PreMoveMs { get; init; }

    /// <summary>The pointer's thinned path before the action.</summary>
    public IReadOnlyList<PathPoint> PreMovePath { get; init; } = [];

    /// <summary>Sequence number of the first event the action covers.</summary>
    public required long SeqFirst { get; init; }

    /// <summary>Sequence number of the last event the action covers.</summary>
    public required long SeqLast { get; init; }
}
