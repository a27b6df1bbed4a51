using System.Buffers;
using PhoneNumbers;
using static Pipeline.Privacy.Detection.Text;

namespace Pipeline.Privacy.Detection;

/// <summary>
/// Phone numbers. A linear hand scanner finds phone-shaped runs (digits in groups with single separators, an
/// optional "+" or "00" prefix, parentheses, an extension); only those go to libphonenumber, whose per-country
/// metadata decides. How much evidence a run needs depends on its shape:
/// <list type="bullet">
/// <item>International (<c>+49 30 1234567</c>, <c>0049…</c>, <c>+4915112345678</c>): a possible length for its country code.</item>
/// <item>North American grouping (<c>(415) 555-0123</c>, <c>555.234.5678</c>, <c>1-800-555-0199</c>): a possible US length
/// (test numbers in 555 are not valid numbers, but they are written as phones and read as phones).</item>
/// <item>Other national forms with separators (<c>030 1234567</c>, <c>01.23.45.67.89</c>, <c>03-1234-5678</c>,
/// <c>98765 43210</c>): libphonenumber's strict-grouping leniency for one of the listed regions, so the digits must be
/// valid there and grouped the way that country groups them (part numbers and dates are not).</item>
/// <item>Unseparated national digits (<c>4155550123</c>): a phone word just before ("Verify number", "Tel.", "SMS").</item>
/// </list>
/// A part, order or account label before the run ("Part no.", "Customer") rules out a phone whatever its shape.
/// </summary>
internal static class PhoneDetector
{
    private const int MaxDigits = 15;

    // Regions tried for national forms, most-used first; every one with a trunk prefix or grouping that the
    // strict-grouping check can hold to. More regions would find more numbers and more false ones.
    private static readonly string[] s_nationalRegions =
        ["US", "GB", "DE", "FR", "IN", "JP", "NL", "IT", "ES", "AT", "CH", "BE", "AU", "BR", "PL", "CN", "MX", "KR", "SE", "SG", "RU", "IE",
         "NZ", "PT", "DK", "NO", "FI", "ZA", "TR", "AR", "CO", "CL", "PE", "PH", "ID", "MY", "TH", "VN", "PK", "BD", "NG", "KE", "EG", "SA",
         "AE", "IL", "GR", "CZ", "HU", "RO", "UA", "HK", "TW", "LU", "SK", "HR", "BG", "MA"];

    private static readonly WordSet s_phoneLabels = WordSet.Of(
        ["phone", "tel", "telephone", "mobile", "mobil", "cell", "cellphone", "call", "calling", "called", "callback", "sms", "text", "whatsapp",
         "signal", "telegram", "viber", "fax", "dial", "dialing", "verify", "verification", "otp", "contact", "hotline", "helpline", "handy",
         "appel", "téléphone", "telefon", "telefono", "teléfono", "número", "numero", "rufnummer", "ring", "number", "tél", "portable", "ph", "mob",
         "rappel", "rappeler", "appeler", "anrufen", "rückruf", "llamar", "chiamare", "ligar", "bellen", "voicemail", "recording", "telefone",
         "celular", "móvil", "movil", "cellulare", "whats", "wa", "imessage", "facetime", "zadzwoń", "звонок", "電話", "携帯", "手机", "전화",
         "service", "support", "care", "helpdesk", "reception", "switchboard", "emergency", "kontakt", "telefonnummer", "handynummer",
         "mobilnummer", "nummer", "numer", "telefonu", "tlf", "puh", "puhelin", "telefoon", "gsm", "cep", "telefono", "tfno", "tf", "fone",
         "contato", "contacto", "contatto", "ring", "ringe", "soita", "ara", "arayın", "chiama", "chiamami", "llámame", "liga", "bel", "zadzwon",
         "missed", "incoming", "outgoing", "dialed", "voicemails", "contacts", "caller",
         // Missed and incoming calls in other languages: "Llamada perdida …", "Appel manqué …", "Anruf von …", "Cevapsız arama …".
         "llamada", "perdida", "manqué", "anruf", "chiamata", "persa", "chamada", "gemist", "oproep", "połączenie", "arama", "cevapsız",
         "vérifier", "verificar", "verifica", "überprüfen", "bestätigen", "appelant", "anrufer", "chiamante", "着信", "不在着信", "来电",
         "未接来电", "부재중"]);

    // Words just before a number that make it a phone even after an account or customer label ("Customer service 1-877-…").
    private static readonly WordSet s_servicePhoneWords = WordSet.Of(
        ["service", "support", "care", "helpdesk", "hotline", "helpline", "reception", "switchboard", "phone", "tel", "mobile", "call"]);

    private static readonly WordSet s_notPhoneLabels = WordSet.Of(
        ["part", "sku", "item", "model", "serial", "ref", "reference", "lot", "batch", "order", "invoice", "product", "article", "isbn", "ean",
         "upc", "case", "ticket", "tracking", "po", "account", "acct", "customer", "client", "employee", "member", "patient", "policy", "id",
         "iban", "card", "build", "version", "asset", "inventory", "contract", "shipment", "parcel", "booking", "confirmation", "transaction",
         "receipt", "issue", "bug", "pr", "commit", "student", "user", "kundennummer", "bestellung", "rechnung", "sn", "lab", "room", "zip",
         // Labels of a person's ids: a national id shaped like a phone number is still an id ("NHS number 943 476 5919").
         "nhs", "passport", "license", "licence", "tax", "tin", "ein", "ssn", "insurance", "medicare", "national", "aadhaar", "pan", "nino",
         "bsn", "sin", "mrn", "badge", "membership", "subscriber", "identity", "personnummer", "itin", "npi",
         // Company, tax and shipping numbers grouped like phones: "SIREN 732 829 320", "ABN 51 824 753 556", "PIN 1234 5678".
         "siren", "siret", "vat", "tva", "ust", "iva", "abn", "acn", "nip", "regon", "krs", "kvk", "cif", "nif", "cnpj", "cpf", "eori", "duns",
         "pin", "passcode", "imei", "ups", "fedex", "dhl", "usps", "gls", "dpd",
         // Ledger and cost accounts of a bookkeeping system ("GL 6100-200-3001 Travel", "Cost center 4410-220-1180").
         "gl", "ledger", "journal", "voucher", "cost", "center", "centre", "coa", "wbs", "kostenstelle", "sachkonto"]);

    private static readonly Lazy<PhoneNumberUtil> s_util = new(PhoneNumberUtil.GetInstance);

    // A national number written with a leading 0 is tried only where 0 is the trunk prefix (from libphonenumber's
    // metadata) or part of the number (Italy); one without may be from any region (mobiles need no trunk prefix).
    private static readonly Lazy<string[]> s_trunkZeroRegions = new(TrunkZeroRegions);

    private static string[] TrunkZeroRegions()
    {
        var regions = new List<string>();
        foreach (string region in s_nationalRegions)
        {
            if (s_util.Value.GetMetadataForRegion(region)?.NationalPrefix == "0" || region == "IT")
            {
                regions.Add(region);
            }
        }

        return regions.ToArray();
    }

    public static void Find(ReadOnlySpan<char> text, ref Findings found)
    {
        if (text.Contains("%2B", StringComparison.OrdinalIgnoreCase))
        {
            FindEncodedInternational(text, ref found);
        }

        Span<int> groups = stackalloc int[16];
        int i = 0;
        while (i < text.Length)
        {
            int start = NextStart(text, i);
            if (start < 0)
            {
                return;
            }

            int end = Scan(text, start, groups, out int groupCount, out int digits, out bool parens, out char separator);
            i = Math.Max(end, start + 1);
            if (digits is < 7 or > MaxDigits + 2 || IsAlnum(At(text, end)) || found.Overlaps(start, end))
            {
                continue;
            }

            if (Accept(text, start, end, groups[..groupCount], digits, parens, separator))
            {
                // "(0301234567 …": an opening parenthesis that the number does not close is punctuation around it.
                if (text[start] == '(' && text[start..end].IndexOf(')') < 0)
                {
                    start++;
                }

                found.Add(start, ExtendByExtension(text, end) - start, PiiKind.Phone, 3);
            }
        }
    }

    /// <summary>
    /// "tel:%2B4915112345678", "wa.me/?phone=%2B…": a percent-encoded "+" before a country code. The digits are the
    /// number when libphonenumber holds them possible as an international number (a country code and a length that
    /// fits it); the encoded sign stays.
    /// </summary>
    private static void FindEncodedInternational(ReadOnlySpan<char> text, ref Findings found)
    {
        for (int plus = IndexFrom(text, 0, "%2B"); plus >= 0; plus = IndexFrom(text, plus + 3, "%2B"))
        {
            int start = plus + 3;
            int end = start;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            if (end - start is < 8 or > MaxDigits || IsAlnum(At(text, end)) || found.Overlaps(start, end))
            {
                continue;
            }

            if (TryParse(string.Concat("+", text[start..end]), "ZZ", out PhoneNumber? parsed) && s_util.Value.IsPossibleNumber(parsed))
            {
                found.Add(start, end - start, PiiKind.Phone, 3);
            }
        }
    }

    /// <summary>The next place a phone number may start: "+" or "(" before a digit, or a digit that starts a number.</summary>
    private static int NextStart(ReadOnlySpan<char> text, int from)
    {
        for (int i = from; i < text.Length; i++)
        {
            char c = text[i];
            char before = At(text, i - 1);
            // After "13:" the digits are a time's minutes ("13:45 23.12.2025"), not the start of a number.
            if (IsAlnum(before) || before is '.' or ',' or '/' or '#' or '$' or '€' or '£' or '%' || (before == ':' && char.IsAsciiDigit(At(text, i - 2)))
                || (before == '-' && IsAlnum(At(text, i - 2)) && !(char.IsLetter(At(text, i - 2)) && WordBefore(text, i, s_phoneLabels))))
            {
                continue;
            }

            if (char.IsAsciiDigit(c) || (c is '+' or '(' && char.IsAsciiDigit(At(text, i + 1))))
            {
                return i;
            }

            // "(+49) 30 1234567": the country code in parentheses.
            if (c == '(' && At(text, i + 1) == '+' && char.IsAsciiDigit(At(text, i + 2)))
            {
                return i + 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Reads digits in groups separated by one space, dot, hyphen or slash, with parentheses around a group; returns the
    /// end of the last digit and the group lengths.
    /// </summary>
    private static int Scan(ReadOnlySpan<char> text, int start, Span<int> groups, out int groupCount, out int digits, out bool parens, out char separator)
    {
        groupCount = 0;
        digits = 0;
        parens = false;
        separator = '\0';
        int i = start;
        int lastDigit = start - 1;
        int run = 0;
        if (text[i] == '+')
        {
            i++;
        }

        while (i < text.Length && digits <= MaxDigits + 2)
        {
            char c = text[i];
            if (char.IsAsciiDigit(c))
            {
                digits++;
                run++;
                lastDigit = i;
                i++;
                continue;
            }

            if (run > 0 && groupCount < groups.Length)
            {
                groups[groupCount++] = run;
                run = 0;
            }

            if (c == '(' && char.IsAsciiDigit(At(text, i + 1)))
            {
                parens = true;
                i++;
            }
            else if (c == ')' && (char.IsAsciiDigit(At(text, i - 1)) && (parens || text[start] == '+')))
            {
                parens = true;
                i++;
                if (At(text, i) is ' ' or '-' && (char.IsAsciiDigit(At(text, i + 1))))
                {
                    i++;
                }
            }
            else if (c == ' ' && At(text, i + 1) == '/' && At(text, i + 2) == ' ' && char.IsAsciiDigit(At(text, i + 3)) && groupCount <= 3)
            {
                // "+49 (0) 30 / 979 496 60": a spaced slash after the area code, as German numbers are written.
                separator = separator == '\0' ? ' ' : separator;
                i += 3;
            }
            else if (c == '/' && groupCount == 1 && char.IsAsciiDigit(At(text, i + 1)) && text[start] == '0')
            {
                // "076/216.74.18", "0422/28.59.82": the slash closes a trunk-prefixed area code and leaves the grouping to the rest.
                separator = separator == '\0' ? ' ' : separator;
                i++;
            }
            else if (IsSeparator(c) && (char.IsAsciiDigit(At(text, i + 1)) || (At(text, i + 1) == '(' && char.IsAsciiDigit(At(text, i + 2)))))
            {
                c = c is '\u00A0' or '\u2009' or '\u202F' ? ' ' : c is '\u2013' or '\u2011' or '\u2010' ? '-' : c;
                // One kind of separator between groups besides spaces, which also join "(0)" or a prefix to the rest;
                // '*' marks a mix ("2.0 (2024-01-15)").
                if (c != ' ')
                {
                    separator = separator is '\0' or ' ' ? c : separator == c ? c : '*';
                }
                else if (separator == '\0')
                {
                    separator = ' ';
                }

                i++;
            }
            else
            {
                break;
            }
        }

        if (run > 0 && groupCount < groups.Length)
        {
            groups[groupCount++] = run;
        }

        return lastDigit + 1;
    }

    /// <summary>
    /// Whether all of <paramref name="value"/> (a decoded URL query value, "+49 151 23456789") is one phone number by the
    /// same rules as in a title; international forms only, since a search for bare digits is as often an order number.
    /// </summary>
    internal static bool IsWholeInternationalPhone(ReadOnlySpan<char> value)
    {
        if (value.Length < 8 || value[0] != '+')
        {
            return false;
        }

        Span<int> groups = stackalloc int[16];
        int end = Scan(value, 0, groups, out int groupCount, out int digits, out bool parens, out char separator);
        return end == value.Length && digits is >= 8 and <= MaxDigits && Accept(value, 0, end, groups[..groupCount], digits, parens, separator);
    }

    private static readonly SearchValues<string> s_phoneApps = SearchValues.Create(
        ["WhatsApp", "Signal", "Telegram", "Viber", "FaceTime", "Messages", "iMessage", "Telefonliste", "Phone Book", "Contacts", "Kontakte", "Telefonbuch", "Répertoire"],
        StringComparison.Ordinal);

    /// <summary>A messenger's or phone book's title ("Signal · Ana · 977 02 902", "Telefonliste.xlsx"): its grouped numbers are phones.</summary>
    private static bool IsPhoneApp(ReadOnlySpan<char> text) => text.IndexOfAny(s_phoneApps) >= 0;

    /// <summary>Space, dot, hyphen, slash, and their typographic forms (no-break and thin spaces, en dash, non-breaking hyphen).</summary>
    private static bool IsSeparator(char c) => c is ' ' or '.' or '-' or '/' or '\u00A0' or '\u2009' or '\u202F' or '\u2013' or '\u2011' or '\u2010';

    private static bool Accept(ReadOnlySpan<char> text, int start, int end, ReadOnlySpan<int> groups, int digits, bool parens, char separator)
    {
        ReadOnlySpan<char> candidate = text[start..end];
        bool international = candidate[0] == '+' || (candidate.StartsWith("00") && candidate.Length > 2 && candidate[2] != '0');
        bool nearestIsPhoneWord = LabelBefore(text, start, s_servicePhoneWords, 1);
        if (IsVersionSettingBefore(text, start))
        {
            return false;
        }

        if ((!nearestIsPhoneWord && (LabelBefore(text, start, s_notPhoneLabels, 3) || LabelBefore(text, start, LocalIdLabels.Document, 3)
                || (!international && IdDetector.HasPersonLabelBefore(text, start)))) || (!international && !IsNorthAmerican(candidate, groups, parens) && IsDateOrVersion(candidate, groups, separator)))
        {
            return false;
        }

        bool separated = groups.Length > 1;
        bool labelled = nearestIsPhoneWord || LabelBefore(text, start, s_phoneLabels, 3) || (separated && IsPhoneApp(text));
        if (!international && !labelled && IsRangeZipOrPartNumber(text, start, candidate, groups))
        {
            return false;
        }

        if (international)
        {
            // Mexican mobiles are still written with the "1" that 2019's plan dropped ("+52 1 33 1234 5678").
            return digits is >= 8 and <= MaxDigits + 2 && (IsPossible(candidate, international: true) || IsLegacyMexicanMobile(candidate));
        }

        if (digits > MaxDigits)
        {
            return false;
        }

        if (IsNorthAmerican(candidate, groups, parens))
        {
            return IsPossibleIn(candidate, "US");
        }

        if (separator == '*')
        {
            return false;
        }

        if (!separated)
        {
            // Bare digits are order, serial or customer numbers unless a phone word says otherwise.
            return labelled && digits is >= 9 and <= 12 && IsPossible(candidate, international: false);
        }

        if (labelled)
        {
            return IsPossible(candidate, international: false);
        }

        // Grouped national digits: valid in one of the regions and grouped the way it groups them.
        return digits >= 8 && IsStrictlyGrouped(candidate);
    }

    /// <summary>
    /// "AssemblyVersion=23.10.22.9243", "FileVersion: 8.1.4.2211", "app_version=…", "BuildNumber=…": a setting whose
    /// name ends in a version or build word holds a version, not a phone.
    /// </summary>
    private static bool IsVersionSettingBefore(ReadOnlySpan<char> text, int start)
    {
        int i = start - 1;
        while (i >= 0 && text[i] is ' ' or '"' or '\'')
        {
            i--;
        }

        if (i < 0 || text[i] is not ('=' or ':'))
        {
            return false;
        }

        int end = i;
        while (i > 0 && (char.IsAsciiLetterOrDigit(text[i - 1]) || text[i - 1] is '_' or '-' or '.'))
        {
            i--;
        }

        ReadOnlySpan<char> name = text[i..end].TrimEnd(' ');
        foreach (string word in (ReadOnlySpan<string>)["version", "ver", "build", "buildnumber", "release", "revision", "rev"])
        {
            if (name.EndsWith(word, StringComparison.OrdinalIgnoreCase) && (name.Length == word.Length || !char.IsAsciiLetterLower(name[^(word.Length + 1)])
                || char.IsAsciiLetterUpper(name[^word.Length])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Dates (2024-01-15, 15.01.2024, 01/15/2024), year ranges (2021/2023) and dotted versions (2024.01.15.3) are not phones.</summary>
    private static bool IsDateOrVersion(ReadOnlySpan<char> candidate, ReadOnlySpan<int> groups, char separator)
    {
        // "2024-01-15", "15.01.2024", "2021/2023", but not "(11) 90262-1966", whose other groups are too long for a day or month.
        if (separator is '.' or '/' or '-' && groups.Length <= 3 && HasYearGroup(candidate) && OnlyDayMonthOrYearGroups(candidate))
        {
            return true;
        }

        // A date and a time after it: "2024-01-15 14:30", "15.01.2024 18".
        if (groups.Length >= 3 && ((groups[0] == 4 && groups[1] <= 2 && groups[2] <= 2) || (groups[0] <= 2 && groups[1] <= 2 && groups[2] == 4))
            && separator is '.' or '/' or '-' && HasYearGroup(candidate))
        {
            return true;
        }

        if (separator is '.' or '/' or '-' && groups.Length == 3
            && ((groups[0] == 4 && groups[1] <= 2 && groups[2] <= 2) || (groups[0] <= 2 && groups[1] <= 2 && groups[2] == 4)))
        {
            return true;
        }

        if (separator == '.' && groups.Length >= 3)
        {
            foreach (int g in groups)
            {
                if (g == 1 || g > 4)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Shapes that are something else unless a phone word says otherwise: a range of two numbers with an en dash
    /// ("Items 4962–9263"), a US ZIP+4 ("45112-8330"), a date inside a longer run ("45 23.12.2025"), and anything after
    /// a slash abbreviation for a part or serial number ("P/N 624-13-4093").
    /// </summary>
    private static bool IsRangeZipOrPartNumber(ReadOnlySpan<char> text, int start, ReadOnlySpan<char> candidate, ReadOnlySpan<int> groups)
    {
        if (groups.Length == 2 && candidate.Contains('\u2013'))
        {
            return true;
        }

        if (groups.Length == 2 && groups[0] == 5 && groups[1] == 4 && candidate[5] == '-')
        {
            return true;
        }

        if (ContainsDate(candidate))
        {
            return true;
        }

        ReadOnlySpan<char> before = text[..start].TrimEnd(" :#.");
        foreach (string label in (ReadOnlySpan<string>)["p/n", "s/n", "m/n", "pn", "sn"])
        {
            if (before.EndsWith(label, StringComparison.OrdinalIgnoreCase) && !char.IsLetter(At(before, before.Length - label.Length - 1)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"23.12.2025", "2025-12-23", "12/23/2025" anywhere in the run: day or month, one separator, a year.</summary>
    private static bool ContainsDate(ReadOnlySpan<char> candidate)
    {
        for (int i = 0; i + 8 <= candidate.Length; i++)
        {
            if (i > 0 && char.IsAsciiDigit(candidate[i - 1]))
            {
                continue;
            }

            ReadOnlySpan<char> s = candidate[i..];
            // dd.mm.yyyy, d.m.yyyy and the like.
            int a = DigitRun(s, 0);
            if (a is 1 or 2 && s.Length > a && s[a] is '.' or '/' or '-')
            {
                char sep = s[a];
                int b = DigitRun(s, a + 1);
                if (b is 1 or 2 && a + 1 + b < s.Length && s[a + 1 + b] == sep && DigitRun(s, a + 2 + b) == 4 && IsYear(s.Slice(a + 2 + b, 4)))
                {
                    return true;
                }
            }

            // yyyy-mm-dd.
            if (a == 4 && IsYear(s[..4]) && s.Length > 4 && s[4] is '.' or '/' or '-')
            {
                char sep = s[4];
                int b = DigitRun(s, 5);
                if (b is 1 or 2 && 5 + b < s.Length && s[5 + b] == sep && DigitRun(s, 6 + b) is 1 or 2)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int DigitRun(ReadOnlySpan<char> s, int from)
    {
        int i = from;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        return i - from;
    }

    private static bool IsYear(ReadOnlySpan<char> four) => four[0] is '1' or '2' && (four[..2] is "19" or "20");

    /// <summary>Every digit run is one or two digits, or four digits from 1900 to 2099.</summary>
    private static bool OnlyDayMonthOrYearGroups(ReadOnlySpan<char> candidate)
    {
        int run = 0;
        for (int i = 0; i <= candidate.Length; i++)
        {
            if (i < candidate.Length && char.IsAsciiDigit(candidate[i]))
            {
                run++;
                continue;
            }

            if (run > 2 && !(run == 4 && IsYear(candidate.Slice(i - 4, 4))))
            {
                return false;
            }

            run = 0;
        }

        return true;
    }

    /// <summary>A group of exactly four digits from 1900 to 2099.</summary>
    private static bool HasYearGroup(ReadOnlySpan<char> candidate)
    {
        int run = 0;
        for (int i = 0; i <= candidate.Length; i++)
        {
            if (i < candidate.Length && char.IsAsciiDigit(candidate[i]))
            {
                run++;
                continue;
            }

            if (run == 4 && candidate[i - 4] is '1' or '2' && (candidate.Slice(i - 4, 2) is "19" or "20"))
            {
                return true;
            }

            run = 0;
        }

        return false;
    }

    /// <summary>(415) 555-0123, 415-555-0123, 415.555.0123, 415 555 0123, 1-800-555-0199, 1 (800) 555-0199.</summary>
    private static bool IsNorthAmerican(ReadOnlySpan<char> candidate, ReadOnlySpan<int> groups, bool parens)
    {
        ReadOnlySpan<int> g = groups;
        if (g.Length == 4 && g[0] == 1 && candidate[0] == '1')
        {
            g = g[1..];
            candidate = candidate[1..].TrimStart(" -.(");
        }

        if (g.Length != 3 || g[0] != 3 || g[1] != 3 || g[2] != 4)
        {
            return false;
        }

        char area = candidate[0] == '(' ? candidate[1] : candidate[0];
        return area is >= '2' and <= '9' && (!parens || candidate[0] == '(');
    }

    private static bool IsLegacyMexicanMobile(ReadOnlySpan<char> candidate)
    {
        ReadOnlySpan<char> rest = candidate[0] == '+' ? candidate[1..] : candidate[2..];
        if (!rest.StartsWith("52"))
        {
            return false;
        }

        rest = rest[2..].TrimStart(" -.");
        return rest.Length > 1 && rest[0] == '1' && !char.IsAsciiDigit(rest[1]) && IsPossible(string.Concat("+52 ", rest[1..].TrimStart(" -.")), international: true);
    }

    private static bool IsPossible(ReadOnlySpan<char> candidate, bool international)
    {
        if (international)
        {
            string number = candidate[0] == '+' ? candidate.ToString() : string.Concat("+", candidate[2..]);
            return TryParse(number, "ZZ", out PhoneNumber? parsed) && s_util.Value.IsPossibleNumber(parsed);
        }

        string national = candidate.ToString();
        foreach (string region in s_nationalRegions)
        {
            if (TryParse(national, region, out PhoneNumber? parsed) && s_util.Value.IsPossibleNumber(parsed))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPossibleIn(ReadOnlySpan<char> candidate, string region) =>
        TryParse(candidate.ToString(), region, out PhoneNumber? parsed) && s_util.Value.IsPossibleNumber(parsed);

    /// <summary>Valid in one of the regions and grouped in the raw text the way that region formats it.</summary>
    private static bool IsStrictlyGrouped(ReadOnlySpan<char> candidate)
    {
        string national = candidate.ToString();
        char first = candidate.TrimStart('(')[0];
        string[] regions = first == '0' ? s_trunkZeroRegions.Value : s_nationalRegions;
        foreach (string region in regions)
        {
            foreach (PhoneNumberMatch match in s_util.Value.FindNumbers(national, region, PhoneNumberUtil.Leniency.STRICT_GROUPING, long.MaxValue))
            {
                if (match.Start == 0 && match.Length == national.Length)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool TryParse(string number, string region, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PhoneNumber? parsed)
    {
        try
        {
            parsed = s_util.Value.Parse(number, region);
            return true;
        }
        catch (NumberParseException)
        {
            // Expected for most candidates: libphonenumber reports "not a number" by exception only.
            parsed = null;
            return false;
        }
    }

    /// <summary>" ext. 1234", " x1234", " extension 12" after the number belong to it.</summary>
    private static int ExtendByExtension(ReadOnlySpan<char> text, int end)
    {
        int i = end;
        if (At(text, i) == ' ')
        {
            i++;
        }

        ReadOnlySpan<char> rest = text[Math.Min(i, text.Length)..];
        int marker = rest.StartsWith("extension", StringComparison.OrdinalIgnoreCase) ? 9
            : rest.StartsWith("ext", StringComparison.OrdinalIgnoreCase) ? 3
            : rest.StartsWith("x", StringComparison.OrdinalIgnoreCase) && char.IsAsciiDigit(At(rest, 1)) ? 1 : 0;
        if (marker == 0)
        {
            return end;
        }

        i += marker;
        if (At(text, i) == '.')
        {
            i++;
        }

        if (At(text, i) == ' ')
        {
            i++;
        }

        int digitsStart = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]) && i - digitsStart < 6)
        {
            i++;
        }

        return i > digitsStart && !IsAlnum(At(text, i)) ? i : end;
    }
}
