namespace Pipeline.Schemas.Model;

/// <summary>
/// The class of a key. The key itself, its code and any text are never recorded: this is all that leaves
/// the capture source. Values are the Avro enum symbol indexes of <c>KeyClass</c>.
/// </summary>
public enum KeyClass : byte
{
    None = 0,
    Letter = 1,
    Digit = 2,
    Space = 3,
    Punctuation = 4,
    Modifier = 5,
    Navigation = 6,
    Editing = 7,
    Function = 8,
    Other = 9,
}
