using static Pipeline.Privacy.Detection.Text;

namespace Pipeline.Privacy.Detection;

/// <summary>
/// National person numbers recognisable by their layout and their own check digit, with or without a label: Swedish
/// personnummer (<c>YYMMDD-NNNC</c>, Luhn), Finnish henkilötunnus (<c>DDMMYY-NNNC</c>, mod 31), French NIR
/// (<c>1 84 12 75 123 456 78</c>, mod 97 key), Spanish DNI and NIE (mod 23 letter), Italian codice fiscale (odd/even
/// table), Brazilian CPF (<c>123.456.789-09</c>), Belgian national number (<c>85.07.30-033.61</c>, mod 97), Chinese
/// resident id (ISO 7064 mod 11-2), Korean resident registration number, Indian PAN. A date inside the number must
/// be a real date. Shapes without a check digit (Danish CPR <c>DDMMYY-NNNN</c>) need their label. These outrank a phone
/// or a card on the same digits: a random run of digits passes the check and the date by chance only rarely, and
/// none of these layouts is how phones or cards are written.
/// </summary>
internal static class NationalIdDetector
{
    private const int Priority = 6;

    private const string HetuCheck = "0123456789ABCDEFHJKLMNPRSTUVWXY";
    private const string DniLetters = "TRWAGMYFPDXBNJZSQVHLCKE";

    // Labels of the Nordic date-and-serial numbers that carry no check digit of their own (CPR since 2007).
    private static readonly WordSet s_dateNumberLabels = WordSet.Of(
        ["cpr", "cpr-nr", "cprnr", "personnummer", "personnr", "hetu", "henkilötunnus", "fødselsnummer", "fodselsnummer", "personal", "personnumer"]);

    public static void Find(ReadOnlySpan<char> text, ref Findings found)
    {
        FindMyNumber(text, "My Number", ref found);
        FindMyNumber(text, "マイナンバー", ref found);
        FindMyNumber(text, "個人番号", ref found);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (!char.IsAsciiDigit(c) && !char.IsAsciiLetterUpper(c))
            {
                continue;
            }

            char before = At(text, i - 1);
            if (i > 0 && (char.IsLetterOrDigit(before) || before is '.' or '-' or '+'))
            {
                continue;
            }

            int length = Match(text, i);
            // An order or part number that passes a check by chance is still the document's ("주문번호 …", "N° de commande …").
            if (length > 0 && !IsAlnum(At(text, i + length)) && At(text, i + length) is not ('-' or '+') && !found.IsClaimed(i, i + length)
                && !LabelBefore(text, i, LocalIdLabels.Document, 2))
            {
                found.Add(i, length, PiiKind.Id, Priority);
                i += length - 1;
            }
        }
    }

    /// <summary>
    /// Japan's My Number after its label: twelve digits (in fours, spaced or dashed, or not), the last a mod 11 check of
    /// the eleven before it. Written like a phone number, so only after the label and only with the check.
    /// </summary>
    private static void FindMyNumber(ReadOnlySpan<char> text, string label, ref Findings found)
    {
        int at = text.IndexOf(label, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return;
        }

        int i = at + label.Length;
        while (i < text.Length && text[i] is ' ' or ':' or '\uFF1A' or '#' or '.')
        {
            i++;
        }

        int start = i;
        Span<int> d = stackalloc int[12];
        int n = 0;
        while (i < text.Length && n < 12)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                d[n++] = text[i++] - '0';
            }
            else if (text[i] is ' ' or '-' && n % 4 == 0 && n > 0 && char.IsAsciiDigit(At(text, i + 1)))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        if (n != 12 || char.IsAsciiDigit(At(text, i)) || found.IsClaimed(start, i))
        {
            return;
        }

        int sum = 0;
        for (int k = 1; k <= 11; k++)
        {
            sum += d[11 - k] * (k <= 6 ? k + 1 : k - 5);
        }

        int check = sum % 11 <= 1 ? 0 : 11 - (sum % 11);
        if (check == d[11])
        {
            found.Add(start, i - start, PiiKind.Id, Priority);
        }
    }

    /// <summary>The length of a national id starting at <paramref name="start"/>, or 0.</summary>
    private static int Match(ReadOnlySpan<char> text, int start)
    {
        ReadOnlySpan<char> rest = text[start..];
        if (char.IsAsciiDigit(rest[0]))
        {
            return IsDatePlusSerial(text, start, rest) ? 11
                : IsLongPersonnummer(rest) ? 13
                : IsKoreanRrn(rest) ? 14
                : IsCpf(rest) ? 14
                : IsBelgian(rest) ? 15
                : NirLength(rest) is int nir and > 0 ? nir
                : IsChineseId(rest) ? 18
                : IsDni(rest) ? 9
                : 0;
        }

        return IsNie(rest) ? 9 : IsCodiceFiscale(rest) ? 16 : IsPan(rest) ? 10 : 0;
    }

    private static bool Digits(ReadOnlySpan<char> s, int from, int count)
    {
        if (from + count > s.Length)
        {
            return false;
        }

        for (int i = from; i < from + count; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int Number(ReadOnlySpan<char> s, int from, int count)
    {
        int n = 0;
        for (int i = from; i < from + count; i++)
        {
            n = (n * 10) + (s[i] - '0');
        }

        return n;
    }

    private static bool IsDayMonth(int day, int month) => month is >= 1 and <= 12 && day >= 1 && day <= (month == 2 ? 29 : month is 4 or 6 or 9 or 11 ? 30 : 31);

    /// <summary>
    /// Eleven characters <c>dddddd?dddX</c>: a Swedish personnummer (YYMMDD, "-" or "+", Luhn over the ten digits; a
    /// coordination number adds 60 to the day), a Finnish henkilötunnus (DDMMYY, a century sign, mod 31 check), or a
    /// Danish CPR number (DDMMYY-NNNN) after its label.
    /// </summary>
    private static bool IsDatePlusSerial(ReadOnlySpan<char> text, int start, ReadOnlySpan<char> s)
    {
        if (s.Length < 11 || !Digits(s, 0, 6) || !Digits(s, 7, 3) || !char.IsAsciiLetterOrDigit(s[10]))
        {
            return false;
        }

        char sign = s[6];
        if (char.IsAsciiDigit(s[10]) && sign is '-' or '+')
        {
            int day = Number(s, 4, 2);
            if (IsDayMonth(day > 60 ? day - 60 : day, Number(s, 2, 2)) && LuhnOk(s[..6], s[7..11]))
            {
                return true;
            }
        }

        if (sign is '-' or '+' or 'A' or 'B' or 'C' or 'D' or 'E' or 'F' or 'U' or 'V' or 'W' or 'X' or 'Y'
            && IsDayMonth(Number(s, 0, 2), Number(s, 2, 2)))
        {
            int value = (Number(s, 0, 6) * 1000) + Number(s, 7, 3);
            if (HetuCheck[value % 31] == s[10])
            {
                return true;
            }

            // CPR: no check digit since 2007, so only after its label.
            if (sign == '-' && char.IsAsciiDigit(s[10]) && LabelBefore(text, start, s_dateNumberLabels, 3))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"19850730-0338": a Swedish personnummer with the century.</summary>
    private static bool IsLongPersonnummer(ReadOnlySpan<char> s)
    {
        if (s.Length < 13 || !Digits(s, 0, 8) || s[8] is not ('-' or '+') || !Digits(s, 9, 4) || s[..2] is not ("19" or "20"))
        {
            return false;
        }

        int day = Number(s, 6, 2);
        return IsDayMonth(day > 60 ? day - 60 : day, Number(s, 4, 2)) && LuhnOk(s[2..8], s[9..13]);
    }

    private static bool LuhnOk(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        int sum = 0;
        for (int i = 0; i < 10; i++)
        {
            int d = (i < first.Length ? first[i] : second[i - first.Length]) - '0';
            if (i % 2 == 0)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        return sum % 10 == 0;
    }

    /// <summary>"850730-1234567": YYMMDD, a dash, a sex-and-century digit and six more, the last a mod 11 check.</summary>
    private static bool IsKoreanRrn(ReadOnlySpan<char> s)
    {
        if (s.Length < 14 || !Digits(s, 0, 6) || s[6] != '-' || !Digits(s, 7, 7) || s[7] is not ('1' or '2' or '3' or '4')
            || !IsDayMonth(Number(s, 4, 2), Number(s, 2, 2)))
        {
            return false;
        }

        ReadOnlySpan<int> weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
        int sum = 0;
        for (int i = 0, k = 0; k < 12; i++)
        {
            if (s[i] == '-')
            {
                continue;
            }

            sum += (s[i] - '0') * weights[k++];
        }

        return (11 - (sum % 11)) % 10 == s[13] - '0';
    }

    /// <summary>"123.456.789-09": Brazil's CPF with its two mod 11 check digits.</summary>
    private static bool IsCpf(ReadOnlySpan<char> s)
    {
        if (s.Length < 14 || !Digits(s, 0, 3) || s[3] != '.' || !Digits(s, 4, 3) || s[7] != '.' || !Digits(s, 8, 3) || s[11] != '-' || !Digits(s, 12, 2))
        {
            return false;
        }

        Span<int> d = stackalloc int[11];
        int n = 0;
        foreach (char c in s[..14])
        {
            if (char.IsAsciiDigit(c))
            {
                d[n++] = c - '0';
            }
        }

        if (d.IndexOfAnyExcept(d[0]) < 0)
        {
            return false;
        }

        for (int check = 9; check <= 10; check++)
        {
            int sum = 0;
            for (int i = 0; i < check; i++)
            {
                sum += d[i] * (check + 1 - i);
            }

            int digit = sum * 10 % 11 % 10;
            if (digit != d[check])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"85.07.30-033.61": Belgium's national number, YY.MM.DD-SSS.CC, CC = 97 - (the nine digits, or 2 and them, mod 97).</summary>
    private static bool IsBelgian(ReadOnlySpan<char> s)
    {
        if (s.Length < 15 || !Digits(s, 0, 2) || s[2] != '.' || !Digits(s, 3, 2) || s[5] != '.' || !Digits(s, 6, 2) || s[8] != '-'
            || !Digits(s, 9, 3) || s[12] != '.' || !Digits(s, 13, 2))
        {
            return false;
        }

        long body = (Number(s, 0, 2) * 10_000_000L) + (Number(s, 3, 2) * 100_000L) + (Number(s, 6, 2) * 1000L) + Number(s, 9, 3);
        int check = Number(s, 13, 2);
        return 97 - (int)(body % 97) == check || 97 - (int)((2_000_000_000L + body) % 97) == check;
    }

    /// <summary>
    /// The French NIR: sex, year, month, department (2A and 2B in Corsica), commune, order, and a key of 97 minus the
    /// thirteen digits mod 97; compact or in its usual groups "1 84 12 75 123 456 78". Returns its length or 0.
    /// </summary>
    private static int NirLength(ReadOnlySpan<char> s)
    {
        if (s[0] is not ('1' or '2' or '3' or '4' or '7' or '8'))
        {
            return 0;
        }

        Span<char> digits = stackalloc char[15];
        ReadOnlySpan<int> groups = [1, 2, 2, 2, 3, 3, 2];
        int n = 0;
        int i = 0;
        bool spaced = s.Length > 1 && s[1] == ' ';
        for (int g = 0; g < groups.Length; g++)
        {
            if (g > 0 && spaced)
            {
                if (At(s, i) != ' ')
                {
                    return 0;
                }

                i++;
            }

            for (int k = 0; k < groups[g]; k++, i++)
            {
                char c = At(s, i);
                bool corsica = g == 3 && k == 1 && c is 'A' or 'B' && At(s, i - 1) == '2';
                if (!char.IsAsciiDigit(c) && !corsica)
                {
                    return 0;
                }

                digits[n++] = c;
            }
        }

        int month = ((digits[3] - '0') * 10) + (digits[4] - '0');
        if (month is < 1 or (> 12 and < 20) or (> 42 and < 50))
        {
            return 0;
        }

        long body = 0;
        int shift = 0;
        for (int k = 0; k < 13; k++)
        {
            char c = digits[k];
            if (c is 'A' or 'B')
            {
                // 2A and 2B count as 19 and 18.
                shift = c == 'A' ? 1_000_000 : 2_000_000;
                c = '0';
            }

            body = (body * 10) + (c - '0');
        }

        body -= shift;
        int key = ((digits[13] - '0') * 10) + (digits[14] - '0');
        return 97 - (int)(body % 97) == key ? i : 0;
    }

    /// <summary>Eighteen characters, a valid birth date at 7-14, and the ISO 7064 mod 11-2 check (0-9 or X).</summary>
    private static bool IsChineseId(ReadOnlySpan<char> s)
    {
        if (s.Length < 18 || !Digits(s, 0, 17) || !(char.IsAsciiDigit(s[17]) || s[17] is 'X' or 'x') || s[6..8] is not ("19" or "20")
            || !IsDayMonth(Number(s, 12, 2), Number(s, 10, 2)))
        {
            return false;
        }

        ReadOnlySpan<int> weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        int sum = 0;
        for (int i = 0; i < 17; i++)
        {
            sum += (s[i] - '0') * weights[i];
        }

        return "10X98765432"[sum % 11] == char.ToUpperInvariant(s[17]);
    }

    /// <summary>"12345678Z": Spain's DNI, eight digits and the letter of their value mod 23.</summary>
    private static bool IsDni(ReadOnlySpan<char> s) =>
        s.Length >= 9 && Digits(s, 0, 8) && DniLetters[Number(s, 0, 8) % 23] == s[8];

    /// <summary>"X1234567L": Spain's NIE, X, Y or Z (as 0, 1, 2), seven digits and the DNI letter.</summary>
    private static bool IsNie(ReadOnlySpan<char> s) =>
        s.Length >= 9 && s[0] is 'X' or 'Y' or 'Z' && Digits(s, 1, 7) && DniLetters[(((s[0] - 'X') * 10_000_000) + Number(s, 1, 7)) % 23] == s[8];

    /// <summary>"RSSMRA85T10A562S": Italy's codice fiscale, its layout (letters, year, month letter, day, place) and check letter.</summary>
    private static bool IsCodiceFiscale(ReadOnlySpan<char> s)
    {
        if (s.Length < 16)
        {
            return false;
        }

        for (int i = 0; i < 16; i++)
        {
            bool digit = i is 6 or 7 or 9 or 10 or 12 or 13 or 14;
            // Omocodia replaces digits with letters; the plain layout is what titles show.
            if (digit ? !char.IsAsciiDigit(s[i]) : !char.IsAsciiLetterUpper(s[i]))
            {
                return false;
            }
        }

        if ("ABCDEHLMPRST".IndexOf(s[8]) < 0)
        {
            return false;
        }

        int day = Number(s, 9, 2);
        if (day is < 1 or (> 31 and < 41) or > 71)
        {
            return false;
        }

        ReadOnlySpan<int> odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
        int sum = 0;
        for (int i = 0; i < 15; i++)
        {
            int v = char.IsAsciiDigit(s[i]) ? s[i] - '0' : s[i] - 'A';
            sum += i % 2 == 0 ? odd[v] : v;
        }

        return 'A' + (sum % 26) == s[15];
    }

    /// <summary>"ABCPE1234F": India's PAN, three letters, the holder type (P for a person), the name's initial, four digits, a letter.</summary>
    private static bool IsPan(ReadOnlySpan<char> s)
    {
        if (s.Length < 10)
        {
            return false;
        }

        for (int i = 0; i < 10; i++)
        {
            bool digit = i is >= 5 and <= 8;
            if (digit ? !char.IsAsciiDigit(s[i]) : !char.IsAsciiLetterUpper(s[i]))
            {
                return false;
            }
        }

        return s[3] == 'P';
    }
}
