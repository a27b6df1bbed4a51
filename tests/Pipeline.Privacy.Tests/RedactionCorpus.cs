using Pipeline.Privacy;

namespace Pipeline.Privacy.Tests;

/// <summary>The labelled corpus (redaction-corpus.tsv) and per-kind precision and recall of the redactor on it.</summary>
internal static class RedactionCorpus
{
    public static IReadOnlyList<(string Input, string Expected)> Load()
    {
        var rows = new List<(string, string)>();
        foreach (string line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "redaction-corpus.tsv")))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            int tab = line.IndexOf('\t');
            rows.Add(tab < 0 ? (line, line) : (line[..tab], line[(tab + 1)..]));
        }

        return rows;
    }

    /// <summary>Placeholders of each kind in a text.</summary>
    public static int Count(string text, PiiKind kind)
    {
        string placeholder = Redactor.Placeholder(kind);
        int n = 0;
        for (int at = text.IndexOf(placeholder, StringComparison.Ordinal); at >= 0; at = text.IndexOf(placeholder, at + 1, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }
}
