using System.Buffers;
using System.Text.RegularExpressions;
using static Pipeline.Privacy.Detection.Text;

namespace Pipeline.Privacy.Detection;

/// <summary>
/// Personal ids: a value with digits after a label that ties it to a person (<c>Employee ID 00012345</c>,
/// <c>Customer 415555012398765</c>, <c>Policy No. ABC-123456</c>, <c>Kundennummer 123456</c>), and payment-platform
/// object ids (<c>cus_OZ87Y6543210</c>, <c>acct_…</c>). Order, invoice, ticket and part numbers name a document, not a
/// person, and stay.
/// </summary>
internal static class IdDetector
{
    private static readonly Regex s_objectId = new(
        @"(?:cus|cust|ctm|acct|sub|pi|ch|pm|seti|txn|prod|price|cs|evt|src|tok|card|ba|cn|dp|ii|py|tr|usr|user|org|mbr|emp)_[A-Za-z0-9]{8,}",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    private static readonly SearchValues<string> s_objectPrefixes = SearchValues.Create(
        ["cus_", "cust_", "ctm_", "acct_", "sub_", "pi_", "ch_", "pm_", "seti_", "txn_", "prod_", "price_", "cs_", "evt_", "src_", "tok_", "card_", "ba_", "cn_",
         "dp_", "ii_", "py_", "tr_", "usr_", "user_", "org_", "mbr_", "emp_"],
        StringComparison.Ordinal);

    private static readonly WordSet s_labels = WordSet.Of(
        ["account", "acct", "customer", "cust", "client", "employee", "emp", "member", "membership", "patient", "policy", "user", "student",
         "staff", "badge", "subscriber", "personnel", "mrn", "tin", "ein", "vat", "passport", "license", "licence", "driver", "nhs", "bsn",
         "sin", "nino", "medicare", "medicaid", "insurance", "insured", "kundennummer", "kunden", "kunde", "mitarbeiter", "personalnummer",
         "versichertennummer", "matrikelnummer", "loyalty", "beneficiary", "applicant", "candidate", "tenant", "citizen", "voter", "taxpayer",
         "guest", "resident", "contributor", "payee", "holder", "cardholder", "profile", "uid", "userid", "accountid", "customerid",
         "national", "dni", "nie", "nif", "cpf", "cnpj", "aadhaar", "aadhar", "pan", "personnummer", "steuer", "steuernummer", "tfn", "ird",
         "curp", "iqama", "emirates", "nric", "fin", "hkid", "mykad", "pesel", "fiscale", "tckn", "snils", "identity", "ausweis",
         "personalausweis", "reisepass", "führerschein", "idcard", "id-card", "claimant", "enrollee", "enrolment", "enrollment",
         "matricule", "sozialversicherungsnummer", "svnr", "ahv", "nino", "nin", "ppsn", "bsn", "rrn", "cuil", "cuit", "rut", "ruc",
         "sociale", "insee", "nir", "codice", "personalnr", "kundennr", "mitgliedsnummer", "versicherungsnummer", "cliente", "utente",
         "usuario", "usuário", "klant", "klantnummer", "kund", "kundnummer", "asiakas", "asiakasnumero", "klient", "afiliado", "adherent",
         "adhérent", "abonné", "abonnent", "assuré", "allocataire", "mitgliedsnr", "flyer", "login",
         // Account and person numbers in more languages: "Konto 1234567890", "N° sécu …", "CPR 010190-1234".
         "konto", "kontonummer", "kontonr", "compte", "cuenta", "conto", "rekening", "rekeningnummer", "tili", "tilinumero", "sécu", "secu",
         "cpr", "hetu", "henkilötunnus", "fødselsnummer", "personnr", "clubcard",
         // A clinician's or a lawyer's own registration: "NPI 1234567893", "DEA no. AB1234563", "GMC 7012345".
         "npi", "dea", "gmc", "upin", "itin"]);


    // Loyalty programmes named by their card or scheme word; a long number right after one is the member's.
    private static readonly WordSet s_programLabels = WordSet.Of(
        ["rewards", "advantage", "payback", "nectar", "clubcard", "bonuscard", "loyalty", "privilege", "perks", "kundenkarte", "vorteilskarte",
         "fidélité", "fidelidad", "fedeltà", "treuekarte", "klantenkaart", "stammkunde"]);

    // Words that label a person's id only with an id word after them ("Tax ID 12-3456789", "Health insurance number"), not
    // alone ("Tax 2026", "Social 2").
    private static readonly WordSet s_weakLabels = WordSet.Of(
        ["tax", "social", "health", "identification", "personal", "pension", "benefit", "benefits", "provider", "prescriber", "bar", "registration",
         // CRM and charity records of a person, only with their id word ("Contact ID 51234", "Lead ID: 88213", "Donor no. 4471").
         "contact", "lead", "requester",
         // "NI number QQ 12 34 56 C", "NI No.": the National Insurance number's short label.
         "ni", "donor", "volunteer", "alumni", "alumnus", "borrower", "debtor", "learner", "pupil"]);

    // Words between a label and its value: "Member ID", "Policy No.", "passport_scan_…", "licence front".
    private static readonly WordSet s_idWords = WordSet.Of(["id", "no", "nr", "number", "num", "#", "code", "ref", "scan", "copy", "photo", "front", "back", "card", "page", "ids", "nos"]);

    // Object prefixes that name a person or their account (a customer, a connected account, a user, a member, an
    // employee); the others name a payment, a product or an event.
    private static readonly WordSet s_personalObjectPrefixes = WordSet.Of(["cus", "cust", "ctm", "acct", "usr", "user", "mbr", "emp"]);

    /// <summary>
    /// A whole payment or SaaS platform object id ("cus_NffrFeUfNV2Hib", "pi_3MtwBwLkdIwHu7ix"), and whether it names a
    /// person or their account. A client secret ("pi_…_secret_…") is not an object id.
    /// </summary>
    internal static bool IsObjectId(ReadOnlySpan<char> value, out bool personal)
    {
        personal = false;
        int glue = value.IndexOf('_');
        if (glue is < 2 or > 5 || value.Length - glue - 1 < 8 || value[(glue + 1)..].IndexOfAnyExcept(s_alnum) >= 0
            || value[..glue].IndexOfAnyExceptInRange('a', 'z') >= 0)
        {
            return false;
        }

        // More of the platforms' objects, read only as a whole path level whose body looks generated (a digit, or
        // both cases): invoices, invoice lines, refunds, payouts, subscription items, plans, files, links, quotes.
        if (value.IndexOfAny(s_objectPrefixes) != 0)
        {
            ReadOnlySpan<char> body = value[(glue + 1)..];
            return IsOneOf(value[..glue], s_pathObjectPrefixes)
                && (body.IndexOfAnyInRange('0', '9') >= 0 || (body.IndexOfAnyInRange('a', 'z') >= 0 && body.IndexOfAnyInRange('A', 'Z') >= 0));
        }

        personal = IsOneOf(value[..glue], s_personalObjectPrefixes);
        return true;
    }

    private static readonly WordSet s_pathObjectPrefixes = WordSet.Of(
        ["in", "il", "re", "po", "si", "sku", "plan", "file", "link", "pyr", "trr", "txi", "qt", "cbtxn", "ipi", "fee", "iv", "du"]);

    private static readonly SearchValues<char> s_letters = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static readonly SearchValues<char> s_alnum = SearchValues.Create("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    public static void Find(ReadOnlySpan<char> text, ref Findings found)
    {
        if (text.Contains('_') && text.IndexOfAny(s_objectPrefixes) >= 0)
        {
            foreach (ValueMatch m in s_objectId.EnumerateMatches(text))
            {
                if (!IsAlnum(At(text, m.Index - 1)) && !IsAlnum(At(text, m.Index + m.Length)) && !found.Overlaps(m.Index, m.Index + m.Length))
                {
                    found.Add(m.Index, m.Length, PiiKind.Id, 4);
                }
            }
        }

        // A labelled value: it has digits, so only titles with digits can have one.
        if (text.IndexOfAnyInRange('0', '9') < 0)
        {
            return;
        }

        NationalIdDetector.Find(text, ref found);
        CloudAccountIds.Find(text, ref found);
        FindDocumentNumbers(text, ref found);
        FindRolePrefixedIds(text, ref found);
        if (text.Contains('('))
        {
            FindCodesAfterNames(text, ref found);
        }

        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiDigit(text[i]) && !char.IsAsciiLetter(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && (IsAlnum(text[i]) || text[i] == '-' || (text[i] == ' ' && (IsDigitGroupAfter(text, i) || IsLetterPrefix(text, start, i)))
                || (text[i] is '.' or '/' && char.IsAsciiDigit(At(text, i - 1)) && char.IsAsciiDigit(At(text, i + 1)))))
            {
                i++;
            }

            int end = i;
            while (end > start && text[end - 1] is '-' or ' ')
            {
                end--;
            }

            // "BSN-908301662-kopie.jpg": a lower-case word after the number is the file's, not part of it.
            int tail = text[start..end].LastIndexOf('-');
            if (tail > 0 && end - (start + tail + 1) >= 3 && text[(start + tail + 1)..end].IndexOfAnyExceptInRange('a', 'z') < 0
                && char.IsAsciiDigit(text[start + tail - 1]))
            {
                end = start + tail;
                i = end;
            }

            // A UK National Insurance number ends in its suffix letter ("QQ 12 34 56 C", "QQ123456 C").
            if (At(text, end) == ' ' && At(text, end + 1) is >= 'A' and <= 'D' && !IsAlnum(At(text, end + 2)) && IsNinoBody(text[start..end]))
            {
                end += 2;
                i = end;
            }

            ReadOnlySpan<char> value = text[start..end];
            if (IsAlnum(At(text, start - 1)) || value.Length is < 4 or > 30 || CountDigits(value) < 3 || !char.IsLetterOrDigit(value[0]))
            {
                continue;
            }

            // Three digits are enough after a label with its id word ("Staff ID XK-993"), four after a label alone.
            // A person's label outranks the shape of a phone number ("Member ID 4471 9981"), not anything else.
            // A four-part version is a program's ("Driver 31.0.15.3623", "Client 15.15.9.6515").
            if (value.Count('.') >= 2 && value.IndexOfAnyExcept("0123456789.") < 0 && IsVersionLike(value))
            {
                continue;
            }

            // A year is the document's date, not its holder's number ("Steuer_2026.pdf", "passport_scan_2025.jpg").
            if (value.Length == 4 && value[0] is '1' or '2' && value[1] is '9' or '0' && CountDigits(value) == 4)
            {
                continue;
            }

            // A year and its month or the next year is a period ("Vertrag 2026-01", "Contrato 2026/2027"); eight digits
            // that read as a date are the document's date ("passport_scan_20260315.jpg").
            if (IsPeriod(value) || (value.Length == 8 && IsDateDigits(value)))
            {
                continue;
            }

            int label = LabelBefore(text, start);

            // "BSN-908301662", "MRN-00493812": a person's label glued to the number by a dash names it, and goes with it,
            // as a prefixed id does ("CUST-…"); a ticket key has fewer digits ("FIN-8951", "PAY-2762").
            int glued = value.IndexOfAnyInRange('0', '9') - 1;
            if (label == 0 && glued >= 2 && value[glued] == '-' && IsDashedLabel(value[..glued]) && CountDigits(value[(glued + 1)..]) >= 6
                && !Text.LabelBefore(text, start, s_documentWords, 2) && !Text.LabelBefore(text, start, LocalIdLabels.Document, 2))
            {
                label = LabelAlone;
                // A label in words is outside the value ("Patient-MRN-…", "Member-…"); an acronym glued to it goes with it,
                // as a record system's prefix does ("BSN-…", "EMP-…", "CUST-…").
                if (value[..glued].Contains('-') || value[..glued].IndexOfAnyInRange('a', 'z') >= 0)
                {
                    start += glued + 1;
                }
            }

            if (label > 0 && (CountDigits(value) >= 4 || label == LabelWithIdWord) && !found.OverlapsOtherThan(start, end, PiiKind.Phone))
            {
                found.Add(start, end - start, PiiKind.Id, 4);
            }
            else if (label == 0 && CountDigits(value) >= 8 && CountDigits(value) == value.Length - value.Count(' ') && WordBefore(text, start, s_programLabels)
                && !found.OverlapsOtherThan(start, end, PiiKind.Phone))
            {
                // A loyalty or rewards programme's card number ("… Rewards 6012 3456 7890", "Payback 3081234567").
                found.Add(start, end - start, PiiKind.Id, 4);
            }
            else if (label == 0 && IsRecordFileNumber(text, start, end) && !found.OverlapsOtherThan(start, end, PiiKind.Phone))
            {
                // "Referral_Ana_Lima_MRN-2041187.pdf", "Chart-Ana-Lima-30-114-205.pdf": the holder's number ends a file
                // named for a person's record.
                found.Add(start, end - start, PiiKind.Id, 4);
            }
        }
    }

    // Identity documents whose number mixes capitals and digits ("passport CB3A8YPK1", "Passport_Ana_Lima_X12345678.pdf").
    private static readonly WordSet s_documentLabels = WordSet.Of(
        ["passport", "reisepass", "pasaporte", "passeport", "passaporto", "paspoort", "passnummer", "ausweis", "personalausweis", "idcard",
         "pasaport", "paszport", "passi"]);

    /// <summary>
    /// A passport or identity card number: six to twelve capitals and digits with at least one digit, just after the
    /// document's label or as the last part of a file name that starts with it ("Passport_Ana_Lima_X1234567.pdf").
    /// </summary>
    private static void FindDocumentNumbers(ReadOnlySpan<char> text, ref Findings found)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiLetterUpper(text[i]) && !char.IsAsciiDigit(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && (char.IsAsciiLetterUpper(text[i]) || char.IsAsciiDigit(text[i])))
            {
                i++;
            }

            if (IsAlnum(At(text, start - 1)) || IsAlnum(At(text, i)) || i - start is < 6 or > 12 || CountDigits(text[start..i]) == 0 || found.Overlaps(start, i))
            {
                continue;
            }

            // Digits alone are a passport number only where the file is named for it ("Passport_Ana_Lima_548812904.pdf"),
            // and then not a date ("Passport_scan_20260315.jpg").
            if (CountDigits(text[start..i]) == i - start)
            {
                if (i - start >= 7 && !IsDateDigits(text[start..i]) && IsLastPartOfDocumentFile(text, start, i))
                {
                    found.Add(start, i - start, PiiKind.Id, 4);
                }

                continue;
            }

            bool labelled = At(text, start - 1) is ' ' or ':' && Text.LabelBefore(text, start, s_documentLabels, 2);
            if (labelled || IsLastPartOfDocumentFile(text, start, i))
            {
                found.Add(start, i - start, PiiKind.Id, 4);
            }
        }
    }

    // Prefixes that say whose number it is: customer (CUST, CUS, CID, KD and KND for "Kunde", CLI for "client"), member,
    // employee, patient, student, and a bare C for customer before eight digits or more.
    private static readonly WordSet s_rolePrefixes = WordSet.Of(
        ["CUST", "CUS", "CID", "KD", "KND", "KDNR", "CLI", "CLT", "MBR", "MEM", "EMP", "PAT", "STU", "C"]);

    // Words before such a value that make it a document's number after all ("Order CUS-12345678" is rare but exists).
    private static readonly WordSet s_documentWords = WordSet.Of(
        ["order", "invoice", "ticket", "quote", "shipment", "tracking", "parcel", "po", "build", "bug", "issue", "part", "sku", "serial", "batch", "lot"]);

    /// <summary>"Refund for CUST-22170727", "KD-5696799", "C078265282": the prefix names the customer, member or employee.</summary>
    private static void FindRolePrefixedIds(ReadOnlySpan<char> text, ref Findings found)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiLetterUpper(text[i]) || IsAlnum(At(text, i - 1)) || At(text, i - 1) is '-' or '_' or '/' or '.')
            {
                continue;
            }

            int letters = i;
            while (letters < text.Length && char.IsAsciiLetterUpper(text[letters]))
            {
                letters++;
            }

            int digits = At(text, letters) == '-' ? letters + 1 : letters;
            int end = digits;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            ReadOnlySpan<char> prefix = text[i..letters];
            int count = end - digits;
            if (count is < 6 or > 12 || IsAlnum(At(text, end)) || At(text, end) is '-' || !IsOneOf(prefix, s_rolePrefixes)
                || (prefix is "C" && (count < 8 || digits != letters)) || found.Overlaps(i, end) || Text.LabelBefore(text, i, s_documentWords, 2))
            {
                i = Math.Max(i, letters - 1);
                continue;
            }

            found.Add(i, end - i, PiiKind.Id, 4);
            i = end;
        }
    }

    /// <summary>
    /// A person's number in parentheses after their name, the way HR, school and CRM systems title a record
    /// ("Ada Okoro (E123456)", "Liu Wei (s4412345)", "Ana Lima (EMP-20931)"): up to four letters, an optional dash and five
    /// to ten digits, after two or three capitalised words that are not common words, one of them a known name.
    /// </summary>
    private static void FindCodesAfterNames(ReadOnlySpan<char> text, ref Findings found)
    {
        for (int open = text.IndexOf('('); open >= 0; open = IndexFrom(text, open + 1, "("))
        {
            int start = open + 1;
            int close = start;
            while (close < text.Length && char.IsAsciiLetterOrDigit(text[close]) || (close < text.Length && text[close] == '-'))
            {
                close++;
            }

            if (At(text, close) != ')' || !IsPersonCode(text[start..close]) || found.Overlaps(start, close)
                || !(NameBefore(text, open) || (char.IsAsciiLetter(text[start]) && CjkNameBefore(text, open))))
            {
                continue;
            }

            found.Add(start, close - start, PiiKind.Id, 4);
        }
    }

    private static bool IsPersonCode(ReadOnlySpan<char> value)
    {
        int letters = 0;
        while (letters < value.Length && char.IsAsciiLetter(value[letters]))
        {
            letters++;
        }

        int digitsStart = letters < value.Length && value[letters] == '-' && letters > 0 ? letters + 1 : letters;
        ReadOnlySpan<char> digits = value[digitsStart..];
        // After a prefix the digits may be grouped by dashes ("HR-4410-218"), each group two to five digits.
        if (letters > 0 && digits.Contains('-') && IsDashedDigitGroups(digits))
        {
            return CountDigits(digits) is >= 5 and <= 10;
        }

        if (letters > 4 || digits.Length is < 5 or > 10 || digits.IndexOfAnyExceptInRange('0', '9') >= 0)
        {
            return false;
        }

        // A date written as digits ("Notes (20240315)") is the record's date.
        return letters > 0 || !(digits.Length == 8 && digits[..2] is "19" or "20");
    }

    /// <summary>Two or three capitalised words just before, none a common word, one of them a first or family name.</summary>
    private static bool NameBefore(ReadOnlySpan<char> text, int open)
    {
        int i = open - 1;
        int words = 0;
        bool clear = false;
        bool unknown = false;
        bool anyName = false;
        while (words < 3)
        {
            while (i >= 0 && text[i] == ' ')
            {
                i--;
            }

            int end = i + 1;
            while (i >= 0 && (char.IsLetter(text[i]) || text[i] is '-' or '\'' || IsMark(text[i])))
            {
                i--;
            }

            ReadOnlySpan<char> word = text[(i + 1)..end];
            // Names in scripts without case ("अनीता जोशी", "陳大文") count as names; a common word only when it is also a
            // name ("May Carter"), and then beside a clear name or a word no list knows ("Seoyeon Park", not "Park Avenue").
            bool uncased = !word.IsEmpty && char.IsLetter(word[0]) && ((!char.IsUpper(word[0]) && !char.IsLower(word[0])) || IsGreekOrCyrillic(word[0]));
            bool first = Lexicon.IsFirstName(word, out bool ambiguousFirst);
            bool family = Lexicon.IsFamilyName(word, out bool ambiguousFamily);
            bool name = first || family;
            bool clearName = (first && !ambiguousFirst) || (family && !ambiguousFamily);
            bool common = !word.IsEmpty && Lexicon.IsCommonWord(word);
            if (word.IsEmpty || (!char.IsUpper(word[0]) && !uncased) || (common && !name) || IsOneOf(word, s_placeWords))
            {
                break;
            }

            // Latin letters with diacritics ("Araújo", "Thắng") mark a name of a culture the lists may lack.
            clear |= uncased || (clearName && !common) || (!common && word.IndexOfAnyInRange('\u00C0', '\u024F') >= 0)
                || (!common && word.IndexOfAnyInRange('\u1E00', '\u1EFF') >= 0);
            unknown |= !name && !common;
            anyName |= name;
            words++;
            if (i < 0 || text[i] != ' ')
            {
                break;
            }
        }

        return words >= 2 && (clear || (unknown && anyName));
    }

    /// <summary>
    /// A name in Han or Hangul written without a space (two to four characters, "刘晓玲", "김민준") alone before the
    /// parenthesis, the title's first word or after a separator; only with a prefixed code ("(HR-1225-370)"), which a
    /// word of those scripts before a plain number would not make a person's.
    /// </summary>
    private static bool CjkNameBefore(ReadOnlySpan<char> text, int open)
    {
        int end = open;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        int i = end;
        while (i > 0 && IsHanOrHangul(text[i - 1]))
        {
            i--;
        }

        if (end - i is < 2 or > 4)
        {
            return false;
        }

        int b = i - 1;
        while (b >= 0 && text[b] == ' ')
        {
            b--;
        }

        return b < 0 || text[b] is '|' or '·' or '—' or '–' or '-' or ':' or '•' or ',';
    }

    private static bool IsHanOrHangul(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7A3');

    // Capitalised words of places and buildings that sit beside names without being one ("Park Avenue (…)").
    private static readonly WordSet s_placeWords = WordSet.Of(
        ["avenue", "street", "road", "lane", "drive", "boulevard", "plaza", "square", "court", "place", "terrace", "way", "hall", "tower",
         "center", "centre", "building", "campus", "station", "airport", "hotel", "mall", "store", "branch", "office", "suite", "unit"]);

    /// <summary>Greek and Cyrillic capitals: the gazetteer is in Latin letters, so their names are judged by shape alone.</summary>
    private static bool IsGreekOrCyrillic(char c) => char.IsUpper(c) && c is >= '\u0370' and <= '\u04FF';

    private static bool IsMark(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    /// <summary>Two capitals and six digits, grouped by pairs or not: a National Insurance number before its suffix.</summary>
    private static bool IsNinoBody(ReadOnlySpan<char> value) =>
        value.Length >= 8 && char.IsAsciiLetterUpper(value[0]) && char.IsAsciiLetterUpper(value[1]) && CountDigits(value) == 6
        && value[2..].IndexOfAnyExcept("0123456789 ") < 0;

    private static bool IsDashedDigitGroups(ReadOnlySpan<char> digits)
    {
        foreach (Range r in digits.Split('-'))
        {
            ReadOnlySpan<char> group = digits[r];
            if (group.Length is < 2 or > 5 || group.IndexOfAnyExceptInRange('0', '9') >= 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Eight digits that read as a date (19xx or 20xx, a month, a day) or six as a year and month.</summary>
    private static bool IsDateDigits(ReadOnlySpan<char> digits)
    {
        if (digits.Length is not (6 or 8) || digits[..2] is not ("19" or "20"))
        {
            return false;
        }

        int month = ((digits[4] - '0') * 10) + (digits[5] - '0');
        if (digits.Length == 6)
        {
            return month is >= 1 and <= 12;
        }

        int day = ((digits[6] - '0') * 10) + (digits[7] - '0');
        return month is >= 1 and <= 12 && day is >= 1 and <= 31;
    }

    // First words of files named for a person's record, whose last part is then the holder's number: referrals, charts,
    // lab results, prescriptions, claims, visas, member, employee and student records.
    private static readonly WordSet s_recordFileWords = WordSet.Of(
        ["referral", "chart", "patient", "lab", "labs", "labresults", "prescription", "rx", "discharge", "intake", "consent", "claim",
         "medical", "record", "records", "visa", "license", "licence", "insurance", "member", "membership", "employee", "personnel",
         "student", "transcript", "enrolment", "enrollment", "idcard", "passport", "ehr", "emr", "immunization", "vaccination",
         "überweisung", "befund", "arztbrief", "rezept", "ordonnance", "dossier"]);

    /// <summary>
    /// "Referral_Ana_Lima_30-114-205.pdf": the last part of a file whose first word names a person's record, with a
    /// name part between, holding six digits or more (optionally after up to four letters), not a date or a period.
    /// </summary>
    private static bool IsRecordFileNumber(ReadOnlySpan<char> text, int start, int end)
    {
        char glue = At(text, start - 1);
        if (glue is not ('_' or '-' or '.') || At(text, end) != '.' || !char.IsAsciiLetter(At(text, end + 1)))
        {
            return false;
        }

        ReadOnlySpan<char> value = text[start..end];
        int letters = 0;
        while (letters < value.Length && char.IsAsciiLetter(value[letters]))
        {
            letters++;
        }

        ReadOnlySpan<char> digits = value[letters..].TrimStart('-');
        if (letters > 4 || CountDigits(digits) < 6 || (digits.IndexOfAnyExceptInRange('0', '9') >= 0 && !IsDashedDigitGroups(digits))
            || (letters == 0 && IsDateDigits(digits)) || IsPeriod(value))
        {
            return false;
        }

        int nameStart = start;
        while (nameStart > 0 && text[nameStart - 1] is not ('/' or '\\' or ' '))
        {
            nameStart--;
        }

        ReadOnlySpan<char> name = text[nameStart..(start - 1)];
        int first = name.IndexOf(glue);
        // The first word, then at least one part (the holder's name) before the number.
        return first > 0 && first < name.Length - 1 && IsOneOf(name[..first], s_recordFileWords) && char.IsLetter(name[first + 1]);
    }

    /// <summary>"…/Passport_Ana_Lima_X1234567.pdf": the value sits between "_" and the extension of a file named for the document.</summary>
    private static bool IsLastPartOfDocumentFile(ReadOnlySpan<char> text, int start, int end)
    {
        if (At(text, start - 1) is not ('_' or '-') || At(text, end) != '.' || !char.IsAsciiLetter(At(text, end + 1)))
        {
            return false;
        }

        int nameStart = start;
        while (nameStart > 0 && text[nameStart - 1] is not ('/' or '\\' or ' '))
        {
            nameStart--;
        }

        ReadOnlySpan<char> name = text[nameStart..start];
        int glue = name.IndexOfAny('_', '-');
        return glue > 0 && IsOneOf(name[..glue], s_documentLabels);
    }

    /// <summary>
    /// One to three capitals that open the value before its digits ("Membership number: M 4471 9981"), unless they are
    /// the label or its id word themselves ("ID 44812", "MRN 00912345").
    /// </summary>
    private static bool IsLetterPrefix(ReadOnlySpan<char> text, int start, int space)
    {
        if (space - start is < 1 or > 3 || !char.IsAsciiDigit(At(text, space + 1)))
        {
            return false;
        }

        ReadOnlySpan<char> prefix = text[start..space];
        foreach (char c in prefix)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return !IsOneOf(prefix, s_idWords) && !IsOneOf(prefix, s_labels) && !IsOneOf(prefix, s_weakLabels);
    }

    /// <summary>Digit groups joined by single spaces are one number ("Account no. 40 6390 5941").</summary>
    private static bool IsDigitGroupAfter(ReadOnlySpan<char> text, int space)
    {
        int i = space - 1;
        while (i >= 0 && char.IsAsciiDigit(text[i]))
        {
            i--;
        }

        return i < space - 1 && (i < 0 || !char.IsLetter(text[i])) && char.IsAsciiDigit(At(text, space + 1));
    }

    private const int LabelAlone = 1;
    private const int LabelWithIdWord = 2;

    /// <summary>
    /// "Employee ID", "Customer", "Account #:", "Policy No.", "passport_scan_" just before the value: 0 for none,
    /// <see cref="LabelAlone"/> or <see cref="LabelWithIdWord"/>.
    /// </summary>
    private static int LabelBefore(ReadOnlySpan<char> text, int start)
    {
        int i = start - 1;
        for (int w = 0; w < 3; w++)
        {
            while (i >= 0 && text[i] is ' ' or ':' or '\uFF1A' or '.' or '=' or '(' or '[' or '_' or '-' or '—' or '–' or '°')
            {
                i--;
            }

            int end = i + 1;
            if (i >= 0 && text[i] == '#')
            {
                i--;
                continue;
            }

            // Marks belong to the word: Devanagari vowel signs and viramas ("संख्या").
            while (i >= 0 && (char.IsLetter(text[i]) || IsMark(text[i])))
            {
                i--;
            }

            ReadOnlySpan<char> word = text[(i + 1)..end];
            if (word.IsEmpty)
            {
                return 0;
            }

            if (IsGluedLabel(word))
            {
                return LabelWithIdWord;
            }

            if (IsOneOf(word, s_labels) || LocalIdLabels.Person.Contains(word)
                || (w > 0 && (IsOneOf(word, s_weakLabels) || IsOneOf(word, s_programLabels) || LocalIdLabels.WeakPerson.Contains(word))))
            {
                return w > 0 ? LabelWithIdWord : LabelAlone;
            }

            // "(ID 44812)", "ID: 88412 - Admin", "ID number 88123456": an id that opens the clause labels the value alone.
            if (w < 2 && word.Equals("ID", StringComparison.OrdinalIgnoreCase))
            {
                int b = i;
                while (b >= 0 && text[b] == ' ')
                {
                    b--;
                }

                if (b < 0 || text[b] is '(' or '[' or ',' or '|' or '·' or '—' or '–' || (text[b] == '-' && At(text, b - 1) == ' '))
                {
                    return LabelAlone;
                }
            }

            if (!IsOneOf(word, s_idWords) && !LocalIdLabels.IdWords.Contains(word))
            {
                return 0;
            }
        }

        return 0;
    }

    /// <summary>"BSN", "Patient-MRN", "Member-ID": a person's label, with more labels or id words joined to it by dashes.</summary>
    private static bool IsDashedLabel(ReadOnlySpan<char> prefix)
    {
        bool any = false;
        foreach (Range r in prefix.Split('-'))
        {
            ReadOnlySpan<char> part = prefix[r];
            if (part.IsEmpty || part.IndexOfAnyExcept(s_letters) >= 0)
            {
                return false;
            }

            bool label = IsOneOf(part, s_labels);
            if (!label && !IsOneOf(part, s_idWords))
            {
                return false;
            }

            any |= label;
        }

        return any;
    }

    private static readonly string[] s_gluedIdWords = ["id", "no", "nr", "num", "nummer", "number"];

    /// <summary>"EmpID", "CustNo", "MemberNr", "patientid": a person's label glued to its id word, as file names and fields write it.</summary>
    internal static bool IsGluedLabel(ReadOnlySpan<char> word)
    {
        foreach (string idWord in s_gluedIdWords)
        {
            if (word.Length >= idWord.Length + 3 && word.EndsWith(idWord, StringComparison.OrdinalIgnoreCase))
            {
                ReadOnlySpan<char> stem = word[..^idWord.Length];
                return IsOneOf(stem, s_labels) || LocalIdLabels.Person.Contains(stem);
            }
        }

        return false;
    }

    private static bool IsPeriod(ReadOnlySpan<char> value) =>
        value.Length is >= 6 and <= 9 && value[..2] is "19" or "20" && char.IsAsciiDigit(value[2]) && char.IsAsciiDigit(value[3])
        && value[4] is '-' or '/' or '.' && value[5..].IndexOfAnyExceptInRange('0', '9') < 0;

    /// <summary>A word that labels a person's number by itself ("mrn", "patient", "Kundennummer"), as a URL parameter names one.</summary>
    public static bool IsPersonLabel(ReadOnlySpan<char> word) => IsOneOf(word, s_labels) || LocalIdLabels.Person.Contains(word);

    /// <summary>Whether a person's id label stands just before <paramref name="start"/>: a phone's shape after one is that person's id.</summary>
    public static bool HasPersonLabelBefore(ReadOnlySpan<char> text, int start) => LabelBefore(text, start) > 0;

    /// <summary>
    /// A dotted all-digit value is a version when its first or an inner part is short ("31.0.15.3623", "10.0.19041.1");
    /// a person's number is grouped in threes or fours ("756.1234.5678.97", "007.044.719").
    /// </summary>
    private static bool IsVersionLike(ReadOnlySpan<char> value)
    {
        int length = 0;
        foreach (char c in value)
        {
            if (c != '.')
            {
                length++;
                continue;
            }

            if (length < 3)
            {
                return true;
            }

            length = 0;
        }

        return false;
    }
}
