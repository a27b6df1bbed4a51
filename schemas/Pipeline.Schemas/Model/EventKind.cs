namespace Pipeline.Schemas.Model;

/// <summary>What an input event is. Values are the Avro enum symbol indexes of <c>EventKind</c>.</summary>
public enum EventKind : byte
{
    Move = 0,
    ButtonDown = 1,
    ButtonUp = 2,
    Scroll = 3,
    KeyDown = 4,
    KeyUp = 5,
    Focus = 6,
    /// <summary>The screen was locked (an idle signal from the agent).</summary>
    Lock = 7,
    /// <summary>The screen was unlocked.</summary>
    Unlock = 8,
}
