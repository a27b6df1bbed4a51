namespace Pipeline.Schemas.Model;

/// <summary>A pointer button. Values are the Avro enum symbol indexes of <c>MouseButton</c>.</summary>
public enum MouseButton : byte
{
    None = 0,
    Left = 1,
    Right = 2,
    Middle = 3,
    Back = 4,
    Forward = 5,
}
