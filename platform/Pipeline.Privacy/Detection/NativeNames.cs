using System.Collections.Frozen;

namespace Pipeline.Privacy.Detection;

/// <summary>
/// Given and family names written in scripts other than Latin (Han, kana, Hangul, Cyrillic, Greek, Arabic,
/// Devanagari, Hebrew, Thai, Georgian, Armenian …), loaded once from the embedded <c>native-names.txt</c> (see
/// Names/NOTICE). Cyrillic and Greek are kept in lower case and Greek without its accents, so lookups fold the same
/// way; lookups take spans and allocate nothing.
/// </summary>
internal static class NativeNames
{
    private const int MaxLength = 24;

    private static readonly (FrozenSet<string> Given, FrozenSet<string> Family) s_names = Load();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_given = s_names.Given.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_family = s_names.Family.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="word"/> is a given name of some culture that writes it in its own script.</summary>
    public static bool IsGiven(ReadOnlySpan<char> word) => Lookup(word, s_given);

    /// <summary>Whether <paramref name="word"/> is a family name of some culture that writes it in its own script.</summary>
    public static bool IsFamily(ReadOnlySpan<char> word) => Lookup(word, s_family);

    private static bool Lookup(ReadOnlySpan<char> word, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> names)
    {
        if (word.Length is 0 or > MaxLength)
        {
            return false;
        }

        Span<char> folded = stackalloc char[MaxLength];
        for (int i = 0; i < word.Length; i++)
        {
            folded[i] = Fold(word[i]);
        }

        return names.Contains(folded[..word.Length]);
    }

    /// <summary>Cyrillic and Greek to lower case, Greek vowels without tonos or dialytika ("Ελένη" is "ελενη").</summary>
    private static char Fold(char c)
    {
        if (c is < '\u0370' or > '\u04FF')
        {
            return c;
        }

        c = char.ToLowerInvariant(c);
        return c switch
        {
            'ά' => 'α',
            'έ' => 'ε',
            'ή' => 'η',
            'ί' or 'ϊ' or 'ΐ' => 'ι',
            'ό' => 'ο',
            'ύ' or 'ϋ' or 'ΰ' => 'υ',
            'ώ' => 'ω',
            _ => c,
        };
    }

    private static (FrozenSet<string>, FrozenSet<string>) Load()
    {
        var given = new List<string>(8_000);
        var family = new List<string>(6_000);
        foreach (string line in Lexicon.ReadLines("Pipeline.Privacy.Names.native-names.txt"))
        {
            if (line.Length > 2 && line[0] is 'g' or 'f' && line[1] == ' ' && line.Length - 2 <= MaxLength)
            {
                (line[0] == 'g' ? given : family).Add(line[2..]);
            }
        }

        return (given.ToFrozenSet(StringComparer.Ordinal), family.ToFrozenSet(StringComparer.Ordinal));
    }
}
