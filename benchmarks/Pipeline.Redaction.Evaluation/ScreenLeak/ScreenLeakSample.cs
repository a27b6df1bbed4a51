using System.Text.Json;

namespace Pipeline.Redaction.Evaluation.ScreenLeak;

/// <summary>
/// Reads a ScreenLeak text sample (JSON Lines with <c>id</c>, <c>app</c>, <c>window</c>, <c>pii</c>: [{<c>text</c>,
/// <c>label</c>}], optional <c>difficulty</c>). The file is the operator's own download; nothing of it is shipped here.
/// </summary>
internal static class ScreenLeakSample
{
    public static IReadOnlyList<ScreenLeakCase> Read(string path)
    {
        var cases = new List<ScreenLeakCase>();
        int number = 0;
        foreach (string raw in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }
            try
            {
                cases.Add(Parse(raw));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new InvalidDataException($"{path}:{number}: not a ScreenLeak case ({e.Message})", e);
            }
        }
        return cases;
    }

    private static ScreenLeakCase Parse(string raw)
    {
        using JsonDocument document = JsonDocument.Parse(raw);
        JsonElement root = document.RootElement;
        string id = root.GetProperty("id").GetString() ?? throw new FormatException("id is null");
        string app = root.GetProperty("app").GetString() ?? throw new FormatException("app is null");
        string window = root.GetProperty("window").GetString() ?? throw new FormatException("window is null");
        string difficulty = root.TryGetProperty("difficulty", out JsonElement d) && d.GetString() is { } s ? s : "medium";
        string text = app + " | " + window;
        int prefix = app.Length + 3;
        var gold = new List<ScreenLeakSpan>();
        int cursor = 0;
        if (root.TryGetProperty("pii", out JsonElement pii))
        {
            foreach (JsonElement span in pii.EnumerateArray())
            {
                string value = span.GetProperty("text").GetString() ?? throw new FormatException("pii text is null");
                string label = span.GetProperty("label").GetString() ?? throw new FormatException("pii label is null");
                int at = window.IndexOf(value, cursor, StringComparison.Ordinal);
                if (at < 0)
                {
                    throw new FormatException($"{id}: \"{value}\" is not in the window after offset {cursor}");
                }
                gold.Add(new ScreenLeakSpan(prefix + at, prefix + at + value.Length, label, value));
                cursor = at + value.Length;
            }
        }
        return new ScreenLeakCase(id, app, window, text, gold, difficulty);
    }
}
