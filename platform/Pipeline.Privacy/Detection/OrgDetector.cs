using System.Text.RegularExpressions;
using static Pipeline.Privacy.Detection.Text;

namespace Pipeline.Privacy.Detection;

/// <summary>
/// Company names that name a private party: a name with a legal form (<c>Acme, LLC</c>, <c>Globex GmbH</c>), a name
/// that is not a common word before a company-type word (<c>Orion Networks</c>, <c>Helios AI</c>, <c>Kepler Labs</c>),
/// the workspace in a Slack title (<c>Settings - Orion Networks - Slack</c>) and the party after a CRM label
/// (<c>Opportunity: Massive Dynamic</c>).
/// Household names (Microsoft, Google, Apple …) are public parties and stay.
/// </summary>
internal static class OrgDetector
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    private static readonly Regex s_legal = new(
        @"(?:\p{Lu}[\p{L}0-9&'\-]*\.?[ _](?:& )?){0,3}\p{Lu}[\p{L}0-9&'\-]*,?[ _](?:Sp\. z o\.o\.|S\.L\.U?\.?|s\.r\.o\.|a\.s\.|d\.o\.o\.|Kft\.?|Zrt\.?|OOO|AB|Pte\.? Ltd\.?|GbR|OHG|UG|e\.K\.|Corporation|Incorporated|Limited|Inc\.?|L\.L\.C\.|LLC|Ltd\.?|GmbH(?: & Co\. KG)?|AG|S\.A\.(?: de C\.V\.)?|S\.A\.S\.|SAS|SARL|B\.V\.|BV|N\.V\.|Oyj|Oy|ApS|A/S|ASA|KG|Corp\.?|PLC|plc|PLLC|LLP|Pty\.? Ltd\.?|Pvt\.? Ltd\.?|Sdn\.? Bhd\.?|S\.r\.l\.|Srl|S\.p\.A\.|SpA|K\.K\.|e\.V\.|OÜ|Ltda\.?|JSC|Co\., Ltd\.?|& Co\.?)",
        Options);

    private static readonly Regex s_typed = new(
        @"[A-Z][A-Za-z0-9]+[ _](?:Labs|Technologies|Technology|Networks|Systems|Software|Solutions|Analytics|Robotics|AI|Bio|Biosciences|Therapeutics|Pharma|Pharmaceuticals|Health|Capital|Partners|Ventures|Holdings|Consulting|Studios|Industries|Logistics|Dynamics|Energy|Foods|Financial|Insurance|Realty|Properties|Agency|Interactive|Robotics|Semiconductor|Aerospace|Motors|Telecom|Biotech|Fintech|Group|Associates|Enterprises|International|Worldwide|Airlines|Brothers|Bros\.?|Manufacturing|Engineering|Construction|Logistik|Gruppe|Werke|Traders|Trading|Imports|Exports|Supplies|Distribution|Electronics|Chemicals|Textiles|Media|Services)",
        Options);

    private static readonly WordSet s_publicCompanies = WordSet.Of(
        ["Microsoft", "Google", "Apple", "Amazon", "Meta", "Facebook", "OpenAI", "Anthropic", "IBM", "Intel", "Nvidia", "NVIDIA", "AMD", "Oracle",
         "Adobe", "Salesforce", "SAP", "Cisco", "Dell", "HP", "Samsung", "Sony", "Tesla", "Netflix", "Uber", "Airbnb", "Stripe", "Shopify",
         "Atlassian", "GitHub", "GitLab", "Slack", "Zoom", "Dropbox", "Mozilla", "Stability", "Mistral", "Cohere", "DeepMind", "Hugging",
         "Baidu", "Alibaba", "Tencent", "Huawei", "Xiaomi", "Siemens", "Bosch", "Spotify", "Twitter", "LinkedIn", "Yahoo", "Qualcomm",
         "Broadcom", "VMware", "Red", "Canonical", "Docker", "HashiCorp", "Cloudflare", "Akamai", "Fastly", "Datadog", "Snowflake",
         "Databricks", "Palantir", "Lenovo", "Asus", "Acer", "Toyota", "Honda", "Ford", "BMW", "Volkswagen", "Nike", "Adidas", "Disney",
         "Walmart", "Target", "Costco", "Visa", "Mastercard", "PayPal", "Square", "Block", "Coinbase", "Binance", "Intuit", "Autodesk",
         "Unity", "Epic", "Valve", "Nintendo", "Electronic", "Activision", "Ubisoft", "Generative", "Conversational", "Responsible", "Open",
         "Neural", "Deep", "Machine", "Applied", "General", "Quantum", "Edge", "Enterprise", "Digital", "Data", "Cloud", "Security", "Global"]);

    private static readonly WordSet s_workspaceNotNames = WordSet.Of(
        ["Threads", "Activity", "Later", "Home", "DMs", "Direct messages", "Mentions", "Mentions & reactions", "Saved items", "Huddle", "Canvases",
         "Files", "Search", "Settings", "Preferences", "All unreads", "Channels", "People", "Apps", "Workflow Builder", "Drafts & sent",
         "Activity feed", "Friends", "Nitro", "Shop", "Chat", "Calendar", "Calls", "Notifications", "Inbox", "General", "Sent", "Drafts",
         "Direct message", "Direct messages", "DM", "Messages", "Unreads", "Starred", "Canvas", "Lists", "Huddles", "New message"]);

    // The first word of each legal form and the company-type words: a word scan finds them before any pattern runs.
    private static readonly WordSet s_legalWords = WordSet.Of(
        ["Inc", "LLC", "L", "Ltd", "Limited", "GmbH", "AG", "S", "SAS", "SARL", "B", "BV", "N", "Oy", "Oyj", "ApS", "A", "ASA", "KG", "Corp",
         "Corporation", "Incorporated", "PLC", "plc", "PLLC", "LLP", "Pty", "Pvt", "Sdn", "Srl", "SpA", "K", "e", "OÜ", "Ltda", "JSC", "Co",
         "Sp", "s", "a", "d", "Kft", "Zrt", "OOO", "AB", "Pte", "GbR", "OHG", "UG"]);

    private static readonly WordSet s_typedWords = WordSet.Of(
        ["Labs", "Technologies", "Technology", "Networks", "Systems", "Software", "Solutions", "Analytics", "Robotics", "AI", "Bio", "Biosciences",
         "Therapeutics", "Pharma", "Pharmaceuticals", "Health", "Capital", "Partners", "Ventures", "Holdings", "Consulting", "Studios",
         "Industries", "Logistics", "Dynamics", "Energy", "Foods", "Financial", "Insurance", "Realty", "Properties", "Agency", "Interactive",
         "Semiconductor", "Aerospace", "Motors", "Telecom", "Biotech", "Fintech", "Group", "Associates", "Enterprises", "International",
         "Worldwide", "Airlines", "Brothers", "Bros", "Manufacturing", "Engineering", "Construction", "Logistik", "Gruppe", "Werke",
         "Traders", "Trading", "Imports", "Exports", "Supplies", "Distribution", "Electronics", "Chemicals", "Textiles", "Media", "Services"]);

    // Document abbreviations and words a file name puts before the party ("NDA_Fabrikam_Inc", "SOW Initech LLC").
    private static readonly WordSet s_documentWords = WordSet.Of(
        ["NDA", "MSA", "SOW", "DPA", "SLA", "RFP", "RFQ", "RFI", "PO", "MOU", "LOI", "BAA", "EULA", "TOS", "W9", "W-9", "Invoice", "Contract",
         "Agreement", "Proposal", "Quote", "Statement", "Offer", "Order", "Receipt", "Renewal", "Amendment", "Addendum", "Signed", "Draft", "Final"]);

    public static void Find(ReadOnlySpan<char> text, ref Findings found)
    {
        bool legal = false;
        bool typed = false;
        int i = 0;
        while (i < text.Length && !(legal && typed))
        {
            while (i < text.Length && !char.IsLetter(text[i]))
            {
                i++;
            }

            int start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            if (i > start && start > 0)
            {
                ReadOnlySpan<char> word = text[start..i];
                legal |= s_legalWords.Contains(word);
                typed |= s_typedWords.Contains(word);
            }
        }

        if (legal)
        {
            FindLegalNames(text, ref found);
        }

        if (typed)
        {
            FindTypedNames(text, ref found);
        }

        FindWorkspaces(text, ref found);
    }

    private static void FindLegalNames(ReadOnlySpan<char> text, ref Findings found)
    {
        foreach (ValueMatch m in s_legal.EnumerateMatches(text))
        {
            int start = m.Index;
            int end = m.Index + m.Length;
            if (IsAlnum(At(text, start - 1)) || (char.IsLetter(At(text, end)) && text[end - 1] != '.'))
            {
                continue;
            }

            // Leading title words ("Invoice Acme Corp", "Contract_Initech_LLC") are not part of the name.
            while (true)
            {
                int space = text[start..end].IndexOfAny(' ', '_');
                ReadOnlySpan<char> word = text[start..(start + space)].TrimEnd(',');
                ReadOnlySpan<char> rest = text[(start + space + 1)..end];
                if (space < 0 || rest.IndexOfAny(' ', '_') < 0 || !(Lexicon.IsCommonWord(word) || IsOneOf(word, s_workspaceNotNames) || IsOneOf(word, s_documentWords)))
                {
                    break;
                }

                start += space + 1;
            }

            ReadOnlySpan<char> firstWord = FirstWord(text[start..end]);
            if (IsOneOf(firstWord, s_publicCompanies) || found.Overlaps(start, end))
            {
                continue;
            }

            found.Add(start, end - start, PiiKind.Org, 4);
        }
    }

    private static void FindTypedNames(ReadOnlySpan<char> text, ref Findings found)
    {
        foreach (ValueMatch m in s_typed.EnumerateMatches(text))
        {
            int start = m.Index;
            int end = m.Index + m.Length;
            ReadOnlySpan<char> name = FirstWord(text[start..end]);
            if (IsAlnum(At(text, start - 1)) || IsAlnum(At(text, end)) || Lexicon.IsCommonWord(name) || IsOneOf(name, s_publicCompanies)
                || HasAdjectiveEnding(name) || found.Overlaps(start, end))
            {
                continue;
            }

            found.Add(start, end - start, PiiKind.Org, 4);
        }
    }

    /// <summary>"Neural", "Generative", "Distributed", "Embedded", "Operating": a kind of thing, not a company's name.</summary>
    private static bool HasAdjectiveEnding(ReadOnlySpan<char> word) =>
        word.EndsWith("al", StringComparison.Ordinal) || word.EndsWith("ive", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal)
        || word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ic", StringComparison.Ordinal) || word.EndsWith("ous", StringComparison.Ordinal)
        || word.EndsWith("able", StringComparison.Ordinal) || word.EndsWith("ible", StringComparison.Ordinal) || word.EndsWith("ary", StringComparison.Ordinal);

    /// <summary>The workspace in "… - Orion Networks - Slack" and the server after a channel ("#general | acme-oss").</summary>
    private static void FindWorkspaces(ReadOnlySpan<char> text, ref Findings found)
    {
        Span<int> bounds = stackalloc int[32];
        int n = Segments(text, bounds);
        if (n < 2)
        {
            return;
        }

        ReadOnlySpan<char> last = text[bounds[(n - 1) * 2]..bounds[((n - 1) * 2) + 1]];
        // Slack's title is "channel - workspace - Slack"; Teams and Discord put a person or a server there.
        if (n >= 3 && last.Equals("Slack", StringComparison.OrdinalIgnoreCase))
        {
            AddWorkspace(text, bounds[(n - 2) * 2], bounds[((n - 2) * 2) + 1], ref found);
        }

        // A CRM or accounting record names its party after a label: "Opportunity: Massive Dynamic | Renewal".
        for (int s = 0; s < n; s++)
        {
            int segmentStart = bounds[s * 2];
            int segmentEnd = bounds[(s * 2) + 1];
            ReadOnlySpan<char> segment = text[segmentStart..segmentEnd];
            int colon = segment.IndexOf(": ", StringComparison.Ordinal);
            // A party that starts with a first name is a person ("Client: Jane Doe") unless it ends like a company
            // ("Client: Blue Sky Logistics").
            if (colon > 0 && IsOneOf(segment[..colon], s_partyLabels) && char.IsUpper(At(segment, colon + 2))
                && (!Lexicon.IsFirstName(FirstWord(segment[(colon + 2)..]), out _) || EndsWithCompanyWord(segment[(colon + 2)..])))
            {
                int start = segmentStart + colon + 2;
                int end = start;
                while (end < segmentEnd && text[end] is not (',' or '(' or ';'))
                {
                    end++;
                }

                AddWorkspace(text, start, end, ref found);
            }
        }
    }

    private static readonly WordSet s_partyLabels = WordSet.Of(
        ["opportunity", "account", "company", "client", "customer", "vendor", "supplier", "deal", "organization", "organisation", "org",
         "employer", "lead", "partner", "prospect", "merchant", "payee", "counterparty", "tenant", "debtor", "creditor"]);

    private static void AddWorkspace(ReadOnlySpan<char> text, int start, int end, ref Findings found)
    {
        ReadOnlySpan<char> name = text[start..end];
        if (name.Length < 2 || name.Length > 40 || name.IndexOfAnyInRange('0', '9') >= 0 || name[0] is '#' or '@' || IsOneOf(name, s_workspaceNotNames)
            || Lexicon.IsCommonWord(name) || IsOneOf(FirstWord(name), s_publicCompanies) || found.Overlaps(start, end))
        {
            return;
        }

        foreach (char c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c is ' ' or '-' or '_' or '.' or '&' or '\''))
            {
                return;
            }
        }

        found.Add(start, end - start, PiiKind.Org, 3);
    }

    private static bool EndsWithCompanyWord(ReadOnlySpan<char> party)
    {
        int end = party.IndexOfAny(",(;");
        ReadOnlySpan<char> name = (end >= 0 ? party[..end] : party).TrimEnd().TrimEnd('.');
        int space = name.LastIndexOf(' ');
        ReadOnlySpan<char> last = space >= 0 ? name[(space + 1)..] : name;
        return space > 0 && (IsOneOf(last, s_typedWords) || IsOneOf(last, s_legalWords));
    }

        private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> s)
    {
        int end = 0;
        while (end < s.Length && (char.IsLetterOrDigit(s[end]) || s[end] is '&' or '\'' or '-'))
        {
            end++;
        }

        return s[..end];
    }
}
