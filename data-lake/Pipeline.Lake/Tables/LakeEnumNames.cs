using Pipeline.Schemas.Model;

namespace Pipeline.Lake.Tables;

/// <summary>
/// Enum values as the lowercase strings of the import format (<c>move</c>, <c>button_down</c>, <c>left</c>,
/// <c>letter</c>, ...). Static strings, so a row refers to them without allocating; Parquet's dictionary encoding
/// stores each once per column chunk. "None" values are null, as the import format omits the field.
/// </summary>
internal static class LakeEnumNames
{
    private static readonly string[] s_kinds = ["move", "button_down", "button_up", "scroll", "key_down", "key_up", "focus", "lock", "unlock"];
    private static readonly string?[] s_buttons = [null, "left", "right", "middle", "back", "forward"];
    private static readonly string?[] s_keyClasses = [null, "letter", "digit", "space", "punctuation", "modifier", "navigation", "editing", "function", "other"];
    private static readonly string[] s_idleReasons = ["inactivity", "pause", "lock"];
    private static readonly string[] s_actions =
        ["click", "double_click", "right_click", "middle_click", "drag", "scroll", "type", "hotkey", "focus", "mouse_down", "mouse_up"];

    /// <summary>A value this build does not know (a newer writer); kept visible rather than dropped.</summary>
    public const string Unknown = "unknown";

    public static string Kind(EventKind kind) => (uint)kind < (uint)s_kinds.Length ? s_kinds[(int)kind] : Unknown;

    public static string? Button(MouseButton button) => (uint)button < (uint)s_buttons.Length ? s_buttons[(int)button] : Unknown;

    public static string? KeyClass(KeyClass keyClass) => (uint)keyClass < (uint)s_keyClasses.Length ? s_keyClasses[(int)keyClass] : Unknown;

    /// <summary>The action's name as in DESIGN.md (<c>click</c>, <c>double_click</c>, …, <c>mouse_down</c>, <c>mouse_up</c>).</summary>
    public static string Action(ActionKind kind) => (uint)kind < (uint)s_actions.Length ? s_actions[(int)kind] : Unknown;

    public static string IdleReason(IdleReason reason) => (uint)reason < (uint)s_idleReasons.Length ? s_idleReasons[(int)reason] : Unknown;
}
