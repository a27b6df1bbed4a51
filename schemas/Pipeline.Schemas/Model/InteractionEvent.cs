namespace Pipeline.Schemas.Model;

/// <summary>
/// One minimised input event (Avro <c>InteractionEvent</c> and, with <see cref="SessionId"/>, <c>CleanEvent</c>).
/// A mutable struct so batches are arrays of values filled in place, without per-event allocation.
/// </summary>
public struct InteractionEvent
{
    /// <summary>Per-device monotonic sequence number.</summary>
    public long Seq;

    /// <summary>Event time, UTC microseconds since the Unix epoch.</summary>
    public long TimeMicros;

    /// <summary>What happened.</summary>
    public EventKind Kind;

    /// <summary>The button pressed or released; <see cref="MouseButton.None"/> for other kinds.</summary>
    public MouseButton Button;

    /// <summary>The key's class for key events; <see cref="Model.KeyClass.None"/> for other kinds.</summary>
    public KeyClass KeyClass;

    /// <summary>Pointer x in pixels, origin top left of the virtual screen.</summary>
    public int X;

    /// <summary>Pointer y in pixels, origin top left of the virtual screen.</summary>
    public int Y;

    /// <summary>Horizontal scroll in notches, positive to the right.</summary>
    public int Dx;

    /// <summary>Vertical scroll in notches, positive downwards.</summary>
    public int Dy;

    /// <summary>Application id, focus events only. Decoders intern these, so repeated names share one string.</summary>
    public string? App;

    /// <summary>Window title, focus events only, and only when titles are enabled.</summary>
    public string? Title;

    /// <summary>Clean events only: the session the event was assigned to.</summary>
    public string? SessionId;
}
