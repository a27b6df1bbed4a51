namespace Pipeline.Privacy.Detection;

/// <summary>
/// Phrases that must end (or start) a stretch of text, compared without case. A word set of the phrases' last words
/// (or a set of their first characters) rules out almost every position in constant time; only then are the phrases
/// compared.
/// </summary>
internal sealed class PhraseList
{
    private readonly string[] _phrases;
    private readonly WordSet _lastWords;
    private readonly System.Buffers.SearchValues<char> _firstChars;

    private PhraseList(string[] phrases)
    {
        _phrases = phrases;
        var last = new string[phrases.Length];
        var first = new System.Text.StringBuilder();
        for (int i = 0; i < phrases.Length; i++)
        {
            string p = phrases[i].Trim();
            last[i] = p[(p.LastIndexOf(' ') + 1)..];
            first.Append(char.ToLowerInvariant(p[0])).Append(char.ToUpperInvariant(p[0]));
        }

        _lastWords = WordSet.Of(last);
        _firstChars = System.Buffers.SearchValues.Create(first.ToString());
    }

    public static PhraseList Of(params string[] phrases) => new(phrases);

    /// <summary>Whether <paramref name="before"/> ends with one of the phrases at a word boundary.</summary>
    public bool EndsWithAny(ReadOnlySpan<char> before)
    {
        ReadOnlySpan<char> trimmed = before.TrimEnd(' ');
        if (!_lastWords.Contains(trimmed[(trimmed.LastIndexOf(' ') + 1)..]))
        {
            return false;
        }

        foreach (string phrase in _phrases)
        {
            if (trimmed.EndsWith(phrase, StringComparison.OrdinalIgnoreCase)
                && (trimmed.Length == phrase.Length || !char.IsLetterOrDigit(trimmed[trimmed.Length - phrase.Length - 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="after"/> starts with one of the phrases (leading spaces in a phrase count).</summary>
    public bool StartsWithAny(ReadOnlySpan<char> after)
    {
        ReadOnlySpan<char> trimmed = after.TrimStart(' ');
        if (trimmed.IsEmpty || !_firstChars.Contains(trimmed[0]))
        {
            return false;
        }

        foreach (string phrase in _phrases)
        {
            if (after.StartsWith(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
