using static Pipeline.Privacy.Detection.Text;

namespace Pipeline.Privacy.Detection;

// Round 5 (people): a name written family name first with a comma, as directories, records and matters write it:
// "\Personnel\Adeyemi, Temitope\", "DE LA VEGA, Lucía - MRN …", "Ní Fhaoláin, Aoife v. Brenner Bau". One span from
// the family name (particles, hyphens, capitals) to the given name, which must be a clear first name and end the
// segment; the family name must start its segment. "Paris, France", "Sales, Marketing" and "Smith, Jones & Co" stay.
internal static partial class PersonDetector
{
    private static void FindSurnameFirst(ReadOnlySpan<char> text, ref Findings found)
    {
        for (int comma = text.IndexOf(", ", StringComparison.Ordinal); comma > 0; comma = NextComma(text, comma + 2))
        {
            int given = comma + 2;
            int givenEnd = WordEnd(text, given);
            if (givenEnd == given || !IsCapitalised(text[given..givenEnd]) || !Lexicon.IsClearFirstName(text[given..givenEnd]))
            {
                continue;
            }

            // A middle initial: "Adeyemi, Temitope A."
            int end = givenEnd;
            if (At(text, end) == ' ' && char.IsUpper(At(text, end + 1)) && At(text, end + 2) == '.' && !char.IsLetter(At(text, end + 3)))
            {
                end += 3;
            }

            if (!EndsNameSegment(text, end))
            {
                continue;
            }

            int start = SurnameRunStart(text, comma);
            if (start < 0 || found.OverlapsOtherThan(start, end, PiiKind.Person))
            {
                continue;
            }

            found.Add(start, end - start, PiiKind.Person, 3);
        }
    }

    private static int NextComma(ReadOnlySpan<char> text, int from)
    {
        if (from >= text.Length)
        {
            return -1;
        }

        int i = text[from..].IndexOf(", ", StringComparison.Ordinal);
        return i < 0 ? -1 : from + i;
    }

    /// <summary>After the given name: the title's or segment's end, a path separator, a bracket, " v. " of a matter, a file's extension.</summary>
    private static bool EndsNameSegment(ReadOnlySpan<char> text, int end)
    {
        if (end >= text.Length)
        {
            return true;
        }

        char c = text[end];
        if (c is '\\' or '/' or ')' or ']' or ';' or '"')
        {
            return true;
        }

        if (c == '.')
        {
            int ext = end + 1;
            while (ext < text.Length && char.IsAsciiLetterOrDigit(text[ext]))
            {
                ext++;
            }

            return ext - end is >= 3 and <= 5 && (ext == text.Length || text[ext] is ' ' or '"' or ')');
        }

        return c == ' ' && (IsSegmentSeparator(text, Math.Min(end + 1, text.Length - 1)) || At(text, end + 1) is '(' or '['
            || text[end..].StartsWith(" v. ", StringComparison.Ordinal) || text[end..].StartsWith(" vs. ", StringComparison.Ordinal));
    }

    /// <summary>
    /// The start of the family name before the comma: one to three words, each capitalised or in capitals, particles
    /// in any case between them, that start a segment (the title's start, a path separator, a bracket, a label's colon,
    /// a separator, or a reference number before them). -1 when there is none.
    /// </summary>
    private static int SurnameRunStart(ReadOnlySpan<char> text, int comma)
    {
        int start = comma;
        int words = 0;
        while (words < 4)
        {
            int w = start;
            while (w > 0 && (char.IsLetter(text[w - 1]) || text[w - 1] is '\'' or '’' or '-'))
            {
                w--;
            }

            if (w == start)
            {
                return -1;
            }

            ReadOnlySpan<char> word = text[w..start];
            bool capitals = word.Length >= 2 && char.IsUpper(word[0]) && char.IsUpper(word[1]);
            bool name = IsCapitalised(word) || capitals || (word.Length >= 2 && char.IsUpper(word[0]) && word[1] is '\'' or '’');
            bool particle = IsOneOf(word, s_particles) || word is "Ó" or "Ní" or "Mac" or "Mc" or "O'";
            if (!(name || (particle && words > 0)))
            {
                return -1;
            }

            if (words == 0)
            {
                // The word next to the comma is the family name proper: not a word of the language, not a listed non-surname,
                // and not a lone given name of a member list ("Anna, Ben").
                if (Lexicon.IsCommonWord(word) || IsNotSurname(word) || (Lexicon.IsClearFirstName(word) && !Lexicon.IsFamilyName(word, out _)))
                {
                    return -1;
                }
            }

            words++;
            start = w;
            if (IsNameRunBoundary(text, start))
            {
                return start;
            }

            if (At(text, start - 1) != ' ')
            {
                return -1;
            }

            start--;
        }

        return -1;
    }

    private static bool IsNameRunBoundary(ReadOnlySpan<char> text, int start)
    {
        if (start == 0)
        {
            return true;
        }

        char before = text[start - 1];
        if (before is '\\' or '/' or '(' or '[' or '"' or '_')
        {
            return true;
        }

        if (before != ' ' || start < 2)
        {
            return false;
        }

        char b2 = At(text, start - 2);
        if (b2 == ':' || IsSegmentSeparator(text, start - 2))
        {
            return true;
        }

        // "Matter 2231-004 Adeyemi, Tolu v. …", "MRN 0042113 DE LA VEGA, …": a reference number before the name.
        return char.IsAsciiDigit(b2);
    }
}
