using static Pipeline.Privacy.Detection.Text;

namespace Pipeline.Privacy.Detection;

/// <summary>
/// Companies named by where they stand rather than by a legal form: the tenant of a business OneDrive or Dropbox and of a
/// synced SharePoint library, a client's folder on a share, the record a CRM or accounting application shows, and the
/// party a document's title names after its kind ("SOW 3 – Brackenridge Outdoor – Google Docs").
/// </summary>
internal static partial class OrgDetector
{
    private static void FindContextParties(ReadOnlySpan<char> text, ref Findings found)
    {
        if (text.IndexOfAny('\\', '/') >= 0 || text.Contains("OneDrive - ", StringComparison.Ordinal) || text.Contains("Dropbox (", StringComparison.Ordinal))
        {
            FindTenantFolders(text, ref found);
            FindClientFolders(text, ref found);
        }

        FindRecordSegments(text, ref found);
    }

    // What a personal OneDrive or Dropbox puts where a business one names its tenant.
    private static readonly WordSet s_personalFolders = WordSet.Of(
        ["Personal", "Persönlich", "Personnel", "Personale", "Persoonlijk", "Personlig", "Henkilökohtainen", "Osobisty", "Pessoal", "Family",
         "Familie", "Privat", "Private", "Privé", "Home", "Business", "Team", "Shared", "File Explorer", "Explorer", "Windows Explorer", "Finder",
         "Datei-Explorer", "Explorateur de fichiers", "Explorador de archivos", "Esplora file", "Verkenner", "Utforskaren"]);

    /// <summary>"OneDrive - Veloria Labs\…", "OneDrive - Harrowgate Mills - File Explorer", "Dropbox (Pellmore Studio)/…": the tenant is the employer.</summary>
    private static void FindTenantFolders(ReadOnlySpan<char> text, ref Findings found)
    {
        for (int at = text.IndexOf("OneDrive - ", StringComparison.Ordinal); at >= 0; at = IndexFrom(text, at + 11, "OneDrive - "))
        {
            int start = at + 11;
            int end = start;
            while (end < text.Length && text[end] is not ('\\' or '/' or '|' or '—' or '–' or '·') && !(text[end] == ' ' && At(text, end + 1) == '-' && At(text, end + 2) == ' '))
            {
                end++;
            }

            AddPlacedParty(text, start, end, ref found);
        }

        for (int at = text.IndexOf("Dropbox (", StringComparison.Ordinal); at >= 0; at = IndexFrom(text, at + 9, "Dropbox ("))
        {
            int start = at + 9;
            int close = text[start..].IndexOf(')');
            if (close > 0)
            {
                AddPlacedParty(text, start, start + close, ref found);
            }
        }

        // A synced SharePoint library: "C:\Users\<login>\<tenant>\<site> - <library>\…".
        int users = text.IndexOf("\\Users\\", StringComparison.OrdinalIgnoreCase);
        if (users >= 0)
        {
            int login = users + 7;
            int tenantStart = text[login..].IndexOf('\\');
            if (tenantStart > 0)
            {
                tenantStart += login + 1;
                int tenantEnd = text[tenantStart..].IndexOf('\\');
                if (tenantEnd > 0)
                {
                    tenantEnd += tenantStart;
                    int libraryEnd = text[(tenantEnd + 1)..].IndexOf('\\');
                    ReadOnlySpan<char> library = libraryEnd >= 0 ? text[(tenantEnd + 1)..(tenantEnd + 1 + libraryEnd)] : text[(tenantEnd + 1)..];
                    ReadOnlySpan<char> tenant = text[tenantStart..tenantEnd];
                    if (library.Contains(" - ", StringComparison.Ordinal) && !IsOneOf(tenant, s_profileFolders) && !tenant.StartsWith("OneDrive", StringComparison.Ordinal))
                    {
                        AddPlacedParty(text, tenantStart, tenantEnd, ref found);
                    }
                }
            }
        }
    }

    // The folders of a profile, which stand where a synced tenant's would.
    private static readonly WordSet s_profileFolders = WordSet.Of(
        ["Documents", "Desktop", "Downloads", "Pictures", "Music", "Videos", "AppData", "Dropbox", "Google Drive", "iCloud Drive", "iCloudDrive",
         "source", "repos", "Projects", "Work", "Favorites", "Contacts", "Links", "Saved Games", "Searches", "OneDrive", "Box", "Creative Cloud Files",
         "Dokumente", "Bilder", "Schreibtisch", "Documentos", "Escritorio", "Descargas", "Bureau", "Téléchargements", "Documenti"]);

    // Folders that hold one folder per client or supplier ("\\fs01\Clients\<client>\", "~/Kunden/<Kunde>/").
    private static readonly WordSet s_clientFolders = WordSet.Of(
        ["Clients", "Customers", "Kunden", "Mandanten", "Clientes", "Klanten", "Kunder", "Asiakkaat", "Klienci", "Vendors", "Suppliers",
         "Lieferanten", "Fournisseurs", "Proveedores", "Fornecedores", "Fornitori", "Leveranciers", "Leverandører", "Leverantörer", "Accounts",
         "Client Files", "Client Work", "Customer Files"]);

    // Folders inside a client folder that are not a client.
    private static readonly WordSet s_genericFolders = WordSet.Of(
        ["Archive", "Archiv", "Templates", "Vorlagen", "Active", "Inactive", "Former", "Current", "Prospects", "New", "Old", "Misc", "General",
         "Shared", "All", "Other", "Internal", "Example", "Sample", "Test", "Temp", "Tmp", "Backup", "Data", "Public", "Private", "Pending",
         "Closed", "Open", "Leads", "Onboarding", "Offboarded", "Lost", "Won", "Import", "Export", "Exports", "Imports", "Reports", "Invoices"]);

    /// <summary>"\\fs01\Clients\Brackenridge Outdoor\2026", "~/Clients/Marlowe Fisheries/contracts": the folder after a client folder.</summary>
    private static void FindClientFolders(ReadOnlySpan<char> text, ref Findings found)
    {
        int i = 0;
        while (i < text.Length)
        {
            int sep = text[i..].IndexOfAny('\\', '/');
            if (sep < 0)
            {
                return;
            }

            int start = i + sep + 1;
            int next = text[start..].IndexOfAny('\\', '/');
            if (next < 0)
            {
                return;
            }

            int end = start + next;
            if (IsOneOf(text[start..end], s_clientFolders))
            {
                int partyEnd = text[(end + 1)..].IndexOfAny('\\', '/');
                if (partyEnd > 0)
                {
                    int partyStart = end + 1;
                    partyEnd += partyStart;
                    ReadOnlySpan<char> party = text[partyStart..partyEnd];
                    if (!IsOneOf(party, s_genericFolders) && !AllCommon(party) && !IsOneOf(FirstWord(party), s_publicCompanies))
                    {
                        AddPlacedParty(text, partyStart, partyEnd, ref found);
                    }
                }
            }

            i = end;
        }
    }

    /// <summary>A name placed by its context: capitalised, without digits or a sigil, not a personal folder or a person's name.</summary>
    private static void AddPlacedParty(ReadOnlySpan<char> text, int start, int end, ref Findings found)
    {
        while (end > start && text[end - 1] == ' ')
        {
            end--;
        }

        ReadOnlySpan<char> name = text[start..end];
        if (name.Length < 2 || name.Length > 60 || !char.IsUpper(name[0]) || name.IndexOfAnyInRange('0', '9') >= 0 || IsOneOf(name, s_personalFolders)
            || IsOneOf(name, s_workspaceNotNames) || IsPersonLike(name) || found.Overlaps(start, end))
        {
            return;
        }

        foreach (char c in name)
        {
            // A comma is a directory's "Family, Given": a person.
            if (!(char.IsLetter(c) || c is ' ' or '-' or '_' or '.' or '&' or '\'' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark))
            {
                return;
            }
        }

        found.Add(start, end - start, PiiKind.Org, 3);
    }

    /// <summary>"Maria Ortiz", "Tom_Becker": a clear first name and a family name, nothing that ends like a company.</summary>
    private static bool IsPersonLike(ReadOnlySpan<char> name)
    {
        int cut = name.IndexOfAny(' ', '_');
        if (cut < 0)
        {
            return Lexicon.IsClearFirstName(name);
        }

        int lastCut = name.LastIndexOfAny(' ', '_');
        ReadOnlySpan<char> first = name[..cut];
        ReadOnlySpan<char> last = name[(lastCut + 1)..];
        return Lexicon.IsFirstName(first, out _) && Lexicon.IsFamilyName(last, out _) && !IsOneOf(last, s_typedWords) && !IsOneOf(last, s_legalWords);
    }

    // Business applications whose record titles put the party in a segment of its own.
    private static readonly string[] s_recordApps =
    [
        "Salesforce", "HubSpot", "Pipedrive", "Dynamics 365", "Microsoft Dynamics", "Zoho", "Xero", "QuickBooks", "FreshBooks", "Freshsales", "Sage",
        "DATEV", "sevDesk", "lexoffice", "Lexware", "Pennylane", "Fortnox", "Visma", "Tripletex", "e-conomic", "NetSuite", "Odoo", "SAP", "Exact Online",
        "Moneybird", "MYOB", "Holded", "Billomat", "Insightly", "Attio", "Copper", "Close CRM", "Coupa", "Ariba", "Bill.com", "Chargebee", "Zuora",
        "Bexio", "Teamleader", "Sellsy", "Axonaut", "SugarCRM", "Bitrix24", "amoCRM", "Capsule", "Keap", "Nutshell", "Affinity", "Streak",
        "Procountor", "Netvisor", "Dinero", "Billy", "Wave", "Tally", "monday.com", "Monday Sales CRM", "Zendesk Sell", "ActiveCampaign",
    ];

    // The kind of record a CRM or accounting title names beside the party.
    private static readonly WordSet s_recordTypes = WordSet.Of(
        ["Account", "Accounts", "Company", "Companies", "Customer", "Customers", "Client", "Clients", "Lead", "Leads", "Deal", "Deals",
         "Opportunity", "Opportunities", "Organization", "Organizations", "Organisation", "Organisations", "Vendor", "Vendors", "Supplier",
         "Suppliers", "Partner", "Partners", "Prospect", "Prospects", "Contact company", "Business account", "Kunde", "Kunden", "Lieferant",
         "Lieferanten", "Debitor", "Debitoren", "Kreditor", "Kreditoren", "Fournisseur", "Fournisseurs", "Cliente", "Clientes", "Proveedor",
         "Proveedores", "Klant", "Klanten", "Leverancier", "Kund", "Kunder", "Leverantör", "Asiakas", "Toimittaja", "Kontrahent", "Firma",
         "Unternehmen", "Entreprise", "Société", "Empresa", "Azienda", "Bedrijf", "Företag", "Yritys"]);

    // Words a document's kind is written with before its party: "SOW 3", "Engagement Letter", "Master Services Agreement".
    private static readonly WordSet s_documentKindWords = WordSet.Of(
        ["Letter", "Engagement", "Master", "Services", "Service", "Statement", "of", "Work", "Mutual", "Non-Disclosure", "Retainer", "Lease",
         "Framework", "Supply", "Licence", "License", "Reseller", "Partnership", "Consulting", "Employment", "Reference", "Tax", "Commercial",
         "Credit", "Purchase", "Change", "Request", "Order", "Renewal", "Signed", "Executed", "Countersigned", "Draft", "Final", "Agreement", "#", "No", "Nr"]);

    // What a document's title says about its state where a party could stand.
    private static readonly WordSet s_draftWords = WordSet.Of(
        ["Template", "Templates", "Vorlage", "Modèle", "Plantilla", "Modello", "Sjabloon", "Mall", "Draft", "Final", "Copy", "Signed", "Sample",
         "Example", "Untitled", "Entwurf", "Brouillon", "Borrador", "Bozza", "Concept", "Utkast", "Luonnos", "Redline", "Clean"]);

    // Kinds of document that name a party after them without being a document's word elsewhere.
    private static readonly WordSet s_documentHeads = WordSet.Of(["Letter", "Agreement", "Lease", "Retainer", "Engagement"]);

    /// <summary>
    /// "Brightwater Foods | Account | Salesforce", "Ostrander Fabrication - Accounts - Zoho CRM", "Brackenridge Outdoor (Customer) - Xero":
    /// the segment beside a record's kind in a business application's title; and "SOW 3 – Brackenridge Outdoor – Google Docs",
    /// "Engagement Letter - Marlowe Fisheries.docx": the segment after a document's kind.
    /// </summary>
    private static void FindRecordSegments(ReadOnlySpan<char> text, ref Findings found)
    {
        Span<int> bounds = stackalloc int[32];
        int n = Segments(text, bounds);
        if (n < 2)
        {
            return;
        }

        int app = -1;
        for (int s = n - 1; s >= Math.Max(1, n - 2) && app < 0; s--)
        {
            if (IsRecordApp(text[bounds[s * 2]..bounds[(s * 2) + 1]]))
            {
                app = s;
            }
        }

        for (int s = 0; s < n; s++)
        {
            int segmentStart = bounds[s * 2];
            int segmentEnd = bounds[(s * 2) + 1];
            ReadOnlySpan<char> segment = text[segmentStart..segmentEnd];
            if (app > 0 && s < app)
            {
                if (IsOneOf(segment, s_recordTypes))
                {
                    int other = s > 0 ? s - 1 : s + 1;
                    if (other != app && other < n)
                    {
                        AddRecordParty(text, bounds[other * 2], bounds[(other * 2) + 1], ref found);
                    }
                }
                else if (segment.EndsWith(')') && segment.LastIndexOf(" (", StringComparison.Ordinal) is int open and > 0
                    && IsOneOf(segment[(open + 2)..^1], s_recordTypes))
                {
                    AddRecordParty(text, segmentStart, segmentStart + open, ref found);
                }
            }

            if (s + 1 < n && IsDocumentKind(segment))
            {
                int start = bounds[(s + 1) * 2];
                int end = bounds[((s + 1) * 2) + 1];
                int dot = text[start..end].LastIndexOf('.');
                bool extension = dot > 0 && RepoDetector.IsFileExtension(text[(start + dot + 1)..end]);
                if (extension)
                {
                    end = start + dot;
                }

                // The party is a file's name, or an application or a status follows it (the last segment is the application).
                // A document's name, unlike a record's, is often a topic ("Proposal - Website Redesign"): its first word is no common one.
                ReadOnlySpan<char> party = text[start..end];
                // Nor is a single word ("Oferta – Televisor", "Rechnung Nr. 7 – Vodafone"), and a person's name ("Offer Letter – Hine Ngata") has
                // no ordinary word after its first: a company's does ("Brackenridge Outdoor", "Lumenfield Bio").
                if ((extension || s + 2 < n) && !Lexicon.IsCommonWord(FirstWord(party)) && HasOrdinaryWordAfterFirst(party) && !IsOneOf(party, s_genericFolders)
                    && !IsOneOf(party, s_draftWords))
                {
                    AddRecordParty(text, start, end, ref found);
                }
            }
        }
    }

    private static bool HasOrdinaryWordAfterFirst(ReadOnlySpan<char> name)
    {
        bool first = true;
        foreach (System.Range r in name.Split(' '))
        {
            ReadOnlySpan<char> word = name[r];
            if (!first && word.Length > 0 && (Lexicon.IsCommonWord(word) || LooksLikeCompanyWord(word) || word.EndsWith("ies", StringComparison.Ordinal)
                || word.EndsWith("ery", StringComparison.Ordinal) || word.EndsWith("ics", StringComparison.Ordinal)))
            {
                return true;
            }

            first = false;
        }

        return false;
    }

    private static bool IsRecordApp(ReadOnlySpan<char> segment)
    {
        foreach (string app in s_recordApps)
        {
            if (segment.StartsWith(app, StringComparison.Ordinal) && (segment.Length == app.Length || !char.IsLetter(segment[app.Length])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"SOW 3", "Engagement Letter", "Master Services Agreement", "Invoice #1042": a document's word, the rest kind words or numbers.</summary>
    private static bool IsDocumentKind(ReadOnlySpan<char> segment)
    {
        bool document = false;
        if (segment.IsEmpty || !char.IsUpper(segment[0]))
        {
            return false;
        }

        foreach (System.Range r in segment.Split(' '))
        {
            ReadOnlySpan<char> word = segment[r].TrimEnd(':');
            if (word.IsEmpty)
            {
                continue;
            }

            if ((IsDocumentWord(word) || IsOneOf(word, s_documentHeads)) && !IsOneOf(word, s_nameCues) && word is not ("Re" or "Fwd" or "Fw" or "AW" or "WG" or "TR" or "RV" or "Email" or "Call" or "Meeting" or "Interview" or "Welcome"))
            {
                document = true;
            }
            else if (!(IsOneOf(word, s_documentKindWords) || word.IndexOfAnyInRange('0', '9') >= 0 || word is "n°" or "nº" or "No." or "Nr." or "N°"))
            {
                return false;
            }
        }

        return document;
    }

    /// <summary>The party of a record or a document: capitalised words, not all common, not a page of the application or a person.</summary>
    private static void AddRecordParty(ReadOnlySpan<char> text, int start, int end, ref Findings found)
    {
        ReadOnlySpan<char> name = text[start..end];
        if (name.IsEmpty || !IsNameOfWords(name) || IsOneOf(name, s_billingPages) || IsOneOf(name, s_recordTypes) || IsOneOf(name, s_ownSitePages)
            || IsOneOf(FirstWord(name), s_fileTitleWords) || IsOneOf(FirstWord(name), s_documentWords) || IsRecordApp(name)
            || IsOneOf(FirstWord(name), s_publicCompanies) || ChatInterface.IsPage(name))
        {
            return;
        }

        AddPlacedParty(text, start, end, ref found);
    }
}
