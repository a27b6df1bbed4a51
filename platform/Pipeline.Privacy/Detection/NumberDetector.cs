using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using static Pipeline.Privacy.Detection.Text;

namespace Pipeline.Privacy.Detection;

/// <summary>Numbers with a checksum or a strict structure: cards (Luhn), IBANs (mod 97), US SSNs, IPv4 and IPv6 addresses.</summary>
internal static class NumberDetector
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    private static readonly Regex s_digitRun = new(@"[0-9](?:[ \-.]?[0-9])*", Options);
    private static readonly Regex s_iban = new(@"[A-Za-z]{2}[0-9]{2}(?: ?[A-Za-z0-9]){11,30}", Options);
    private static readonly Regex s_ipv4 = new(@"[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}", Options);
    private static readonly Regex s_ipv6 = new(@"[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:\.[0-9]{1,3}){0,3}", Options);
    private static readonly Regex s_ssn = new(@"[0-9]{3}[\- ]?[0-9]{2}[\- ]?[0-9]{4}", Options);

    // Words after which a number is a part, product or document number, whatever its shape.
    private static readonly WordSet s_partLabels = WordSet.Of(
        ["part", "sku", "item", "model", "serial", "ref", "reference", "lot", "batch", "catalog", "catalogue", "order", "invoice", "product",
         "article", "art", "mpn", "upc", "ean", "isbn", "case", "ticket", "tracking", "po", "pn", "asset", "inventory", "build", "patent",
         "confirmation", "reservation", "booking", "receipt", "routing", "transaction", "txn", "shipment", "parcel", "job", "task", "request",
         "req", "incident", "inc", "change", "chg", "problem", "prb", "ritm", "pr", "so", "wo", "rma", "dossier", "docket", "code", "pin",
         "version", "release", "revision", "rev", "drawing", "dwg", "spec", "standard", "din", "iso", "en", "ansi", "astm", "nsn", "gtin",
         "imei", "mac", "vin", "barcode", "voucher", "coupon", "promo", "gift", "license", "licence", "key", "activation", "sn", "s/n",
         "room", "flight", "project", "proj", "quote", "estimate", "matter", "contract", "katalognummer",
         "bestellnummer", "bestellnr", "artikelnummer", "artikelnr", "artikel", "teilenummer", "sachnummer", "référence", "réf", "commande",
         "pedido", "referencia", "ordine", "articolo", "ordernummer", "bestelling", "artikelnr", "zamówienie", "nr", "no", "num", "filter",
         "replacement", "spare", "compatible", "fits", "oem", "cat"]);

    // Words anywhere in a title that make a bare AAA-GG-SSSS a product's number: a shop, a catalogue, a part.
    private static readonly WordSet s_partContext = WordSet.Of(
        ["parts", "part", "catalog", "catalogue", "replacement", "spare", "oem", "datasheet", "inventory", "warehouse", "bracket", "filter",
         "compatible", "assembly", "gasket", "bearing", "valve", "screw", "bolt", "hose", "pump", "sensor", "cartridge", "toner", "amazon",
         "ebay", "mcmaster", "digikey", "mouser", "grainger", "aliexpress", "shop", "store", "cart", "price", "buy", "stock", "sku", "steel",
         "kit", "model", "manual", "diagram", "schematic", "ersatzteil", "pièce", "recambio", "ricambio"]);

    // Labels of other numbers that a checksum can pass by chance: tracking, order and product codes.
    private static readonly WordSet s_notCardLabels = WordSet.Of(
        ["tracking", "order", "part", "sku", "serial", "isbn", "ean", "upc", "gtin", "imei", "sn", "lot", "batch", "asset", "barcode", "ticket",
         "case", "shipment", "parcel", "awb", "consignment", "imsi", "iccid", "meid",
         // Loyalty cards: their numbers may pass Luhn too, and are the member's id, not a payment card.
         "fidélité", "fidelite", "fidelidad", "fedeltà", "fedelta", "fidelidade", "payback", "kundenkarte", "treuekarte", "bonuskarte",
         "clubcard", "nectar", "klantenkaart", "tessera"]);

    // Words after which a dotted quad is a version, a section or a standard, not an address.
    private static readonly WordSet s_versionLabels = WordSet.Of(
        ["version", "ver", "v", "build", "release", "firmware", "section", "sect", "sec", "table", "figure", "fig", "chapter", "chap", "clause",
         "rule", "step", "item", "paragraph", "para", "appendix", "annex", "article", "art", "part", "revision", "rev", "patch", "update", "kb",
         "edition", "level", "standard", "iso", "rfc", "vol", "volume", "no", "number", "page", "pp", "assemblyversion", "fileversion",
         "productversion", "agent", "driver", "bios", "os", "sdk", "runtime", "package", "pkg", "schema", "api", "tag",
         // Numbered requirements and clauses of specifications, and the programs whose versions have four parts.
         "requirement", "requirements", "req", "spec", "specification", "subsection", "point", "criterion", "setup", "installer", "plugin",
         "extension", "module", "library", "toolkit"]);

    // Words that say an address follows: they let a quad of single digits ("DNS 1.1.1.1") count as one.
    private static readonly WordSet s_ipLabels = WordSet.Of(
        ["ip", "ipv4", "ping", "dns", "host", "server", "gateway", "router", "resolver", "nameserver", "address", "addr", "blocked", "block",
         "allow", "allowed", "from", "to", "connect", "connecting", "connected", "ssh", "proxy", "firewall", "route", "via", "peer", "client",
         "nat", "subnet", "inet", "src", "dst", "source", "destination", "upstream", "lookup", "traceroute", "nslookup", "dig", "curl",
         "telnet", "ftp", "vpn", "wan", "lan", "remote", "origin", "node", "endpoint", "listening", "bind"]);

    /// <summary>
    /// Each pattern runs only when the text has the digits it needs: the non-backtracking engine allocates on some
    /// scans, and a title without a candidate must cost nothing.
    /// </summary>
    public static void Find(ReadOnlySpan<char> text, ref Findings found)
    {
        int digits = CountDigits(text);
        // An IBAN needs only its two check digits to be digits ("RO49 AAAA 1B31 …" has few more).
        if (digits >= 2 && HasIbanStart(text))
        {
            FindIbans(text, ref found);
        }

        if (digits >= 13)
        {
            FindCards(text, ref found);
        }

        if (digits >= 9)
        {
            FindSsns(text, ref found);
        }

        if (digits >= 4 && HasDottedQuad(text))
        {
            FindIpv4(text, ref found);
        }

        if (text.Count(':') >= 2)
        {
            FindIpv6(text, ref found);
        }
    }

    /// <summary>Two letters of an IBAN country and two check digits at the start of a word.</summary>
    private static bool HasIbanStart(ReadOnlySpan<char> text)
    {
        for (int i = 0; i + 3 < text.Length; i++)
        {
            if (char.IsAsciiLetter(text[i]) && char.IsAsciiLetter(text[i + 1]) && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3])
                && !IsAlnum(At(text, i - 1)) && IbanLength(text.Slice(i, 2)) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Digits with three dots between them, as in an address or a version.</summary>
    private static bool HasDottedQuad(ReadOnlySpan<char> text)
    {
        int dots = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '.' && char.IsAsciiDigit(At(text, i - 1)) && char.IsAsciiDigit(At(text, i + 1)))
            {
                if (++dots >= 3)
                {
                    return true;
                }
            }
            else if (!char.IsAsciiDigit(text[i]))
            {
                dots = 0;
            }
        }

        return false;
    }

    private static void FindIbans(ReadOnlySpan<char> text, ref Findings found)
    {
        foreach (ValueMatch m in s_iban.EnumerateMatches(text))
        {
            if (IsAlnum(At(text, m.Index - 1)))
            {
                continue;
            }

            ReadOnlySpan<char> candidate = text.Slice(m.Index, m.Length);
            int expected = IbanLength(candidate[..2]);
            if (expected == 0)
            {
                continue;
            }

            // Lower case only whole (a title typed by hand), never mixed with upper-case country letters.
            bool lower = char.IsAsciiLetterLower(candidate[0]);
            if (lower != char.IsAsciiLetterLower(candidate[1]))
            {
                continue;
            }

            // The longest prefix that ends at a boundary, has the country's length and checks out: the pattern may
            // run on into the next word ("... 0130 00 FINAL").
            int compact = 0;
            int best = -1;
            for (int i = 0; i < candidate.Length; i++)
            {
                if (candidate[i] == ' ')
                {
                    continue;
                }

                compact++;
                if (compact == expected && !IsAlnum(At(text, m.Index + i + 1)) && IsValidIban(candidate[..(i + 1)]))
                {
                    best = i + 1;
                }

                if (compact >= expected)
                {
                    break;
                }
            }

            // Written with a length its country does not have (a digit dropped or a national account pasted after
            // the bank code), yet checking out mod 97 over at least eight digits: still the account, as written.
            // Only in the printed layout (groups of four, a shorter last one) or compact, so that one check decides.
            if (best < 0 && CountDigits(candidate) >= 8)
            {
                best = OffLengthIbanEnd(text, m.Index, candidate);
            }

            if (best > 0)
            {
                found.Add(m.Index, best, PiiKind.Iban, 5);
            }
        }
    }

    /// <summary>The IBAN length of a country (ISO 13616 registry), 0 for a country without IBANs.</summary>
    /// <summary>
    /// The end of an IBAN of an unexpected length: the whole compact word, or the groups of four up to the first shorter
    /// group, 15 to 34 characters, valid mod 97; -1 otherwise.
    /// </summary>
    private static int OffLengthIbanEnd(ReadOnlySpan<char> text, int start, ReadOnlySpan<char> candidate)
    {
        int end = 0;
        int compact = 0;
        while (end < candidate.Length)
        {
            int group = end;
            while (end < candidate.Length && candidate[end] != ' ')
            {
                end++;
            }

            compact += end - group;
            if (end - group != 4)
            {
                // A first word longer than four is the compact form; a long word later is something else.
                if (end - group > 4 && group > 0)
                {
                    return -1;
                }

                break;
            }

            if (end < candidate.Length)
            {
                end++;
            }
        }

        end = Math.Min(end, candidate.Length);
        while (end > 0 && candidate[end - 1] == ' ')
        {
            end--;
        }

        return compact is >= 15 and <= 34 && !IsAlnum(At(text, start + end)) && IsValidIban(candidate[..end]) ? end : -1;
    }

    internal static int IbanLength(ReadOnlySpan<char> country)
    {
        Span<char> cc = stackalloc char[2];
        cc[0] = char.ToUpperInvariant(country[0]);
        cc[1] = char.ToUpperInvariant(country[1]);
        return cc switch
        {
            "NO" => 15, "BE" => 16, "DK" or "FI" or "FO" or "GL" or "NL" => 18, "MK" or "SI" => 19,
            "AT" or "BA" or "EE" or "KZ" or "LT" or "LU" or "XK" => 20, "CH" or "HR" or "LI" or "LV" => 21,
            "BG" or "BH" or "CR" or "DE" or "GB" or "GE" or "IE" or "ME" or "RS" or "VA" => 22,
            "AE" or "GI" or "IL" or "IQ" or "TL" => 23, "AD" or "CZ" or "ES" or "MD" or "PK" or "RO" or "SA" or "SE" or "SK" or "TN" or "VG" => 24,
            "LY" or "PT" or "ST" => 25, "IS" or "TR" => 26, "FR" or "GR" or "IT" or "MC" or "MR" or "SM" => 27,
            "AL" or "AZ" or "BY" or "CY" or "DO" or "GT" or "HU" or "LB" or "PL" or "SV" => 28, "BR" or "EG" or "PS" or "QA" or "UA" => 29,
            "JO" or "KW" or "MU" => 30, "MT" or "SC" => 31, "LC" => 32,
            _ => 0,
        };
    }

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
                else if (char.IsAsciiLetter(c))
                {
                    remainder = ((remainder * 100) + (char.ToUpperInvariant(c) - 'A' + 10)) % 97;
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
            // After "+" it is an international phone number; glued to letters it is a code, not a card.
            char before = At(text, m.Index - 1);
            if (m.Length < 13 || IsAlnum(before) || before == '+' || IsAlnum(At(text, m.Index + m.Length)))
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

            // A tracking, order or part number may pass Luhn; its label says what it is.
            if (LabelBefore(text, m.Index, s_notCardLabels, 3))
            {
                continue;
            }

            for (int first = 0; first < groups; first++)
            {
                for (int last = groups - 1; last >= first; last--)
                {
                    ReadOnlySpan<char> candidate = text[groupStart[first]..groupEnd[last]];
                    if (IsCard(candidate) && (!candidate.Contains('.') || IsDottedCardGrouping(candidate)))
                    {
                        found.Add(groupStart[first], candidate.Length, PiiKind.Card, 5);
                        first = last;
                        break;
                    }
                }
            }
        }
    }

    /// <summary>Dots group a card only the way cards are printed (4-4-4-4, 4-6-5, 4-6-4, 4-4-4-4-3): versions and dates use dots too.</summary>
    private static bool IsDottedCardGrouping(ReadOnlySpan<char> candidate)
    {
        Span<int> lengths = stackalloc int[6];
        int n = 0;
        foreach (Range r in candidate.Split('.'))
        {
            if (n == lengths.Length)
            {
                return false;
            }

            ReadOnlySpan<char> g = candidate[r];
            foreach (char c in g)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }
            }

            lengths[n++] = g.Length;
        }

        ReadOnlySpan<int> l = lengths[..n];
        return l.SequenceEqual([4, 4, 4, 4]) || l.SequenceEqual([4, 6, 5]) || l.SequenceEqual([4, 6, 4]) || l.SequenceEqual([4, 4, 4, 4, 3]);
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
            5 => (prefix2 is >= 51 and <= 55 && n == 16)                                     // Mastercard
                 || (prefix2 is 50 or >= 56 and <= 58 && n is >= 13 and <= 19),               // Maestro, Dankort, Verve, Elo
            2 => (prefix4 is >= 2221 and <= 2720 && n == 16)                                 // Mastercard 2-series
                 || (prefix4 is >= 2200 and <= 2204 && n is >= 16 and <= 19),                 // Mir
            3 => (prefix2 is 34 or 37 && n == 15) || (prefix2 is 36 or 38 or 30 && n == 14) // Amex, Diners
                 || (prefix2 == 35 && n is >= 16 and <= 19),                                 // JCB
            6 => n is >= 13 and <= 19,                                                       // Discover, UnionPay, Maestro, RuPay, Troy's 65, Elo
            8 => prefix2 is 81 or 82 && n == 16,                                             // RuPay
            9 => prefix4 == 9792 && n == 16,                                                 // Troy
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
        Span<char> digits = stackalloc char[9];
        foreach (ValueMatch m in s_ssn.EnumerateMatches(text))
        {
            ReadOnlySpan<char> s = text.Slice(m.Index, m.Length);
            char before = At(text, m.Index - 1);
            char after = At(text, m.Index + m.Length);
            if (IsAlnum(before) || before is '-' or '+' or '.' || IsAlnum(after) || (after is '-' or '.' or '/' && char.IsAsciiDigit(At(text, m.Index + m.Length + 1))))
            {
                continue;
            }

            // The canonical form stands alone; spaced or unseparated digits are an SSN only after an SSN label, and
            // a part or order label makes even the canonical form a part number.
            bool canonical = m.Length == 11 && s[3] == '-' && s[6] == '-';
            bool mixed = !canonical && (s.Contains('-') && s.Contains(' '));
            bool labelled = HasSsnLabel(text, m.Index);
            if (mixed || (!canonical && !labelled)
                || (!labelled && (LabelBefore(text, m.Index, s_partLabels, 3) || LabelBefore(text, m.Index, LocalIdLabels.Document, 3) || EndsWithSlashLabel(text[..m.Index]) || HasAnyWord(text, s_partContext))))
            {
                continue;
            }

            int n = 0;
            foreach (char c in s)
            {
                if (char.IsAsciiDigit(c))
                {
                    digits[n++] = c;
                }
            }

            int area = ((digits[0] - '0') * 100) + ((digits[1] - '0') * 10) + (digits[2] - '0');
            bool valid = area is not (0 or 666) && area < 900 && !digits.Slice(3, 2).SequenceEqual("00") && !digits.Slice(5, 4).SequenceEqual("0000");
            if (valid)
            {
                found.Add(m.Index, m.Length, PiiKind.Ssn, 4);
            }
        }
    }

    /// <summary>"P/N 123-45-6789", "S/N: …", "Nr. …": slash abbreviations that the word look-back reads as single letters.</summary>
    private static bool EndsWithSlashLabel(ReadOnlySpan<char> before)
    {
        ReadOnlySpan<char> trimmed = before.TrimEnd(" :#.");
        foreach (string label in (ReadOnlySpan<string>)["p/n", "s/n", "m/n", "pn"])
        {
            if (trimmed.EndsWith(label, StringComparison.OrdinalIgnoreCase) && !char.IsLetter(At(trimmed, trimmed.Length - label.Length - 1)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether any whole word of <paramref name="text"/> is in <paramref name="words"/>.</summary>
    private static bool HasAnyWord(ReadOnlySpan<char> text, WordSet words)
    {
        int i = 0;
        while (i < text.Length)
        {
            int start = NextLetterWord(text, ref i);

            if (i > start && words.Contains(text[start..i]))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet s_ssnLabels = WordSet.Of(["ssn", "ssns", "socsec", "ss#"]);

    /// <summary>"SSN", "SSN:", "SSN #" or "Social Security (Number|No.)" within the three words before.</summary>
    private static bool HasSsnLabel(ReadOnlySpan<char> text, int index)
    {
        if (LabelBefore(text, index, s_ssnLabels, 3))
        {
            return true;
        }

        ReadOnlySpan<char> before = text[..index];
        int social = before.LastIndexOf("social security", StringComparison.OrdinalIgnoreCase);
        if (social >= 0 && index - social <= 32)
        {
            return true;
        }

        // Abbreviated on forms: "Soc. Sec. No.", "Soc Sec #", "Social Sec. Number", "S.S.N.", "SS No.".
        ReadOnlySpan<char> window = before.Length > 48 ? before[^48..] : before;
        if (window.IndexOfAny('s', 'S') >= 0)
        {
            foreach (string label in (ReadOnlySpan<string>)["soc. sec", "soc sec", "soc.sec", "social sec", "s.s.n", "ss no", "ss#", "ss #"])
            {
                int at = window.LastIndexOf(label, StringComparison.OrdinalIgnoreCase);
                if (at >= 0 && !char.IsLetter(At(window, at - 1)) && !char.IsLetter(At(window, at + label.Length))
                    && window[at..].IndexOfAny("|·—–•") < 0 && !window[at..].Contains(" - ", StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        // "SSN for the W-4: 123 45 6789": the label a few words back in the same clause, with a form's name between.
        int ssn = before.LastIndexOf("SSN", StringComparison.Ordinal);
        return ssn >= 0 && index - ssn <= 32 && !IsAlnum(At(text, ssn - 1)) && !char.IsAsciiLetter(At(text, ssn + 3))
            && before[ssn..].IndexOfAny("|·—–•") < 0 && !before[ssn..].Contains(" - ", StringComparison.Ordinal);
    }

    private static void FindIpv4(ReadOnlySpan<char> text, ref Findings found)
    {
        bool foundOne = false;
        foreach (ValueMatch m in s_ipv4.EnumerateMatches(text))
        {
            char before = At(text, m.Index - 1);
            char after = At(text, m.Index + m.Length);
            if (IsAlnum(before) || before == '.' || IsAlnum(after) || (after == '.' && char.IsAsciiDigit(At(text, m.Index + m.Length + 1))))
            {
                continue;
            }

            ReadOnlySpan<char> address = text.Slice(m.Index, m.Length);
            if (!AllOctets(address, out bool small) || LabelBefore(text, m.Index, s_versionLabels, 1) || before is 'v' or 'V'
                || text[..m.Index].TrimEnd().EndsWith('§') || IsVersionInFileName(text, m.Index, m.Index + m.Length)
                || IsVersionAfterProductName(text, m.Index, address))
            {
                continue;
            }

            // Four single digits ("2.4.1.7") are a version far more often, unless the words around say network
            // ("DNS 1.1.1.1", "Blocked 8.8.8.8 and 8.8.4.4") or a port or prefix follows.
            bool portOrPrefix = (after is ':' or '/') && char.IsAsciiDigit(At(text, m.Index + m.Length + 1));
            if (small && !foundOne && !portOrPrefix && !LabelBefore(text, m.Index, s_ipLabels, 2))
            {
                continue;
            }

            foundOne = true;
            found.Add(m.Index, m.Length, PiiKind.Ip, 4);
        }
    }

    /// <summary>
    /// "Falcon Sensor 3.9.8.99", "Toolbox 2.14.0.3": a quad opening with a single digit right after a capitalised product
    /// word, with no network word before it, is the product's version.
    /// </summary>
    private static bool IsVersionAfterProductName(ReadOnlySpan<char> text, int start, ReadOnlySpan<char> address)
    {
        if (address[1] != '.' || At(text, start - 1) != ' ' || LabelBefore(text, start, s_ipLabels, 2))
        {
            return false;
        }

        // "Zabbix Agent 2 4.3.8.90": a product's generation number may stand between its name and the version.
        int end = start - 1;
        if (char.IsAsciiDigit(At(text, end - 1)) && (At(text, end - 2) == ' ' || (char.IsAsciiDigit(At(text, end - 2)) && At(text, end - 3) == ' ')))
        {
            end -= char.IsAsciiDigit(At(text, end - 2)) ? 3 : 2;
            if (LabelBefore(text, end, s_versionLabels, 1))
            {
                return true;
            }
        }

        int word = end;
        while (word > 0 && char.IsLetter(text[word - 1]))
        {
            word--;
        }

        return end - word >= 2 && char.IsUpper(text[word]);
    }

    /// <summary>"agent-x64-20.17.12.25.exe": four numbers after a "-" and before the extension are the program's version.</summary>
    private static bool IsVersionInFileName(ReadOnlySpan<char> text, int start, int end) =>
        At(text, start - 1) == '-' && At(text, end) == '.' && char.IsAsciiLetter(At(text, end + 1)) && char.IsLetterOrDigit(At(text, start - 2));

    private static bool AllOctets(ReadOnlySpan<char> address, out bool small)
    {
        small = true;
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

            small &= value < 10;
        }

        return true;
    }

    private static void FindIpv6(ReadOnlySpan<char> text, ref Findings found)
    {
        if (!text.Contains(':'))
        {
            return;
        }

        foreach (ValueMatch m in s_ipv6.EnumerateMatches(text))
        {
            int length = m.Length;
            char before = At(text, m.Index - 1);
            // "scp f ubuntu@2001:db8::5:/var/backups/": after a login, a colon and a path end the address.
            bool loginAndPath = before == '@' && At(text, m.Index + length) is '/' or '~' && text[m.Index + length - 1] == ':' && text[m.Index + length - 2] != ':';
            if (loginAndPath)
            {
                length--;
            }
            else
            {
                loginAndPath = before == '@' && At(text, m.Index + length) == ':' && At(text, m.Index + length + 1) is '/' or '~';
            }

            ReadOnlySpan<char> candidate = text.Slice(m.Index, length);
            char after = At(text, m.Index + length);
            if (IsWordChar(before) || before == ':' || IsWordChar(after) || (after == ':' && !loginAndPath))
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

            found.Add(m.Index, length, PiiKind.Ip, 4);
        }
    }
}
