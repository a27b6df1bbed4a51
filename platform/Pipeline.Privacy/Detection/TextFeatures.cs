namespace Pipeline.Privacy.Detection;

/// <summary>
/// What a text holds, found in one pass over its characters, so that each detector runs only when the text has what
/// it looks for: most titles have no digits, "@", "/" or "=" and pay only for the word detectors.
/// </summary>
[Flags]
internal enum TextFeatures
{
    None = 0,
    Digit = 1 << 0,
    At = 1 << 1,
    Hash = 1 << 2,
    Slash = 1 << 3,
    Colon = 1 << 4,
    Equals = 1 << 5,
    Underscore = 1 << 6,
    /// <summary>A hyphen with a letter or digit beside it ("sk-…", "-p…", "-----BEGIN"), not the " - " between title segments.</summary>
    GluedHyphen = 1 << 7,
    Dot = 1 << 8,
    Paren = 1 << 9,
    Bracket = 1 << 10,
    Percent = 1 << 11,
    /// <summary>An upper-case letter followed by a lower-case one: a capitalised word.</summary>
    Capitalised = 1 << 12,
    /// <summary>A letter outside ASCII (names in other scripts, accents).</summary>
    NonAsciiLetter = 1 << 13,
}

/// <summary>Computes <see cref="TextFeatures"/>.</summary>
internal static class TextFeatureScan
{
    public static TextFeatures Of(ReadOnlySpan<char> text)
    {
        TextFeatures f = TextFeatures.None;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c < 0x80)
            {
                f |= c switch
                {
                    >= '0' and <= '9' => TextFeatures.Digit,
                    '@' => TextFeatures.At,
                    '#' => TextFeatures.Hash,
                    '/' => TextFeatures.Slash,
                    ':' => TextFeatures.Colon,
                    '=' => TextFeatures.Equals,
                    '_' => TextFeatures.Underscore,
                    '.' => TextFeatures.Dot,
                    '(' or ')' => TextFeatures.Paren,
                    '[' or '{' => TextFeatures.Bracket,
                    '%' => TextFeatures.Percent,
                    '-' when char.IsAsciiLetterOrDigit(Text.At(text, i - 1)) || char.IsAsciiLetterOrDigit(Text.At(text, i + 1)) || Text.At(text, i + 1) == '-' => TextFeatures.GluedHyphen,
                    >= 'A' and <= 'Z' when char.IsLower(Text.At(text, i + 1)) || Text.At(text, i + 1) is '\'' or '’' => TextFeatures.Capitalised,
                    _ => TextFeatures.None,
                };
            }
            else if (char.IsLetter(c))
            {
                f |= TextFeatures.NonAsciiLetter;
                if (char.IsUpper(c) && char.IsLower(Text.At(text, i + 1)))
                {
                    f |= TextFeatures.Capitalised;
                }
            }
        }

        return f;
    }
}
