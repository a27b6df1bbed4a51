using System.Buffers;
using System.Text.RegularExpressions;
using static Pipeline.Privacy.Detection.Text;

namespace Pipeline.Privacy.Detection;

/// <summary>
/// Street addresses: a house number and a street with a street-type word (US, UK: <c>500 Market St</c>), German
/// (<c>Hauptstraße 5</c>), French (<c>12 rue de la Paix</c>), Spanish, Italian and Portuguese (<c>Via Roma 10</c>),
/// Japanese block numbers (<c>4-2-1 Akasaka, Minato City</c>) and PO boxes; then the unit, city, state and postal code
/// that follow after commas. A postal code and a city alone ("ZIP 10115 Berlin") name an area, not a home, and stay.
/// </summary>
internal static class AddressDetector
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    private static readonly Regex s_street = new(
        @"[0-9]{1,5}[A-Za-z]?(?: (?:[0-9]{1,3}(?:st|nd|rd|th)|[NSEW]\.?|[A-Z][A-Za-z'\-]*\.?)){1,4} (?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Court|Ct|Place|Pl|Square|Sq|Parkway|Pkwy|Terrace|Ter|Highway|Hwy|Circle|Cir|Trail|Close|Crescent|Grove|Gardens|Row|Mews|Alley|Plaza|Loop|Pike|Path|Walk|Crossing|Hill|Park|Green|Wharf|Quay|Embankment|Marg|Nagar)\.?(?: (?:NW|NE|SW|SE|N|S|E|W)\b)?" +
        @"|[0-9]{1,5} Broadway" +
        @"|[A-ZÄÖÜ][a-zäöüß]+(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|steig|pfad|straat|gracht|laan|plein|kade|singel|vej|gatan|gata|veien|katu|tie) [0-9]{1,4}[a-zA-Z]?" +
        @"|[0-9]{1,4}(?: bis| ter)?,? (?:rue|avenue|av\.|boulevard|bd|place|chemin|impasse|allée|quai|route|cours) (?:[a-zéèàâêîôûç'’\-]+ ){0,3}[A-ZÉÈÀ][A-Za-zéèàâêîôûç'’\-]+(?: [A-ZÉÈÀ][A-Za-zéèàâêîôûç'’\-]+){0,3}" +
        @"|(?:Calle|Avenida|Plaza|Paseo|Via|Viale|Piazza|Corso|Rua|Carrer) (?:[a-zé]+ ){0,2}[A-ZÁÉÍÓÚ][A-Za-záéíóúñ]+(?: [A-ZÁÉÍÓÚ][A-Za-záéíóúñ]+)?,? [0-9]{1,4}" +
        @"|[0-9]{1,4}-[0-9]{1,4}(?:-[0-9]{1,4})? [A-Z][a-z]+(?:-[a-z]+)?, [A-Z][a-z]+(?: City| Ward|-ku|-shi)" +
        @"|P\.? ?O\.? Box [0-9]{1,6}",
        Options);

    private static readonly WordSet s_units = WordSet.Of(["apt", "apartment", "suite", "ste", "unit", "floor", "fl", "room", "rm", "flat", "bldg", "building", "#"]);

    // Street words; the pattern runs only when one is present.
    private static readonly SearchValues<string> s_streetWords = SearchValues.Create(
        [" St", " Ave", " Rd", " Road", " Blvd", " Boulevard", " Ln", " Lane", " Dr", " Way", " Ct", " Court", " Pl", " Place", " Sq", " Square",
         " Pkwy", " Parkway", " Ter", " Hwy", " Highway", " Cir", " Circle", " Trail", " Close", " Crescent", " Grove", " Gardens", " Row",
         " Mews", " Alley", " Plaza", " Loop", " Pike", " Path", " Walk", " Crossing", " Hill", " Park", " Green", " Wharf", " Quay",
         " Embankment", " Marg", " Nagar", "Broadway", "straße", "strasse", "str.", "weg ", "gasse", "platz", "allee", "ring ", "damm", "ufer",
         "chaussee", "steig", "pfad", "straat", "gracht", "laan", "plein", "kade", "singel", "vej ", "gatan", "gata ", "veien", "katu", "tie ",
         " rue ", " avenue ", " av. ", " boulevard ", " bd ", " place ", " chemin ", " impasse ", " allée ", " quai ", " route ", " cours ",
         "Calle ", "Avenida ", "Plaza ", "Paseo ", "Via ", "Viale ", "Piazza ", "Corso ", "Rua ", "Carrer ", " City", " Ward", "-ku", "-shi", "Box "],
        StringComparison.Ordinal);

    public static void Find(ReadOnlySpan<char> text, ref Findings found)
    {
        if (text.IndexOfAny(s_streetWords) < 0)
        {
            return;
        }

        foreach (ValueMatch m in s_street.EnumerateMatches(text))
        {
            int start = m.Index;
            int end = m.Index + m.Length;
            if (IsAlnum(At(text, start - 1)) || IsAlnum(At(text, end)) && At(text, end - 1) != '.' || found.Overlaps(start, end))
            {
                continue;
            }

            found.Add(UnitBefore(text, start), Extend(text, end) - UnitBefore(text, start), PiiKind.Address, 4);
        }
    }

    /// <summary>", Apt 12B", ", SF", ", CA 94104", ", Boston", " 10115 Berlin", ", Tokyo 107-0052": up to four parts after the street.</summary>
    private static int Extend(ReadOnlySpan<char> text, int end)
    {
        for (int part = 0; part < 4; part++)
        {
            int i = end;
            bool comma = At(text, i) == ',';
            if (comma)
            {
                i++;
            }

            if (i + 1 >= text.Length || text[i] != ' ')
            {
                break;
            }

            i++;
            int wordEnd = i;
            while (wordEnd < text.Length && (char.IsLetterOrDigit(text[wordEnd]) || text[wordEnd] is '-' or '.' or '#'))
            {
                wordEnd++;
            }

            ReadOnlySpan<char> word = text[i..wordEnd].TrimEnd('.');
            if (word.IsEmpty)
            {
                break;
            }

            if (IsOneOf(word, s_units) || word[0] == '#')
            {
                // "Apt 12B", "Suite 400", "#5".
                int valueEnd = wordEnd;
                if (word[0] != '#' || word.Length == 1)
                {
                    if (At(text, valueEnd) != ' ' || !IsAlnum(At(text, valueEnd + 1)))
                    {
                        break;
                    }

                    valueEnd++;
                    while (valueEnd < text.Length && (IsAlnum(text[valueEnd]) || text[valueEnd] == '-'))
                    {
                        valueEnd++;
                    }
                }

                end = valueEnd;
                continue;
            }

            if (IsPostalCode(word) || (IsStateCode(word) && At(text, wordEnd) == ' ' && IsPostalCode(NextWord(text, wordEnd + 1))))
            {
                end = IsStateCode(word) ? wordEnd + 1 + NextWord(text, wordEnd + 1).Length : wordEnd;
                ReadOnlySpan<char> letters = At(text, end) == ' ' ? NextWord(text, end + 1) : [];
                if (word.Length == 4 && letters.Length == 2 && letters.IndexOfAnyExceptInRange('A', 'Z') < 0)
                {
                    // "1015 CJ Amsterdam": a Dutch postcode has two letters.
                    end += 3;
                }

                if (IsStateCode(word) == false && At(text, end) == ' ' && IsCapitalised(NextWord(text, end + 1)))
                {
                    // "10115 Berlin"
                    end = end + 1 + NextWord(text, end + 1).Length;
                }

                continue;
            }

            if (comma && (IsCapitalised(word) || IsStateCode(word)) && !IsSegmentSeparator(text, i))
            {
                // A city (one to three capitalised words), a state or a country; a postal code may follow.
                int cityEnd = wordEnd;
                for (int w = 0; w < 2 && At(text, cityEnd) == ' ' && IsCapitalised(NextWord(text, cityEnd + 1)) && !IsStateCode(NextWord(text, cityEnd + 1)); w++)
                {
                    cityEnd = cityEnd + 1 + NextWord(text, cityEnd + 1).Length;
                }

                if (At(text, cityEnd) == ' ' && IsPostalCode(NextWord(text, cityEnd + 1)))
                {
                    cityEnd = cityEnd + 1 + NextWord(text, cityEnd + 1).Length;
                }

                end = cityEnd;
                continue;
            }

            break;
        }

        return end;
    }

    /// <summary>"Flat 2, 15 Queen's Road", "Apt 4B, 123 Main St": a unit written before the street.</summary>
    private static int UnitBefore(ReadOnlySpan<char> text, int start)
    {
        if (start < 4 || text[start - 1] != ' ' || text[start - 2] != ',')
        {
            return start;
        }

        int valueEnd = start - 2;
        int valueStart = valueEnd;
        while (valueStart > 0 && (IsAlnum(text[valueStart - 1]) || text[valueStart - 1] == '-'))
        {
            valueStart--;
        }

        if (valueStart == valueEnd || At(text, valueStart - 1) != ' ')
        {
            return start;
        }

        int wordEnd = valueStart - 1;
        int wordStart = wordEnd;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        return IsOneOf(text[wordStart..wordEnd].TrimEnd('.'), s_units) && !IsAlnum(At(text, wordStart - 1)) ? wordStart : start;
    }

    private static ReadOnlySpan<char> NextWord(ReadOnlySpan<char> text, int start)
    {
        int end = start;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '-'))
        {
            end++;
        }

        return start < text.Length ? text[start..end] : [];
    }

    private static bool IsStateCode(ReadOnlySpan<char> word) => word.Length is 2 or 3 && word.IndexOfAnyExceptInRange('A', 'Z') < 0;

    /// <summary>US ZIP (12345, 12345-6789), 4 to 5 digit European codes, Japanese 123-4567, UK outward codes (SW1A, EC1).</summary>
    private static bool IsPostalCode(ReadOnlySpan<char> word)
    {
        int digits = CountDigits(word);
        if (digits == word.Length)
        {
            // 4 (AT, CH, DK, NL, AU), 5 (US, DE, FR, ES, IT), 6 (IN, CN, RU, SG).
            return digits is >= 4 and <= 6;
        }

        // The inward half of a UK or Canadian code ("6XE", "2T6").
        if (word.Length == 3 && char.IsAsciiLetterOrDigit(word[0]) && word.IndexOfAnyInRange('a', 'z') < 0 && digits is 1 or 2)
        {
            return true;
        }

        if (word.Length == 10 && word[5] == '-' && digits == 9)
        {
            return true;
        }

        if (word.Length == 8 && word[3] == '-' && digits == 7)
        {
            return true;
        }

        return word.Length is >= 2 and <= 4 && char.IsAsciiLetterUpper(word[0]) && digits >= 1 && word.IndexOfAnyInRange('a', 'z') < 0;
    }
}
