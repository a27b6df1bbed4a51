namespace Pipeline.Schemas.Model;

/// <summary>What a person did, reduced from input events. Values are the Avro enum symbol indexes of <c>ActionKind</c>.</summary>
public enum ActionKind : byte
{
    /// <summary>A press and release of the left, back or forward button in place.</summary>
    Click = 0,
    /// <summary>Two quick left clicks in place within the double-click time.</summary>
    DoubleClick = 1,
    /// <summary>A press and release of the right button in place.</summary>
    RightClick = 2,
    /// <summary>A press and release of the middle button in place.</summary>
    MiddleClick = 3,
    /// <summary>A press released away from where it was pressed, or held while the pointer travelled.</summary>
    Drag = 4,
    /// <summary>A run of wheel notches, summed.</summary>
    Scroll = 5,
    /// <summary>A run of key presses without a modifier held.</summary>
    Type = 6,
    /// <summary>Key presses while a modifier is held, the modifiers included.</summary>
    Hotkey = 7,
    /// <summary>Another application got the focus.</summary>
    Focus = 8,
    /// <summary>A press whose release was never seen.</summary>
    MouseDown = 9,
    /// <summary>A release whose press was never seen.</summary>
    MouseUp = 10,
    /// <summary>A kind this reader does not know: the schema's fallback for symbols of a newer writer.</summary>
    Other = 11,
}
