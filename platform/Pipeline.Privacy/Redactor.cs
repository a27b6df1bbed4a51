using System.Buffers;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Pipeline.Privacy;

/// <summary>
/// Replaces personal and secret data in free text (window titles, application names, URLs) with typed placeholders
/// such as <c>&lt;EMAIL&gt;</c>, and keeps every other word. Candidates are found with non-backtracking regular
/// expressions (linear time in the text, whatever it holds) and hand-written scanners, then confirmed by checksums
/// (Luhn, IBAN mod 97), value ranges and boundaries, because precision matters as much as recall: "Quarterly Report
/// Q3 - final.xlsx" keeps its words. Results are cached by input, so a title seen again costs one lookup and no
/// allocation. Not thread-safe: each processing loop owns one.
/// </summary>
public sealed class Redactor
{
    /// <summary>Texts longer than this are cut before scanning; window titles and URLs are far shorter.</summary>
    public const int MaxTextLength = 4096;

    // Most titles hold a handful of findings; a text with more than this is treated as entirely sensitive.
    private const int MaxFindings = 64;

    // Titles repeat (every focus change back to the same window); 10,000 distinct ones bound the cache to a few MB.
    private const int CacheCapacity = 10_000;
    private const int MaxCachedLength = 512;

    private const string WholeTextPlaceholder = "<REDACTED>";

    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    private static readonly Regex s_url = new(@"(?:[Hh][Tt][Tt][Pp][Ss]?://|[Ww][Ww][Ww]\.)[^\s<>""'`]+", Options);
    private static readonly Regex s_email = new(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}", Options);
    private static readonly Regex s_keyPrefix = new(
        @"(?:sk|pk|rk)_(?:live|test)_[A-Za-z0-9]{10,}|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}|xox[abprs]-[A-Za-z0-9\-]{10,}|(?:AKIA|ASIA)[0-9A-Z]{16}|AIza[0-9A-Za-z_\-]{35}|glpat-[0-9A-Za-z_\-]{20}|eyJ[A-Za-z0-9_\-]{5,}\.eyJ[A-Za-z0-9_\-]{5,}\.[A-Za-z0-9_\-]*",
        Options);
    private static readonly Regex s_digitRun = new(@"[0-9](?:[ \-]?[0-9])*", Options);
    private static readonly Regex s_iban = new(@"[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]){11,30}", Options);
    private static readonly Regex s_ipv4 = new(@"[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}", Options);
    private static readonly Regex s_ipv6 = new(@"[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:\.[0-9]{1,3}){0,3}", Options);
    private static readonly Regex s_ssn = new(@"[0-9]{3}-[0-9]{2}-[0-9]{4}", Options);
    private static readonly Regex s_usPhone = new(@"(?:\([0-9]{3}\) ?|[0-9]{3}[\-. ])[0-9]{3}[\-. ][0-9]{4}", Options);
    private static readonly Regex s_nationalPhone = new(@"0[1-9][0-9]{0,4}(?:[ /\-][0-9]{2,8}){1,4}", Options);

    private static readonly SearchValues<char> s_triggers = SearchValues.Create("0123456789@");
    private static readonly SearchValues<string> s_textTriggers = SearchValues.Create(["://", "www.", "eyJ"], StringComparison.OrdinalIgnoreCase);

    private readonly Dictionary<string, string> _cache = new(StringComparer.Ordinal);

    /// <summary>
    /// The text with every finding replaced by its placeholder; the same instance when nothing was found (no
    /// allocation), or the cached result when the text was seen before.
    /// </summary>
    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return text;
        }

        if (_cache.TryGetValue(text, out string? cached))
        {
            return cached;
        }

        string result = RedactUncached(text);
        if (text.Length <= MaxCachedLength)
        {
            if (_cache.Count >= CacheCapacity)
            {
                _cache.Clear();
            }

            // Only texts that changed are worth the memory of a second copy; the rest are their own result.
            _cache[text] = ReferenceEquals(result, text) ? text : result;
        }

        return result;
    }

    /// <summary>The placeholder text of <paramref name="kind"/>, e.g. <c>&lt;EMAIL&gt;</c>.</summary>
    public static string Placeholder(PiiKind kind) => kind switch
    {
        PiiKind.Email => "<EMAIL>",
        PiiKind.Card => "<CARD>",
        PiiKind.Phone => "<PHONE>",
        PiiKind.Iban => "<IBAN>",
        PiiKind.Ip => "<IP>",
        PiiKind.Ssn => "<SSN>",
        PiiKind.Secret => "<SECRET>",
        PiiKind.UrlQuery => "<URL_QUERY>",
        _ => "<REDACTED>",
    };

    /// <summary>
    /// Finds what <see cref="Redact"/> would replace, in order and without overlaps. Returns how many findings were
    /// written to <paramref name="findings"/>, or -1 when there are more than it holds.
    /// </summary>
    public static int Find(ReadOnlySpan<char> text, Span<Redaction> findings)
    {
        var found = new Findings(findings);
        if (!MayContainPii(text))
        {
            return 0;
        }

        FindKeyPrefixed(text, ref found);
        FindUrls(text, ref found);
        FindEmails(text, ref found);
        if (text.ContainsAny(s_triggers))
        {
            FindIbans(text, ref found);
            FindCards(text, ref found);
            FindSsns(text, ref found);
            FindIpv4(text, ref found);
            FindIpv6(text, ref found);
            FindPhones(text, ref found);
        }

        return found.Overflowed ? -1 : found.Resolve();
    }

    private static bool MayContainPii(ReadOnlySpan<char> text) =>
        text.ContainsAny(s_triggers) || text.IndexOfAny(s_textTriggers) >= 0 || text.Contains(':');

    private static string RedactUncached(string text)
    {
        ReadOnlySpan<char> span = text.AsSpan(0, Math.Min(text.Length, MaxTextLength));
        Span<Redaction> findings = stackalloc Redaction[MaxFindings];
        int count = Find(span, findings);
        if (count < 0)
        {
            return WholeTextPlaceholder;
        }

        if (count == 0)
        {
            return span.Length == text.Length ? text : new string(span);
        }

        int length = span.Length;
        for (int i = 0; i < count; i++)
        {
            length += Placeholder(findings[i].Kind).Length - findings[i].Length;
        }

        char[]? rented = null;
        Span<char> output = length <= 1024 ? stackalloc char[1024] : (rented = ArrayPool<char>.Shared.Rent(length));
        int at = 0;
        int from = 0;
        for (int i = 0; i < count; i++)
        {
            Redaction r = findings[i];
            span[from..r.Start].CopyTo(output[at..]);
            at += r.Start - from;
            string placeholder = Placeholder(r.Kind);
            placeholder.CopyTo(output[at..]);
            at += placeholder.Length;
            from = r.End;
        }

        span[from..].CopyTo(output[at..]);
        at += span.Length - from;
        string result = new(output[..at]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    private static void FindKeyPrefixed(ReadOnlySpan<char> text, ref Findings found)
    {
        foreach (ValueMatch m in s_keyPrefix.EnumerateMatches(text))
        {
            if (!IsWordChar(At(text, m.Index - 1)))
            {
                found.Add(m.Index, m.Length, PiiKind.Secret, 9);
            }
        }
    }

    private static void FindUrls(ReadOnlySpan<char> text, ref Findings found)
    {
        foreach (ValueMatch m in s_url.EnumerateMatches(text))
        {
            int end = m.Index + m.Length;
            // A sentence may end right after a URL: its closing punctuation is not part of it.
            while (end > m.Index && ".,;:!?)]}".Contains(text[end - 1], StringComparison.Ordinal))
            {
                end--;
            }

            ScanUrl(text, m.Index, end, ref found);
        }
    }

    private static void ScanUrl(ReadOnlySpan<char> text, int start, int end, ref Findings found)
    {
        int i = start;
        int scheme = text[start..end].IndexOf("://", StringComparison.Ordinal);
        i = scheme >= 0 ? start + scheme + 3 : start;

        // Authority: hosts stay (they say which site, not who); an address as host is found by the IP scanners.
        while (i < end && text[i] is not ('/' or '?' or '#'))
        {
            i++;
        }

        // Path segments: capability URLs put tokens here (shared documents, reset links, webhooks).
        while (i < end && text[i] == '/')
        {
            int segment = ++i;
            while (i < end && text[i] is not ('/' or '?' or '#' or ';'))
            {
                i++;
            }

            if (IsTokenLike(text[segment..i]))
            {
                found.Add(segment, i - segment, PiiKind.Secret, 6);
            }

            while (i < end && text[i] == ';')
            {
                i++;
                while (i < end && text[i] is not ('/' or '?' or '#'))
                {
                    i++;
                }
            }
        }

        // Query and fragment parameters: every value goes; token-like or secret-named ones as secrets.
        while (i < end && text[i] is '?' or '#' or '&')
        {
            int name = ++i;
            while (i < end && text[i] is not ('=' or '&' or '#'))
            {
                i++;
            }

            if (i >= end || text[i] != '=')
            {
                continue;
            }

            int nameEnd = i;
            int value = ++i;
            while (i < end && text[i] is not ('&' or '#'))
            {
                i++;
            }

            if (i > value)
            {
                bool secret = IsSecretName(text[name..nameEnd]) || IsTokenLike(text[value..i]);
                found.Add(value, i - value, secret ? PiiKind.Secret : PiiKind.UrlQuery, secret ? 6 : 1);
            }
        }
    }

    private static bool IsSecretName(ReadOnlySpan<char> name)
    {
        // Exact names only: "passage" or "keyword" must not count because they contain "pass" or "key".
        foreach (string candidate in s_secretNames)
        {
            if (name.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] s_secretNames =
        ["token", "access_token", "refresh_token", "id_token", "api_key", "apikey", "key", "secret", "client_secret", "password", "pwd", "pass", "sig", "signature", "auth", "code", "session", "sessionid", "sid", "jwt"];

    /// <summary>
    /// Whether a URL path segment or query value looks machine-generated and secret: at least 16 characters of a
    /// token alphabet, with letters and digits, whose character class changes often (random base62 changes class
    /// on about 60% of characters; words, slugs and numbers almost never do). UUIDs are record ids, not secrets.
    /// </summary>
    internal static bool IsTokenLike(ReadOnlySpan<char> value)
    {
        if (value.Length < 16)
        {
            return false;
        }

        if (value.Length == 36 && value[8] == '-' && value[13] == '-' && value[18] == '-' && value[23] == '-')
        {
            return false;
        }

        int letters = 0;
        int digits = 0;
        int changes = 0;
        int counted = 0;
        int previous = -1;
        foreach (char c in value)
        {
            int cls;
            if (char.IsAsciiDigit(c))
            {
                cls = 0;
                digits++;
            }
            else if (char.IsAsciiLetterLower(c))
            {
                cls = 1;
                letters++;
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                cls = 2;
                letters++;
            }
            else if (c is '-' or '_' or '.' or '~' or '+' or '/' or '=' or '%')
            {
                continue;
            }
            else
            {
                return false;
            }

            if (previous >= 0 && cls != previous)
            {
                changes++;
            }

            previous = cls;
            counted++;
        }

        return letters > 0 && digits > 0 && counted >= 16 && changes * 4 >= counted;
    }

    private static void FindEmails(ReadOnlySpan<char> text, ref Findings found)
    {
        if (!text.Contains('@'))
        {
            return;
        }

        foreach (ValueMatch m in s_email.EnumerateMatches(text))
        {
            found.Add(m.Index, m.Length, PiiKind.Email, 8);
        }
    }

    private static void FindIbans(ReadOnlySpan<char> text, ref Findings found)
    {
        foreach (ValueMatch m in s_iban.EnumerateMatches(text))
        {
            if (IsWordChar(At(text, m.Index - 1)))
            {
                continue;
            }

            ReadOnlySpan<char> candidate = text.Slice(m.Index, m.Length);
            int expected = IbanLength(candidate[..2]);
            // Try the longest prefix that ends at a word boundary, has the country's length and checks out;
            // the pattern may have run on into the next word ("... 0130 00 FINAL").
            int compact = 0;
            int best = -1;
            for (int i = 0; i < candidate.Length; i++)
            {
                if (candidate[i] == ' ')
                {
                    continue;
                }

                compact++;
                bool lengthFits = expected > 0 ? compact == expected : compact is >= 15 and <= 34;
                if (lengthFits && !IsWordChar(At(text, m.Index + i + 1)) && IsValidIban(candidate[..(i + 1)]))
                {
                    best = i + 1;
                }
            }

            if (best > 0)
            {
                found.Add(m.Index, best, PiiKind.Iban, 5);
            }
        }
    }

    private static int IbanLength(ReadOnlySpan<char> country) => country switch
    {
        "DE" => 22, "GB" => 22, "FR" => 27, "NL" => 18, "ES" => 24, "IT" => 27, "CH" => 21, "AT" => 20, "BE" => 16,
        "PL" => 28, "SE" => 24, "DK" => 18, "FI" => 18, "NO" => 15, "IE" => 22, "PT" => 25, "LU" => 20, "CZ" => 24,
        "HU" => 28, "GR" => 27, "RO" => 24, "LI" => 21,
        _ => 0,
    };

    /// <summary>ISO 13616: move the first four characters to the end, letters to 10..35, the number mod 97 is 1.</summary>
    internal static bool IsValidIban(ReadOnlySpan<char> iban)
    {
        int remainder = 0;
        int count = 0;
        for (int pass = 0; pass < 2; pass++)
        {
            int offset = pass == 0 ? 4 : 0;
            int stop = pass == 0 ? iban.Length : 4;
            for (int i = offset; i < stop; i++)
            {
                char c = iban[i];
                if (c == ' ')
                {
                    continue;
                }

                count++;
                if (char.IsAsciiDigit(c))
                {
                    remainder = ((remainder * 10) + (c - '0')) % 97;
                }
                else if (char.IsAsciiLetterUpper(c))
                {
                    remainder = ((remainder * 100) + (c - 'A' + 10)) % 97;
                }
                else
                {
                    return false;
                }
            }
        }

        return count is >= 15 and <= 34 && remainder == 1;
    }

    private static void FindCards(ReadOnlySpan<char> text, ref Findings found)
    {
        Span<int> groupStart = stackalloc int[24];
        Span<int> groupEnd = stackalloc int[24];
        foreach (ValueMatch m in s_digitRun.EnumerateMatches(text))
        {
            // After "+" it is an international phone number; inside a word it is a code, not a card.
            if (m.Length < 13 || IsWordChar(At(text, m.Index - 1)) || At(text, m.Index - 1) == '+' || IsWordChar(At(text, m.Index + m.Length)))
            {
                continue;
            }

            // Split the run at its separators; a card is a whole number of groups (a run may also hold a date).
            int groups = 0;
            int i = m.Index;
            int end = m.Index + m.Length;
            while (i < end && groups < groupStart.Length)
            {
                groupStart[groups] = i;
                while (i < end && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }

                groupEnd[groups++] = i;
                i++;
            }

            for (int first = 0; first < groups; first++)
            {
                for (int last = groups - 1; last >= first; last--)
                {
                    ReadOnlySpan<char> candidate = text[groupStart[first]..groupEnd[last]];
                    if (IsCard(candidate))
                    {
                        found.Add(groupStart[first], candidate.Length, PiiKind.Card, 5);
                        first = last;
                        break;
                    }
                }
            }
        }
    }

    /// <summary>A known issuer prefix, the issuer's length range and a valid Luhn check digit.</summary>
    internal static bool IsCard(ReadOnlySpan<char> candidate)
    {
        Span<byte> digits = stackalloc byte[19];
        int n = 0;
        foreach (char c in candidate)
        {
            if (char.IsAsciiDigit(c))
            {
                if (n == digits.Length)
                {
                    return false;
                }

                digits[n++] = (byte)(c - '0');
            }
        }

        if (n < 13)
        {
            return false;
        }

        int prefix2 = (digits[0] * 10) + digits[1];
        int prefix4 = (prefix2 * 100) + (digits[2] * 10) + digits[3];
        bool issuer = digits[0] switch
        {
            4 => n is 13 or 16 or 19,                                                        // Visa
            5 => prefix2 is >= 51 and <= 55 && n == 16,                                      // Mastercard
            2 => prefix4 is >= 2221 and <= 2720 && n == 16,                                  // Mastercard 2-series
            3 => (prefix2 is 34 or 37 && n == 15) || (prefix2 is 36 or 38 or 30 && n == 14) // Amex, Diners
                 || (prefix2 == 35 && n is >= 16 and <= 19),                                 // JCB
            6 => (prefix4 == 6011 || prefix2 == 65 || (prefix4 / 10) is >= 644 and <= 649 || prefix2 == 62) && n is >= 16 and <= 19,
            _ => false,
        };
        if (!issuer)
        {
            return false;
        }

        int sum = 0;
        for (int i = 0; i < n; i++)
        {
            int d = digits[n - 1 - i];
            if ((i & 1) == 1)
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

    private static void FindSsns(ReadOnlySpan<char> text, ref Findings found)
    {
        foreach (ValueMatch m in s_ssn.EnumerateMatches(text))
        {
            ReadOnlySpan<char> s = text.Slice(m.Index, m.Length);
            char before = At(text, m.Index - 1);
            char after = At(text, m.Index + m.Length);
            if (IsWordChar(before) || before == '-' || IsWordChar(after) || (after == '-' && char.IsAsciiDigit(At(text, m.Index + m.Length + 1))))
            {
                continue;
            }

            int area = ((s[0] - '0') * 100) + ((s[1] - '0') * 10) + (s[2] - '0');
            bool valid = area is not (0 or 666) && area < 900 && !s.Slice(4, 2).SequenceEqual("00") && !s.Slice(7, 4).SequenceEqual("0000");
            if (valid)
            {
                found.Add(m.Index, m.Length, PiiKind.Ssn, 4);
            }
        }
    }

    private static void FindIpv4(ReadOnlySpan<char> text, ref Findings found)
    {
        foreach (ValueMatch m in s_ipv4.EnumerateMatches(text))
        {
            char before = At(text, m.Index - 1);
            char after = At(text, m.Index + m.Length);
            if (IsWordChar(before) || before == '.' || IsWordChar(after) || (after == '.' && char.IsAsciiDigit(At(text, m.Index + m.Length + 1))))
            {
                continue;
            }

            if (!AllOctets(text.Slice(m.Index, m.Length)) || FollowsVersionWord(text, m.Index))
            {
                continue;
            }

            found.Add(m.Index, m.Length, PiiKind.Ip, 4);
        }
    }

    private static bool AllOctets(ReadOnlySpan<char> address)
    {
        foreach (Range part in address.Split('.'))
        {
            ReadOnlySpan<char> octet = address[part];
            if (octet.Length > 1 && octet[0] == '0')
            {
                return false;
            }

            int value = 0;
            foreach (char c in octet)
            {
                value = (value * 10) + (c - '0');
            }

            if (value > 255)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Version 1.2.3.4" or "build 10.0.0.1" is a version number, not an address.</summary>
    private static bool FollowsVersionWord(ReadOnlySpan<char> text, int index)
    {
        ReadOnlySpan<char> before = text[..index].TrimEnd();
        int space = before.LastIndexOfAny(' ', '(', '[');
        ReadOnlySpan<char> word = before[(space + 1)..];
        return word.Equals("version", StringComparison.OrdinalIgnoreCase) || word.Equals("ver", StringComparison.OrdinalIgnoreCase)
            || word.Equals("v", StringComparison.OrdinalIgnoreCase) || word.Equals("build", StringComparison.OrdinalIgnoreCase)
            || word.Equals("release", StringComparison.OrdinalIgnoreCase) || word.Equals("firmware", StringComparison.OrdinalIgnoreCase);
    }

    private static void FindIpv6(ReadOnlySpan<char> text, ref Findings found)
    {
        if (!text.Contains(':'))
        {
            return;
        }

        foreach (ValueMatch m in s_ipv6.EnumerateMatches(text))
        {
            ReadOnlySpan<char> candidate = text.Slice(m.Index, m.Length);
            char before = At(text, m.Index - 1);
            char after = At(text, m.Index + m.Length);
            if (IsWordChar(before) || before == ':' || IsWordChar(after) || after == ':')
            {
                continue;
            }

            // Times (10:30:00) and C++ scopes (Widget::draw) look alike: ask for the compressed form or all eight
            // groups, a digit somewhere, and a real parse.
            int colons = candidate.Count(':');
            bool shape = candidate.Contains("::", StringComparison.Ordinal) || colons == 7;
            if (!shape || candidate.IndexOfAnyInRange('0', '9') < 0 || !IPAddress.TryParse(candidate, out IPAddress? address)
                || address.AddressFamily != AddressFamily.InterNetworkV6)
            {
                continue;
            }

            found.Add(m.Index, m.Length, PiiKind.Ip, 4);
        }
    }

    private static void FindPhones(ReadOnlySpan<char> text, ref Findings found)
    {
        FindInternationalPhones(text, ref found);
        foreach (ValueMatch m in s_usPhone.EnumerateMatches(text))
        {
            char before = At(text, m.Index - 1);
            char after = At(text, m.Index + m.Length);
            if (IsWordChar(before) || before is '.' or '-' or '/' || IsWordChar(after) || (after is '.' or '-' && char.IsAsciiDigit(At(text, m.Index + m.Length + 1))))
            {
                continue;
            }

            found.Add(m.Index, m.Length, PiiKind.Phone, 2);
        }

        foreach (ValueMatch m in s_nationalPhone.EnumerateMatches(text))
        {
            ReadOnlySpan<char> candidate = text.Slice(m.Index, m.Length);
            char before = At(text, m.Index - 1);
            char after = At(text, m.Index + m.Length);
            if (IsWordChar(before) || before is '.' or '-' or '/' or '+' || IsWordChar(after) || (after is '.' or '-' or '/' && char.IsAsciiDigit(At(text, m.Index + m.Length + 1))))
            {
                continue;
            }

            // Numbers with two or more hyphens are part or order numbers far more often than phones.
            int digits = CountDigits(candidate);
            if (digits is < 9 or > 12 || candidate.Count('-') > 1)
            {
                continue;
            }

            found.Add(m.Index, m.Length, PiiKind.Phone, 2);
        }
    }

    /// <summary>"+" and a country code, then digits in groups separated by single spaces, dots, hyphens or "(0)".</summary>
    private static void FindInternationalPhones(ReadOnlySpan<char> text, ref Findings found)
    {
        int from = 0;
        while (from < text.Length)
        {
            int plus = text[from..].IndexOf('+');
            if (plus < 0)
            {
                return;
            }

            int start = from + plus;
            from = start + 1;
            if (!char.IsAsciiDigit(At(text, start + 1)) || IsWordChar(At(text, start - 1)))
            {
                continue;
            }

            int i = start + 1;
            int lastDigit = start;
            int digits = 0;
            bool separated = false;
            while (i < text.Length && digits <= 15)
            {
                char c = text[i];
                if (char.IsAsciiDigit(c))
                {
                    digits++;
                    lastDigit = i;
                    separated = false;
                    i++;
                }
                else if (!separated && c is ' ' or '.' or '-' && (char.IsAsciiDigit(At(text, i + 1)) || (At(text, i + 1) == '(' && char.IsAsciiDigit(At(text, i + 2)))))
                {
                    separated = true;
                    i++;
                }
                else if (c == '(' && char.IsAsciiDigit(At(text, i + 1)))
                {
                    separated = true;
                    i++;
                }
                else if (c == ')' && char.IsAsciiDigit(At(text, i - 1)))
                {
                    i++;
                    if (At(text, i) == ' ')
                    {
                        i++;
                    }
                }
                else
                {
                    break;
                }
            }

            if (digits is >= 8 and <= 15 && !IsWordChar(At(text, lastDigit + 1)))
            {
                found.Add(start, lastDigit + 1 - start, PiiKind.Phone, 3);
                from = lastDigit + 1;
            }
        }
    }

    private static int CountDigits(ReadOnlySpan<char> text)
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

    private static char At(ReadOnlySpan<char> text, int index) => (uint)index < (uint)text.Length ? text[index] : ' ';

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    /// <summary>Candidate findings in a caller-provided buffer, resolved into ordered non-overlapping spans.</summary>
    private ref struct Findings
    {
        private readonly Span<Redaction> _items;
        private int _count;

        public Findings(Span<Redaction> items)
        {
            _items = items;
            _count = 0;
            Overflowed = false;
        }

        public bool Overflowed { get; private set; }

        public void Add(int start, int length, PiiKind kind, int priority)
        {
            if (length <= 0)
            {
                return;
            }

            if (_count == _items.Length)
            {
                Overflowed = true;
                return;
            }

            // The priority rides in the upper bits of the kind so the buffer stays one array of structs.
            _items[_count++] = new Redaction(start, length, (PiiKind)((priority << 4) | (byte)kind));
        }

        /// <summary>Sorts by start and merges overlaps into their union, typed by the more specific finding.</summary>
        public int Resolve()
        {
            Span<Redaction> items = _items[.._count];
            for (int i = 1; i < items.Length; i++)
            {
                Redaction x = items[i];
                int j = i - 1;
                while (j >= 0 && items[j].Start > x.Start)
                {
                    items[j + 1] = items[j];
                    j--;
                }

                items[j + 1] = x;
            }

            int kept = 0;
            for (int i = 0; i < items.Length; i++)
            {
                Redaction x = items[i];
                if (kept > 0 && x.Start < items[kept - 1].End)
                {
                    Redaction previous = items[kept - 1];
                    int end = Math.Max(previous.End, x.End);
                    PiiKind kind = (byte)x.Kind >> 4 > (byte)previous.Kind >> 4 ? x.Kind : previous.Kind;
                    items[kept - 1] = new Redaction(previous.Start, end - previous.Start, kind);
                }
                else
                {
                    items[kept++] = x;
                }
            }

            for (int i = 0; i < kept; i++)
            {
                items[i] = items[i] with { Kind = (PiiKind)((byte)items[i].Kind & 0x0F) };
            }

            return kept;
        }
    }
}
