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

    public EventKind Kind;
    public MouseButton Button;
    public KeyClass KeyClass;
    public int X;
    public int Y;
    public int Dx;
    public int Dy;

    /// <summary>Application id, focus events only. Decoders intern these, so repeated names share one string.</summary>
    public string? App;

    /// <summary>Window title, focus events only, and only when titles are enabled.</summary>
    public string? Title;

    /// <summary>Clean events only: the session the event was assigned to.</summary>
    public string? SessionId;
}
