namespace Pipeline.Privacy.Detection;

/// <summary>Character and word helpers shared by the detectors; every one works on spans and allocates nothing.</summary>
internal static class Text
{
    /// <summary>The character at <paramref name="index"/>, or a space outside the text (so boundaries hold at both ends).</summary>
    public static char At(ReadOnlySpan<char> text, int index) => (uint)index < (uint)text.Length ? text[index] : ' ';

    /// <summary>An identifier character: ASCII letter, digit or underscore.</summary>
    public static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    /// <summary>
    /// A letter or digit in any script. A value ends where this is false, so values glued to "_", "-" or "." inside
    /// file names (<c>statement_DE89…_2026-03.pdf</c>) are found.
    /// </summary>
    public static bool IsAlnum(char c) => char.IsLetterOrDigit(c);

    /// <summary>The next index of <paramref name="value"/> (ignoring case) at or after <paramref name="from"/>, or -1.</summary>
    public static int IndexFrom(ReadOnlySpan<char> text, int from, string value)
    {
        if (from >= text.Length)
        {
            return -1;
        }

        int at = text[from..].IndexOf(value, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? -1 : from + at;
    }

    public static int CountDigits(ReadOnlySpan<char> text)
    {
        int n = 0;
        foreach (char c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>Whether the word (letters only) that ends at or before <paramref name="index"/>, skipping separators, is one of <paramref name="labels"/>.</summary>
    public static bool WordBefore(ReadOnlySpan<char> text, int index, WordSet labels) =>
        LabelBefore(text, index, labels, 1);

    /// <summary>
    /// Whether one of the <paramref name="words"/> words before <paramref name="index"/> (skipping spaces and
    /// punctuation such as ":", "#", ".", "=", "(") is one of <paramref name="labels"/> (case-insensitive).
    /// </summary>
    public static bool LabelBefore(ReadOnlySpan<char> text, int index, WordSet labels, int words)
    {
        int i = Math.Min(index, text.Length) - 1;
        for (int w = 0; w < words; w++)
        {
            while (i >= 0 && !char.IsLetter(text[i]))
            {
                // A label belongs to the value only within a clause: " - ", "|" or a digit end the look-back.
                if (text[i] is '|' or '·' or '—' or '–' or ',' or ';' || char.IsAsciiDigit(text[i]) || (text[i] == '-' && At(text, i - 1) == ' ' && At(text, i + 1) == ' '))
                {
                    return false;
                }

                i--;
            }

            int end = i + 1;
            while (i >= 0 && char.IsLetter(text[i]))
            {
                i--;
            }

            if (end == i + 1)
            {
                return false;
            }

            if (labels.Contains(text[(i + 1)..end]))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsOneOf(ReadOnlySpan<char> word, WordSet words) => words.Contains(word);

    public static bool IsOneOf(ReadOnlySpan<char> word, ReadOnlySpan<string> candidates)
    {
        foreach (string candidate in candidates)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Starts with an upper-case letter followed by at least one lower-case letter ("Alice", "McDonald").</summary>
    public static bool IsCapitalised(ReadOnlySpan<char> word) =>
        word.Length >= 2 && char.IsUpper(word[0]) && (char.IsLower(word[1])
            || (word.Length >= 4 && word[1] is '\'' or '’' && char.IsUpper(word[2]) && char.IsLower(word[3])));

    /// <summary>The end (exclusive) of the run of letters, apostrophes inside a word and hyphens between letters starting at <paramref name="start"/>.</summary>
    public static int WordEnd(ReadOnlySpan<char> text, int start)
    {
        int i = start;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsLetter(c))
            {
                i++;
            }
            else if ((c == '-' || c == '\'' || c == '’') && char.IsLetter(At(text, i + 1)) && i > start && char.IsUpper(At(text, i + 1)))
            {
                // "Jean-Luc", "O'Brien"; a possessive "'s" is not part of the name.
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>
    /// Whether a title segment separator starts at <paramref name="index"/>: " - " (spaces required), or "|", "—",
    /// "–", "·", "•" (applications join the document, the account and the application name with these).
    /// </summary>
    public static bool IsSegmentSeparator(ReadOnlySpan<char> text, int index)
    {
        char c = text[index];
        return c switch
        {
            '-' => At(text, index - 1) == ' ' && At(text, index + 1) == ' ',
            '|' or '—' or '–' or '·' or '•' => true,
            _ => false,
        };
    }

    /// <summary>Skips white space from <paramref name="i"/>, then moves it past the next run of other characters; returns where that run starts.</summary>
    internal static int NextToken(ReadOnlySpan<char> text, ref int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        int start = i;
        while (i < text.Length && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return start;
    }

    /// <summary>Skips what is not a letter from <paramref name="i"/>, then moves it past the next run of letters; returns where that run starts.</summary>
    internal static int NextLetterWord(ReadOnlySpan<char> text, ref int i)
    {
        while (i < text.Length && !char.IsLetter(text[i]))
        {
            i++;
        }

        int start = i;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        return start;
    }

    /// <summary>Writes <c>[start, end)</c> without its surrounding white space as the next pair of <paramref name="bounds"/>.</summary>
    internal static void AddTrimmedSegment(ReadOnlySpan<char> text, int start, int end, Span<int> bounds, ref int count)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        bounds[count * 2] = start;
        bounds[(count * 2) + 1] = end;
        count++;
    }

    /// <summary>
    /// The length of an unread count or status mark that a messenger puts before its title ("(3) ", "[12] ", "● ",
    /// "* ", an emoji and a space), or 0.
    /// </summary>
    internal static int BadgeLength(ReadOnlySpan<char> segment)
    {
        if (segment.Length > 3 && segment[0] is '(' or '[')
        {
            char close = segment[0] == '(' ? ')' : ']';
            int d = 1;
            while (d < segment.Length && d <= 4 && char.IsAsciiDigit(segment[d]))
            {
                d++;
            }

            if (d > 1 && At(segment, d) == close && At(segment, d + 1) == ' ')
            {
                return d + 2;
            }

            return 0;
        }

        // Symbols and emoji (surrogate pairs, variation selectors) up to the first space.
        int i = 0;
        while (i < segment.Length && i < 4 && (char.IsSurrogate(segment[i]) || segment[i] is '\uFE0F' or '*' or '•' or '●' or '○' or '◉' or '✱' or '★' or '☆'
            || char.GetUnicodeCategory(segment[i]) is System.Globalization.UnicodeCategory.OtherSymbol or System.Globalization.UnicodeCategory.MathSymbol))
        {
            i++;
        }

        return i > 0 && At(segment, i) == ' ' ? i + 1 : 0;
    }

    /// <summary>
    /// Splits a title into its segments, trimmed, as start and end pairs in <paramref name="bounds"/>; returns the
    /// number of segments (at most half the buffer; the last one runs to the end of the text).
    /// </summary>
    public static int Segments(ReadOnlySpan<char> text, Span<int> bounds)
    {
        int count = 0;
        int start = 0;
        int max = bounds.Length / 2;
        for (int i = 0; i <= text.Length && count < max; i++)
        {
            if (i < text.Length && (count == max - 1 || !IsSegmentSeparator(text, i)))
            {
                continue;
            }

            AddTrimmedSegment(text, start, i, bounds, ref count);
            if (count == 1)
            {
                // "(3) Ana Lima · Signal", "● WhatsApp — Ana Lima": an unread badge or a status mark is no part of the first segment.
                bounds[0] += BadgeLength(text[bounds[0]..bounds[1]]);
            }

            start = i + 1;
        }

        return count;
    }
}
