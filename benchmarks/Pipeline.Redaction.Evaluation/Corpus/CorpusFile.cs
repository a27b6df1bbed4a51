using System.Text.Encodings.Web;
using System.Text.Json;

namespace Pipeline.Redaction.Evaluation.Corpus;

/// <summary>
/// Reads and writes the corpus as JSON Lines, one <see cref="CorpusLine"/> per line, UTF-8, non-ASCII written as
/// itself (so the file reads as the titles do). Offsets stay UTF-16 code units; a reader in a language that indexes
/// code points (Python) must convert for lines with characters outside the BMP (emoji).
/// </summary>
internal static class CorpusFile
{
    private static readonly JsonSerializerOptions s_options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        // The corpus is read by people and by tools, never embedded in HTML: keep é, 田 and — readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter writer, IEnumerable<CorpusLine> lines)
    {
        foreach (CorpusLine line in lines)
        {
            writer.Write(JsonSerializer.Serialize(line, s_options));
            writer.Write('\n');
        }
    }

    public static void Write(string path, IEnumerable<CorpusLine> lines)
    {
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        Write(writer, lines);
    }

    /// <summary>Reads a corpus file; a malformed line ends the read with its line number.</summary>
    public static IReadOnlyList<CorpusLine> Read(string path)
    {
        var lines = new List<CorpusLine>();
        int number = 0;
        foreach (string raw in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }
            CorpusLine? line;
            try
            {
                line = JsonSerializer.Deserialize<CorpusLine>(raw, s_options);
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{path}:{number}: not a corpus line ({e.Message})", e);
            }
            if (line is null || line.Text is null || line.Spans is null)
            {
                throw new InvalidDataException($"{path}:{number}: a corpus line needs text and spans");
            }
            foreach (GoldSpan span in line.Spans)
            {
                if (span.Start < 0 || span.End > line.Text.Length || span.Start >= span.End)
                {
                    throw new InvalidDataException(
                        $"{path}:{number}: span [{span.Start},{span.End}) lies outside the text of {line.Text.Length} code units");
                }
            }
            lines.Add(line);
        }
        return lines;
    }

    public static string ToJsonLine<T>(T value) => JsonSerializer.Serialize(value, s_options);

    public static string ToJson<T>(T value) => JsonSerializer.Serialize(value, new JsonSerializerOptions(s_options) { WriteIndented = true });
}
