using static Pipeline.Privacy.Detection.Text;

namespace Pipeline.Privacy.Detection;

/// <summary>
/// Parties glued into file names with dotted and two-part legal forms, the software vendors whose products name
/// themselves in a title, and the roles a job board writes where an employer could stand.
/// </summary>
internal static partial class OrgDetector
{
    /// <summary>
    /// Software and SaaS vendors whose names are their products ("Jira Software", "Freshdesk Analytics", "Zoho CRM"):
    /// in a title they are the application in use, a vendor in its own role, never a private party. Only names that
    /// are not ordinary words, so that a company called "Front Row Logistics" is still read.
    /// </summary>
    private static string[] ProductVendorNames() =>
    [
        "Jira", "Confluence", "Bitbucket", "Trello", "Opsgenie", "Statuspage", "Freshdesk", "Freshworks", "Freshservice", "Freshsales",
        "Freshchat", "Zendesk", "Zoho", "HubSpot", "Pipedrive", "Intercom", "Mailchimp", "Klaviyo", "Marketo", "Pardot", "Tableau", "Looker",
        "Qlik", "Sisense", "Domo", "Alteryx", "Splunk", "Grafana", "Kibana", "Dynatrace", "AppDynamics", "PagerDuty", "ServiceNow",
        "Workday", "BambooHR", "Gusto", "Rippling", "Personio", "Deel", "Workable", "SmartRecruiters", "iCIMS", "Taleo",
        "QuickBooks", "Xero", "NetSuite", "FreshBooks", "Zuora", "Chargebee", "Recurly", "Expensify", "Concur", "Coupa", "Ariba", "Brex",
        "Asana", "Notion", "ClickUp", "Airtable", "Smartsheet", "Wrike", "Basecamp", "Miro", "Figma", "Canva", "Calendly", "DocuSign",
        "PandaDoc", "Egnyte", "Webex", "RingCentral", "Aircall", "Talkdesk", "Five9", "Genesys", "Twilio", "SendGrid", "Okta", "Auth0",
        "OneLogin", "Snyk", "SonarQube", "SonarCloud", "JFrog", "CircleCI", "TeamCity", "Heroku", "Netlify", "DigitalOcean", "Hetzner",
        "TeamViewer", "AnyDesk", "Zapier", "Workato", "MuleSoft", "Informatica", "Fivetran", "Mixpanel", "Amplitude", "Hotjar", "Pendo",
        "FullStory", "Qualtrics", "SurveyMonkey", "Typeform", "Jotform", "Hootsuite", "Semrush", "Ahrefs", "Gainsight", "Medallia",
        "Sprinklr", "Gorgias", "Kustomer", "LiveChat", "Tidio", "Drata", "Vanta", "OneTrust", "CrowdStrike", "SentinelOne", "Sophos",
        "Fortinet", "Zscaler", "Netskope", "Tenable", "Qualys", "Rapid7", "Jamf", "Kandji", "Citrix", "Veeam", "Nutanix", "Guidewire",
        "Clio", "Veeva", "Procore", "Contentful", "Webflow", "Squarespace", "Wix", "WordPress", "Magento", "BigCommerce", "WooCommerce",
        "Klarna", "Adyen", "Braintree", "Salesloft", "ZoomInfo", "Highspot",
        "Lucidchart", "Evernote", "Todoist", "Postman", "Kaseya",
        "ConnectWise", "Datto", "Freshping", "Pingdom", "UptimeRobot", "NewRelic", "Datadog", "Toggl",
        "Clockify", "Xodo", "Acrobat", "Metabase", "Redash", "Retool",
    ];

    // The words a software product's name ends with ("Kanbanflow Software", "Teamleader Analytics").
    private static readonly WordSet s_productWords = WordSet.Of(["Software", "Analytics"]);

    /// <summary>
    /// "Sprint board · Kanbanflow Software", "Open tickets – Teamleader Analytics": a product's name as the title's last
    /// segment is the application in use, whoever makes it; a chat title that opens with its application ("Slack | #chan |
    /// Acme Analytics") ends with the workspace instead.
    /// </summary>
    private static bool IsProductAppSegment(ReadOnlySpan<char> text, int start, int end)
    {
        int cut = text[start..end].LastIndexOfAny(' ', '_');
        if (cut < 0 || !s_productWords.Contains(text[(start + cut + 1)..end]))
        {
            return false;
        }

        Span<int> bounds = stackalloc int[16];
        int n = Segments(text, bounds);
        if (n < 2 || bounds[((n - 1) * 2) + 1] != end || bounds[(n - 1) * 2] != start)
        {
            return false;
        }

        ReadOnlySpan<char> first = text[bounds[0]..bounds[1]];
        return !(ChatTitle.IsApp(first, "Slack") || ChatTitle.IsApp(first, "Mattermost"));
    }

    // What a person does for a living, as a job board's title names the role: "Paralegal", "Nurse Practitioner".
    private static readonly WordSet s_roleWords = WordSet.Of(
        ["paralegal", "practitioner", "attorney", "lawyer", "counsel", "solicitor", "barrister", "notary", "clerk", "assistant", "therapist",
         "pharmacist", "physician", "doctor", "surgeon", "dentist", "hygienist", "nurse", "midwife", "paramedic", "caregiver", "psychologist",
         "counselor", "counsellor", "bookkeeper", "accountant", "auditor", "controller", "actuary", "underwriter", "adjuster", "teller",
         "cashier", "driver", "courier", "dispatcher", "chef", "cook", "baker", "barista", "bartender", "waiter", "waitress", "electrician",
         "plumber", "mechanic", "welder", "machinist", "carpenter", "technician", "technologist", "receptionist", "secretary", "operator",
         "supervisor", "foreman", "planner", "tester", "programmer", "developer", "engineer", "designer", "manager", "director", "analyst",
         "scientist", "intern", "architect", "consultant", "specialist", "coordinator", "administrator", "officer", "executive", "recruiter",
         "researcher", "teacher", "tutor", "instructor", "lecturer", "professor", "writer", "editor", "copywriter", "journalist", "translator",
         "interpreter", "photographer", "illustrator", "animator", "marketer", "representative", "advocate", "strategist", "producer",
         "librarian", "surveyor", "inspector", "estimator", "broker", "agent", "economist", "statistician", "pilot", "attendant", "guard",
         "housekeeper", "janitor", "custodian", "nanny", "generalist", "associate", "lead", "head", "vp", "cto", "ceo", "cfo", "coo", "sre"]);

    // The words a limited partnership's name ends with before "LP".
    private static readonly WordSet s_partnershipWords = WordSet.Of(
        ["Capital", "Partners", "Holdings", "Ventures", "Fund", "Funds", "Investments", "Investment", "Management", "Equity", "Advisors",
         "Advisers", "Associates", "Group", "Properties", "Realty", "Energy", "Resources", "Trust", "Opportunities", "Growth", "Credit"]);

    /// <summary>Whether the name before "LP" ends with a fund's or a partnership's word ("Pinecrest Capital", "Harbor Growth Fund").</summary>
    private static bool IsPartnershipWord(ReadOnlySpan<char> name)
    {
        int cut = name.LastIndexOfAny(' ', '_');
        return s_partnershipWords.Contains(name[(cut + 1)..]);
    }

    // German document words end compounds that lead a file name or a title ("Rahmenvertrag_…", "SEPA-Lastschriftmandat …").
    private static readonly string[] s_documentStems =
        ["vertrag", "verträge", "rechnung", "angebot", "mandat", "auftrag", "vereinbarung", "bestellung", "abrechnung", "quittung", "gutschrift",
         "mahnung", "lieferschein", "kündigung", "bescheinigung", "bestätigung", "contract", "agreement", "invoice"];

    /// <summary>A document's word, also as the end of a compound ("Rahmenvertrag", "SEPA-Lastschriftmandat", "Servicevertrag").</summary>
    private static bool IsDocumentWord(ReadOnlySpan<char> word)
    {
        if (IsOneOf(word, s_documentWords))
        {
            return true;
        }

        int hyphen = word.LastIndexOf('-');
        ReadOnlySpan<char> last = hyphen >= 0 ? word[(hyphen + 1)..] : word;
        foreach (string stem in s_documentStems)
        {
            if (last.Length > stem.Length + 2 && last.EndsWith(stem, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return hyphen >= 0 && IsOneOf(last, s_documentWords);
    }

    /// <summary>A job's title ("Paralegal", "Nurse Practitioner", "Senior Payroll Specialist"): one of its words names what the person does.</summary>
    private static bool IsRole(ReadOnlySpan<char> segment)
    {
        foreach (System.Range r in segment.SplitAny(' ', '-', '/'))
        {
            if (s_roleWords.Contains(segment[r].Trim("(),.")))
            {
                return true;
            }
        }

        return false;
    }

    // Legal forms as their letters, without the dots and glue they are written with: "S.L" and "SL", "Co._Ltd" and
    // "Co Ltd", "A.Ş", "S.p.A", "GmbH_&_Co._KG". Compared case-sensitively, so "as", "sa" and "ag" as words are not forms.
    private static readonly string[] s_formLetters =
    [
        "SL", "SLU", "SA", "SAS", "SASU", "SARL", "Sàrl", "SàRL", "SpA", "Srl", "SRL", "SNC", "SCS", "SAdeCV", "SdeRL", "SAC",
        "BV", "NV", "VOF", "AG", "GmbH", "GmbHCoKG", "GmbH&CoKG", "KG", "KGaA", "OHG", "UG", "eK", "eG", "AS", "ASA", "AŞ", "AB",
        "Oy", "Oyj", "ApS", "AmbA", "Ltd", "Limited", "CoLtd", "PtyLtd", "PvtLtd", "PteLtd", "SdnBhd", "Bhd", "Berhad", "LLC", "LLP",
        "Inc", "Corp", "PLC", "Plc", "Kft", "Zrt", "Nyrt", "sro", "spolsro", "doo", "Spzoo", "SpzOO", "spzoo", "KK", "GK",
        "Ltda", "Lda", "Tbk", "OÜ", "UAB", "SIA", "IKE", "EOOD", "OOD", "JSC", "PJSC", "LtdŞti", "SPRL", "BVBA", "Srls", "SRLS", "Snc",
        "spk", "spj", "SpK", "SpJ", "SKA", "WLL", "FZE", "FZCO", "FZLLC", "SdeRLdeCV", "SAdeCV", "PrivateLimited", "PvtLimited",
    ];

    // The same forms as words, for the word scan that decides whether a title holds a legal form at all.
    private static readonly WordSet s_formWords = WordSet.Of(s_formLetters);

    /// <summary>Whether <paramref name="word"/> (letters only) is a legal form written in one run ("AŞ", "Srls", "WLL").</summary>
    private static bool IsFormWord(ReadOnlySpan<char> word) => s_formWords.Contains(word);

    // The letters a form is written with: its first character opens a candidate.
    private static readonly System.Buffers.SearchValues<char> s_formStarts = System.Buffers.SearchValues.Create("ABCEFGIJKLNOPSTUVWZeds");

    // What a file name says about where the document belongs before the party ("Project_Apollo_Inc", "Client-Acme-GmbH").
    private static readonly WordSet s_fileTitleWords = WordSet.Of(
        ["Project", "Projekt", "Projet", "Proyecto", "Progetto", "Client", "Customer", "Kunde", "Vendor", "Supplier", "Lieferant", "Fournisseur",
         "Proveedor", "Folder", "Archive", "Docs", "Documents", "Files", "Legal", "Finance", "Procurement", "Accounts", "Clients", "Customers"]);

    // Words that join the names of a partnership inside a glued name ("Grünfeld_and_Söhne_KG", "Duval_et_Fils_SARL").
    private static readonly WordSet s_nameJoiners = WordSet.Of(["and", "und", "&", "et", "y", "e", "og", "och", "of", "de", "del", "della", "di", "du", "des", "van", "von", "der", "den", "i", "ve", "és", "en", "la", "le", "do", "da", "dos", "das", "al", "el"]);

    /// <summary>
    /// A company glued into a file name with a form written with dots or in two parts: "Invoice_Acme_Vinos_S.L_0042.pdf",
    /// "Quote-Hoshino-Giken-Co.-Ltd.pdf", "Contract_Duval_et_Fils_SARL_v2.docx", "Acme.Holdings.S.p.A.pdf"; glued by "_",
    /// "-" or "." (and by spaces where the form carries a dot inside and none after it, which the spaced pattern does not
    /// read: "Acme Vinos S.L 0042"). The name is one to four capitalised words (joiners between them), not a document's
    /// word, one of them not a common word.
    /// </summary>
    private static void FindGluedFormNames(ReadOnlySpan<char> text, ref Findings found)
    {
        for (int i = 1; i < text.Length; i++)
        {
            char glue = text[i - 1];
            if (glue is not ('_' or '-' or '.' or ' ') || !s_formStarts.Contains(text[i]) || IsAlnum(At(text, i - 2)) is false)
            {
                continue;
            }

            if (!TryReadForm(text, i, out int formEnd, out bool innerDot, out bool dotted, out int formLetters))
            {
                continue;
            }

            // Spaces: only a dotted form without its final dot ("S.L", "A.Ş"), which the spaced pattern leaves.
            if (glue == ' ' && !(innerDot && text[formEnd - 1] != '.'))
            {
                continue;
            }

            // "…_UG_(haftungsbeschränkt)": the German form's limitation is part of it.
            const string Limited = "(haftungsbeschränkt)";
            if (text[i..formEnd] is "UG" && At(text, formEnd) is '_' or '-' or ' ' && text[(formEnd + 1)..].StartsWith(Limited, StringComparison.Ordinal))
            {
                formEnd += 1 + Limited.Length;
            }

            if (!EndsGluedName(text, formEnd, glue))
            {
                continue;
            }

            int nameStart = GluedNameStart(text, i - 1, glue, dotted, formLetters >= 3);
            // "Nestlé S.A. annual report", "Nordbahn-AG – Fahrplan": a listed company, or the company's own site.
            if (nameStart < 0 || found.Overlaps(nameStart, formEnd) || IsListingContext(text, formEnd) || IsOwnSitePage(text, nameStart, formEnd))
            {
                continue;
            }

            found.Add(nameStart, formEnd - nameStart, PiiKind.Org, 4);
            i = formEnd;
        }
    }

    /// <summary>
    /// The legal form starting at <paramref name="start"/>: up to four runs of letters joined by "." and by the file name's
    /// glue, whose letters together are one of <see cref="s_formLetters"/> (the longest such). <paramref name="dotted"/>
    /// says whether a dot is written in or after it, <paramref name="formLetters"/> how many letters it has.
    /// </summary>
    private static bool TryReadForm(ReadOnlySpan<char> text, int start, out int formEnd, out bool innerDot, out bool dotted, out int formLetters)
    {
        formEnd = -1;
        formLetters = 0;
        innerDot = false;
        dotted = false;
        Span<char> letters = stackalloc char[16];
        int length = 0;
        int i = start;
        bool sawDot = false;
        for (int part = 0; part < 5 && i < text.Length; part++)
        {
            int runStart = i;
            while (i < text.Length && (char.IsLetter(text[i]) || (text[i] == '&' && i == runStart)) && length < letters.Length)
            {
                letters[length++] = text[i];
                i++;
            }

            if (i == runStart || (i < text.Length && char.IsDigit(text[i])))
            {
                break;
            }

            if (IsFormLetters(letters[..length]))
            {
                formEnd = i;
                formLetters = length;
                innerDot = sawDot;
            }
            else if (!IsFormPrefix(letters[..length]))
            {
                break;
            }

            // The next part: after a dot, after a dot and the glue ("Co._Ltd"), or after the glue alone ("Pty_Ltd").
            int next = i;
            if (At(text, next) == '.')
            {
                next++;
                sawDot = true;
            }

            if (At(text, next) is '_' or '-' or ' ' && (char.IsLetter(At(text, next + 1)) || At(text, next + 1) == '&'))
            {
                next++;
            }

            if (next == i || !(char.IsLetter(At(text, next)) || At(text, next) == '&'))
            {
                break;
            }

            i = next;
        }

        if (formEnd < 0)
        {
            return false;
        }

        // A dot written after the form's letters is the form's ("S.A."), unless an extension follows it (".pdf").
        dotted = innerDot;
        if (At(text, formEnd) == '.' && !char.IsLetterOrDigit(At(text, formEnd + 1)))
        {
            formEnd++;
            dotted = true;
        }

        return true;
    }

    private static bool IsFormLetters(ReadOnlySpan<char> letters)
    {
        foreach (string form in s_formLetters)
        {
            if (letters.SequenceEqual(form))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFormPrefix(ReadOnlySpan<char> letters)
    {
        foreach (string form in s_formLetters)
        {
            if (form.Length > letters.Length && form.AsSpan().StartsWith(letters))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the name ends at <paramref name="end"/>: the text ends, or a space, bracket or comma follows, or the
    /// glue and then a number, a version, a capitalised part or a bracket ("…_KG_v9", "…-Ltd-2026", "…_SL_INV-…"), or
    /// the file's extension.
    /// </summary>
    private static bool EndsGluedName(ReadOnlySpan<char> text, int end, char glue)
    {
        if (end >= text.Length)
        {
            return true;
        }

        char after = text[end];
        char next = At(text, end + 1);
        if (after is ' ' or ')' or ']' or ',' or ';' or '(')
        {
            return true;
        }

        if (after == '.')
        {
            return char.IsLetterOrDigit(next) && IsFileExtensionAt(text, end + 1);
        }

        return after is '_' or '-' && (after == glue || glue == '.' || glue == ' ')
            && (char.IsAsciiDigit(next) || char.IsUpper(next) || next is '(' or '[' || (next == 'v' && char.IsAsciiDigit(At(text, end + 2))));
    }

    /// <summary>
    /// Where the capitalised words glued before the form by <paramref name="glue"/> start, or -1 when they make no
    /// company's name: back from <paramref name="glueAt"/> over at most four words and the joiners between them, to a
    /// document's or report's word, a digit, another glue or the start.
    /// </summary>
    private static int GluedNameStart(ReadOnlySpan<char> text, int glueAt, char glue, bool dotted, bool longForm)
    {
        int nameStart = -1;
        int words = 0;
        bool distinctive = false;
        int at = glueAt;
        // A file name may mix "_" and "-" between the words ("Q1-Report-Lindqvist_Berg-AB.xlsx").
        while (at > 0 && (text[at] == glue || (glue is '_' or '-' && text[at] is '_' or '-')) && words < 4)
        {
            int wordEnd = at;
            int wordStart = wordEnd;
            while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] is '\'' or '&'))
            {
                wordStart--;
            }

            ReadOnlySpan<char> word = text[wordStart..wordEnd];
            if ((word.Length < 2 && !IsOneOf(word, s_nameJoiners)) || IsAlnum(At(text, wordStart - 1)) || IsDocumentWord(word) || IsOneOf(word, s_reportWords)
                || IsOneOf(word, s_fileTitleWords))
            {
                break;
            }

            bool joiner = !char.IsUpper(word[0]) && IsOneOf(word, s_nameJoiners);
            if (!joiner && (!char.IsUpper(word[0]) || IsOneOf(word, s_publicCompanies)))
            {
                // A household name before its form ("Siemens_AG") is the public company; a lower-case word ends the name.
                if (!char.IsUpper(word[0]))
                {
                    break;
                }

                return -1;
            }

            if (!joiner)
            {
                words++;
                nameStart = wordStart;
                distinctive |= !Lexicon.IsCommonWord(word) && !s_legalWords.Contains(word) && !s_gluedLegalForms.Contains(word);
            }

            at = wordStart - 1;
        }

        // One ordinary word before a bare form ("Report_AS", "Photo.AG") is no company; a dotted form ("Vinos_S.L") names one,
        // and so do ordinary words before a form of three letters or more ("Gulf_Horizon_Contracting_WLL").
        return words == 0 || !(distinctive || (longForm && words >= 2)) || (words == 1 && !dotted && Lexicon.IsCommonWord(text[nameStart..glueAt])) ? -1 : nameStart;
    }
}
