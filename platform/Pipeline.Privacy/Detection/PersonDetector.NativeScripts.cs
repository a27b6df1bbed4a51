using System.Globalization;
using static Pipeline.Privacy.Detection.Text;

namespace Pipeline.Privacy.Detection;

/// <summary>
/// Names written in their own script, wherever the title puts them ("Offer letter – 이 지훈", "微信 - 黄 伟",
/// "田中 葵 / 携帯 …", "Анна Соколова | Móvil …"). Each script has its own evidence:
/// <list type="bullet">
/// <item>Han, kana and Hangul write no spaces between words, so a family name of the gazetteer, one space and a short
/// given name is a person ("石川 健太", "김 서연"; a Hangul given name must be listed, "이 문서" is "this document");
/// unspaced, a listed family name must be followed by a listed given name ("李志强", "박서연");</item>
/// <item>Cyrillic, Greek and Armenian do not capitalise the words of a title, so two or three capitalised words
/// with a listed given or family name (or a Slavic surname ending) are a person ("Дмитрий Волков");</item>
/// <item>scripts without capitals (Arabic, Devanagari, Hebrew, Thai, Tamil …) need a listed name, or a person's
/// context: a conversation cue, a pairing, or a whole segment of a title otherwise written in Latin letters
/// ("अनीता जोशी - Expediente - File Explorer").</item>
/// </list>
/// A single native word is a person only in such a context and when it is a listed given name ("Huddle: 지훈, …").
/// </summary>
internal static partial class PersonDetector
{
    private const int MaxNativeWords = 4;

    // Japanese, Chinese and Korean honorifics written after a name: "渡辺 葵 様", "김 서연 님".
    private static readonly WordSet s_nativeHonorifics = WordSet.Of(["様", "さま", "さん", "殿", "氏", "先生", "君", "くん", "ちゃん", "女士", "老师", "님", "씨", "선생님"]);

    private enum NativeScript
    {
        None,
        Han,
        Hangul,
        Cased,
        Uncased,
    }

    private static void FindNativeScriptNames(ReadOnlySpan<char> text, ref Findings found, ref int conversationState, scoped Span<int> bounds, ref int segmentCount)
    {
        Span<int> starts = stackalloc int[MaxNativeWords];
        Span<int> ends = stackalloc int[MaxNativeWords];
        int i = 0;
        while (i < text.Length)
        {
            NativeScript script = ScriptOf(text[i]);
            if (script == NativeScript.None || (i > 0 && IsAlnum(text[i - 1])))
            {
                i++;
                continue;
            }

            // A group: up to four words of one script, each separated by one space.
            int n = 0;
            int k = i;
            while (n < MaxNativeWords)
            {
                starts[n] = k;
                ends[n] = NativeWordEnd(text, k, script);
                k = ends[n];
                n++;
                if (At(text, k) != ' ' || ScriptOf(At(text, k + 1)) != script)
                {
                    break;
                }

                k++;
            }

            if (IsAlnum(At(text, k)) && ScriptOf(At(text, k)) == NativeScript.None && !char.IsAsciiDigit(At(text, k)))
            {
                // Glued to Latin letters ("서연s-iPhone"): not a word of its own.
                i = k;
                continue;
            }

            // An honorific ends the name, whatever follows it ("渡辺 葵 様 東京都…").
            for (int w = 1; w < n; w++)
            {
                if (IsOneOf(text[starts[w]..ends[w]], s_nativeHonorifics))
                {
                    n = w;
                    break;
                }
            }

            int nameStart = -1;
            int nameEnd = -1;
            switch (script)
            {
                case NativeScript.Han:
                case NativeScript.Hangul:
                    FindEastAsianName(text, script, starts[..n], ends[..n], out nameStart, out nameEnd);
                    break;
                case NativeScript.Cased:
                {
                    // The capitalised words of the group may follow a lower-case cue of the same script ("Письмо от Ольга Смирнова").
                    int first = 0;
                    while (first + 1 < n && !(char.IsUpper(text[starts[first]]) && char.IsUpper(text[starts[first + 1]])))
                    {
                        first++;
                    }

                    int last = Math.Min(n, first + 3);
                    if (last - first >= 2 && AllCapitalised(text, starts[first..last], ends[first..last])
                        && (NativeNames.IsGiven(text[starts[first]..ends[first]]) || NativeNames.IsFamily(text[starts[last - 1]..ends[last - 1]])
                            || IsSlavicSurname(text[starts[last - 1]..ends[last - 1]])))
                    {
                        nameStart = starts[first];
                        nameEnd = ends[last - 1];
                    }

                    break;
                }

                default:
                {
                    // A listed given name may come after words of the same script that are no name ("محادثة مع …", a chat with).
                    int given = 0;
                    while (given < n - 1 && !NativeNames.IsGiven(text[starts[given]..ends[given]]))
                    {
                        given++;
                    }

                    if (given < n - 1 && given > 0)
                    {
                        nameStart = starts[given];
                        nameEnd = ends[Math.Min(n, given + 3) - 1];
                    }
                    else if (n is 2 or 3 && (NativeNames.IsGiven(text[starts[0]..ends[0]]) || NativeNames.IsFamily(text[starts[n - 1]..ends[n - 1]])
                        || IsNativeNameContext(text, starts[0], ends[n - 1], ref conversationState, bounds, ref segmentCount)
                        || IsLatinTitleSegment(text, starts[0], ends[n - 1])))
                    {
                        nameStart = starts[0];
                        nameEnd = ends[n - 1];
                    }

                    break;
                }
            }

            if (nameStart < 0 && n == 1 && ends[0] - starts[0] >= 2 - (script == NativeScript.Han ? 1 : 0)
                && (script != NativeScript.Cased || char.IsUpper(text[starts[0]]))
                && (NativeNames.IsGiven(text[starts[0]..ends[0]]) || (script == NativeScript.Uncased && IsPaired(text, starts[0], ends[0]) && HasPairCue(text)))
                && IsNativeNameContext(text, starts[0], ends[0], ref conversationState, bounds, ref segmentCount))
            {
                // "Huddle: 지훈, Summer and 3 others", "1:1 하은 / Ελένη": a given name alone where people are listed;
                // in a script the lists hardly cover, a pairing alone says so ("1:1 अनीता / Alessandro").
                nameStart = starts[0];
                nameEnd = ends[0];
            }

            if (nameStart >= 0 && !found.Overlaps(nameStart, nameEnd))
            {
                found.Add(nameStart, nameEnd - nameStart, PiiKind.Person, 3);
            }

            i = k;
        }
    }

    /// <summary>A family name, one space and a given name ("石川 健太"), or the two written together when both are listed ("박서연").</summary>
    private static void FindEastAsianName(ReadOnlySpan<char> text, NativeScript script, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, out int nameStart, out int nameEnd)
    {
        nameStart = -1;
        nameEnd = -1;
        int n = starts.Length;
        if (n >= 2)
        {
            // The pair must end the group: "注文者情報 田中 由美子" has its name last.
            ReadOnlySpan<char> family = text[starts[n - 2]..ends[n - 2]];
            ReadOnlySpan<char> given = text[starts[n - 1]..ends[n - 1]];
            bool shape = script == NativeScript.Han
                ? family.Length is >= 1 and <= 3 && given.Length is >= 1 and <= 3
                : family.Length == 1 && given.Length is 1 or 2 && NativeNames.IsGiven(given);
            if (shape && NativeNames.IsFamily(family))
            {
                nameStart = starts[n - 2];
                nameEnd = ends[n - 1];
            }

            return;
        }

        ReadOnlySpan<char> word = text[starts[0]..ends[0]];
        for (int p = 1; p <= 2 && p < word.Length; p++)
        {
            if (word.Length - p == 2 && NativeNames.IsFamily(word[..p]) && NativeNames.IsGiven(word[p..]))
            {
                nameStart = starts[0];
                nameEnd = ends[0];
                return;
            }
        }
    }

    /// <summary>A cue before, a pairing mark beside, or a list of people in a conversation's title around a native name.</summary>
    private static bool IsNativeNameContext(ReadOnlySpan<char> text, int start, int end, ref int conversationState, scoped Span<int> bounds, ref int segmentCount)
    {
        int personalDocumentState = -1;
        if (StrongCueBefore(text, start) || HasCueAfter(text, end) || (IsPaired(text, start, end) && HasPairCue(text))
            || (end - start >= 3 && IsPersonalDocument(text, ref personalDocumentState)))
        {
            return true;
        }

        ReadOnlySpan<char> before = text[..start].TrimEnd(' ');
        ReadOnlySpan<char> after = text[end..].TrimStart(' ');
        bool listed = before.EndsWith(",") || after.StartsWith(",") || after.StartsWith("and ") || before.EndsWith(" and") || before.EndsWith(":");
        return listed && IsConversation(text, ref conversationState, bounds, ref segmentCount);
    }

    /// <summary>Whether the native words are a whole segment of a title whose other segments are written in Latin letters.</summary>
    private static bool IsLatinTitleSegment(ReadOnlySpan<char> text, int start, int end)
    {
        Span<int> bounds = stackalloc int[32];
        int n = Segments(text, bounds);
        if (n < 2)
        {
            return false;
        }

        bool whole = false;
        bool latinElsewhere = false;
        for (int s = 0; s < n; s++)
        {
            int segmentStart = bounds[s * 2];
            int segmentEnd = bounds[(s * 2) + 1];
            if (segmentStart == start && segmentEnd == end)
            {
                whole = true;
                continue;
            }

            foreach (char c in text[segmentStart..segmentEnd])
            {
                if (char.IsAsciiLetter(c))
                {
                    latinElsewhere = true;
                    break;
                }
            }
        }

        return whole && latinElsewhere;
    }

    private static bool AllCapitalised(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends)
    {
        for (int w = 0; w < starts.Length; w++)
        {
            if (ends[w] - starts[w] < 2 || !char.IsUpper(text[starts[w]]) || !char.IsLower(text[starts[w] + 1]))
            {
                return false;
            }
        }

        return true;
    }

    // Endings of East Slavic family names: "Волков", "Соколова", "Ахметова", "Шевченко", "Мельник" is listed.
    private static readonly string[] s_slavicSurnameEndings = ["ов", "ова", "ев", "ева", "ёв", "ёва", "ин", "ина", "ский", "ская", "цкий", "цкая", "енко", "ук", "юк", "ич", "ян"];

    private static bool IsSlavicSurname(ReadOnlySpan<char> word)
    {
        if (word.Length < 5)
        {
            return false;
        }

        foreach (string ending in s_slavicSurnameEndings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static int NativeWordEnd(ReadOnlySpan<char> text, int start, NativeScript script)
    {
        int i = start;
        while (i < text.Length && (ScriptOf(text[i]) == script || (i > start && IsMark(text[i]))))
        {
            i++;
        }

        return i;
    }

    private static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static NativeScript ScriptOf(char c)
    {
        if (c < '\u0370' || c is >= '\u1E00' and <= '\u1EFF' || !char.IsLetter(c))
        {
            return NativeScript.None;
        }

        return c switch
        {
            >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' => NativeScript.Han,
            >= '\uAC00' and <= '\uD7AF' => NativeScript.Hangul,
            >= '\u0370' and <= '\u03FF' or >= '\u0400' and <= '\u052F' or >= '\u0531' and <= '\u058F' => NativeScript.Cased,
            _ => NativeScript.Uncased,
        };
    }
}
