using System.Globalization;
using System.Text.Json;
using Pipeline.Schemas.Model;

namespace Pipeline.Capture.Sources.Import;

/// <summary>
/// Parses one line of the import format (DESIGN.md "Import format"). A line that carries a key's identity
/// (<c>key</c>, <c>char</c>, <c>text</c>, <c>keycode</c>) is refused outright, whatever else it holds: the format
/// has no place for it and the pipeline must never see one. Explanations name fields, never values.
/// </summary>
public static class ImportLineParser
{
    private static readonly string[] s_forbidden = ["key", "char", "text", "keycode"];

    /// <summary>Parses <paramref name="text"/> (line <paramref name="lineNumber"/>) into <paramref name="into"/>.</summary>
    public static void Parse(string text, long lineNumber, ImportLine into)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(into);
        into.LineNumber = lineNumber;
        into.Event = default;
        into.UntilMicros = null;
        into.Refusal = null;
        into.Detail = null;
        into.Subject = "";
        into.Device = "";
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            Refuse(into, "malformed_json", "not a JSON object");
            return;
        }

        using (doc)
        {
            JsonElement root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                Refuse(into, "malformed_json", "not a JSON object");
                return;
            }

            foreach (string field in s_forbidden)
            {
                if (root.TryGetProperty(field, out _))
                {
                    Refuse(into, "key_identity", $"carries '{field}'; only key_class is accepted");
                    return;
                }
            }

            if (!TryString(root, "subject", out string? subject) || !TryString(root, "device", out string? device)
                || subject.Length is 0 or > 256 || device.Length is 0 or > 256)
            {
                Refuse(into, "missing_field", "subject and device are required strings of 1 to 256 characters");
                return;
            }

            if (!root.TryGetProperty("seq", out JsonElement seqElement) || !seqElement.TryGetInt64(out long seq) || seq < 0)
            {
                Refuse(into, "missing_field", "seq is required, a non-negative integer");
                return;
            }

            if (!TryString(root, "time", out string? timeText) || !TryTime(timeText, out long timeMicros))
            {
                Refuse(into, "bad_time", "time is required, ISO-8601 UTC");
                return;
            }

            if (!TryString(root, "kind", out string? kind))
            {
                Refuse(into, "missing_field", "kind is required");
                return;
            }

            into.Subject = subject;
            into.Device = device;
            ref InteractionEvent e = ref into.Event;
            e.Seq = seq;
            e.TimeMicros = timeMicros;
            into.Kind = ImportLineKind.Event;
            string? problem = kind switch
            {
                "move" => Pointer(root, ref e, EventKind.Move),
                "button_down" => Button(root, ref e, EventKind.ButtonDown),
                "button_up" => Button(root, ref e, EventKind.ButtonUp),
                "scroll" => Scroll(root, ref e),
                "key_down" => Key(root, ref e, EventKind.KeyDown),
                "key_up" => Key(root, ref e, EventKind.KeyUp),
                "focus" => Focus(root, ref e),
                "consent" => Consent(root, into),
                _ => "unknown_kind",
            };
            if (problem is not null)
            {
                Refuse(into, problem == "unknown_kind" ? problem : "bad_field", problem == "unknown_kind" ? "kind is not one of the import format's kinds" : problem);
            }
        }
    }

    private static void Refuse(ImportLine into, string reason, string detail)
    {
        into.Kind = ImportLineKind.Refused;
        into.Refusal = reason;
        into.Detail = detail;
    }

    private static string? Pointer(JsonElement root, ref InteractionEvent e, EventKind kind)
    {
        e.Kind = kind;
        return TryInt(root, "x", out e.X) && TryInt(root, "y", out e.Y) ? null : "x and y are required integers";
    }

    private static string? Button(JsonElement root, ref InteractionEvent e, EventKind kind)
    {
        string? problem = Pointer(root, ref e, kind);
        if (problem is not null)
        {
            return problem;
        }

        TryString(root, "button", out string? button);
        e.Button = button switch
        {
            "left" => MouseButton.Left,
            "right" => MouseButton.Right,
            "middle" => MouseButton.Middle,
            "back" => MouseButton.Back,
            "forward" => MouseButton.Forward,
            _ => MouseButton.None,
        };
        return e.Button == MouseButton.None ? "button must be left, right, middle, back or forward" : null;
    }

    private static string? Scroll(JsonElement root, ref InteractionEvent e)
    {
        string? problem = Pointer(root, ref e, EventKind.Scroll);
        if (problem is not null)
        {
            return problem;
        }

        return TryInt(root, "dx", out e.Dx) && TryInt(root, "dy", out e.Dy) ? null : "dx and dy are required integers";
    }

    private static string? Key(JsonElement root, ref InteractionEvent e, EventKind kind)
    {
        e.Kind = kind;
        TryString(root, "key_class", out string? keyClass);
        e.KeyClass = keyClass switch
        {
            "letter" => KeyClass.Letter,
            "digit" => KeyClass.Digit,
            "space" => KeyClass.Space,
            "punctuation" => KeyClass.Punctuation,
            "modifier" => KeyClass.Modifier,
            "navigation" => KeyClass.Navigation,
            "editing" => KeyClass.Editing,
            "function" => KeyClass.Function,
            "other" => KeyClass.Other,
            _ => KeyClass.None,
        };
        return e.KeyClass == KeyClass.None ? "key_class must be one of the nine key classes" : null;
    }

    private static string? Focus(JsonElement root, ref InteractionEvent e)
    {
        e.Kind = EventKind.Focus;
        if (!TryString(root, "app", out string? app) || app.Length == 0)
        {
            return "app is required for focus";
        }

        e.App = app;
        if (root.TryGetProperty("title", out JsonElement title))
        {
            if (title.ValueKind != JsonValueKind.String && title.ValueKind != JsonValueKind.Null)
            {
                return "title must be a string";
            }

            e.Title = title.ValueKind == JsonValueKind.String ? title.GetString() : null;
        }

        return null;
    }

    private static string? Consent(JsonElement root, ImportLine into)
    {
        into.Kind = ImportLineKind.Consent;
        TryString(root, "state", out string? state);
        switch (state)
        {
            case "granted":
                into.ConsentState = ConsentState.Granted;
                break;
            case "paused":
                into.ConsentState = ConsentState.Paused;
                break;
            case "resumed":
                into.ConsentState = ConsentState.Resumed;
                break;
            case "revoked":
                into.ConsentState = ConsentState.Revoked;
                break;
            default:
                return "state must be granted, paused, resumed or revoked";
        }

        if (root.TryGetProperty("until", out JsonElement until) && until.ValueKind != JsonValueKind.Null)
        {
            if (until.ValueKind != JsonValueKind.String || !TryTime(until.GetString()!, out long untilMicros))
            {
                return "until must be ISO-8601 UTC";
            }

            into.UntilMicros = untilMicros;
        }

        return null;
    }

    private static bool TryString(JsonElement root, string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
    {
        if (root.TryGetProperty(name, out JsonElement element) && element.ValueKind == JsonValueKind.String)
        {
            value = element.GetString()!;
            return true;
        }

        value = null;
        return false;
    }

    private static bool TryInt(JsonElement root, string name, out int value)
    {
        value = 0;
        return root.TryGetProperty(name, out JsonElement element) && element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out value);
    }

    private static bool TryTime(string text, out long micros)
    {
        micros = 0;
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out DateTimeOffset time))
        {
            return false;
        }

        micros = Micros.From(time);
        return true;
    }
}
