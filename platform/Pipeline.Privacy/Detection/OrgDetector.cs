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
internal static partial class OrgDetector
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    private static readonly Regex s_legal = new(
        @"(?:\p{Lu}[\p{L}0-9&'\-]*\.?[ _](?:(?:&|et|und|y|e|og|och|of|de|del|van|von|és|i|a|ve|en|en Zonen|und Söhne) )?){0,3}\p{Lu}[\p{L}0-9&'\-]*\.?,?[ _](?:[Ss]p\.?[ _]z[ _]o\.?o\.?|[Ss]p\.[ _]?[kjp]\.|S\.K\.A\.|KGaA|S\.A\.R\.L\.|Sàrl|Sagl|SRL|S\.R\.L\.|S\.L\.U\.|S\.L\.|SLU|ASA|AS|A\.Ş\.|A\.S\.|L\.P\.|LP|Bhd\.?|Berhad|Tbk\.?|ehf\.?|BVBA|SPRL|mbH|eG|S\.L\.U?\.?|s\.r\.o\.|spol\. s r\.o\.|a\.s\.|d\.o\.o\.|Kft\.?|Zrt\.?|Nyrt\.?|OOO|AB|Pte\.? Ltd\.?|GbR|OHG|UG(?: \(haftungsbeschränkt\))?|e\.K\.|Corporation|Incorporated|Limited|Inc\.?|L\.L\.C\.|LLC|Ltda\.?|Ltd\. Şti\.|Ltd\.?|GmbH(?:(?: & |[ _])Co\.?[ _]KG)?|AG|S\.A\.S\.|S\.A\.C\.|S\.A\.B\. de C\.V\.|S\.A\.(?: de C\.V\.)?|S\. de R\.L\.(?: de C\.V\.)?|S\.A\.C\.|S/A|SA[ _]de[ _]CV|EIRELI|PJSC|FZE|FZ-LLC|FZCO|W\.L\.L\.|A\.E\.|IKE|Bt\.|k\.s\.|v\.o\.s\.|sp\. j\.|SASU|SAS|SARL|EURL|SNC|B\.V\.|BV|N\.V\.|Oyj|Oy|ApS|A/S|KG|Corp\.?|PLC|plc|PLLC|LLP|\(Pty\) Ltd\.?|Pty\.? Ltd\.?|Pvt\.? Ltd\.?|Sdn\.? Bhd\.?|S\.r\.l\.|Srl|S\.p\.A\.|SpA|K\.K\.|G\.K\.|e\.V\.|OÜ|UAB|SIA|EOOD|JSC|Co\.,? Ltd\.?|& Co\.?|Ges\.?m\.?b\.?H\.?|gGmbH|PartG(?: mbB)?|P\.C\.|HB|KB|Ky|SE|ME|LTDA|LTD\.?|LIMITED|INC\.?|CORP\.?|CORPORATION|GMBH|COMPANY)",
        Options);

    // Legal forms written before the name or in other scripts: "PT Maju Jaya", "株式会社サンプル", "深圳市星辰科技有限公司", "ООО «Ромашка»".
    private static readonly Regex s_legalOtherScripts = new(
        @"PT [A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,3}(?: Tbk\.?)?" +
        @"|(?:株式会社|有限会社|合同会社) ?[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}\p{IsHiragana}ー]{1,20}|[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}ー]{1,20}(?:株式会社|有限会社|合同会社)" +
        @"|[\p{IsCJKUnifiedIdeographs}]{2,20}(?:股份)?有限(?:责任)?公司" +
        @"|\(주\) ?[가-힣]{2,12}|[가-힣]{2,12} ?(?:주식회사|\(주\))|주식회사 ?[가-힣]{2,12}" +
        @"|(?:ООО|ОАО|ЗАО|ПАО|АО|ИП|ТОВ|ПрАТ|ТОО|ОДО|ЧУП) [«""„]?[\p{IsCyrillic}A-Za-z0-9\- ]{2,30}[»""“]?" +
        // "(株)ミドリ商事", "ミドリ商事㈱"; Bulgarian, Serbian and Croatian forms after the name ("Балкан Трейд ЕООД", "Дунав Градња д.о.о.").
        @"|(?:\(株\)|（株）|㈱|\(有\)|（有）|㈲) ?[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}\p{IsHiragana}ー]{1,20}|[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}ー]{1,20}(?:\(株\)|（株）|㈱)" +
        @"|\p{Lu}[\p{IsCyrillic}\-]+(?: \p{Lu}[\p{IsCyrillic}\-]+){0,3} (?:ЕООД|ООД|ЕАД|АД|д\.о\.о\.|ДОО|ДООЕЛ|а\.д\.)" +
        // Greek forms after the name ("Παπαδόπουλος Α.Ε.", "… Ε.Π.Ε.", "… Ι.Κ.Ε.").
        @"|[Α-ΩΆΈΉΊΌΎΏ][\u0370-\u03FF\-]+(?: [Α-ΩΆΈΉΊΌΎΏ&][\u0370-\u03FF\-]*){0,3} (?:Α\.Ε\.|Ε\.Π\.Ε\.|Ι\.Κ\.Ε\.|Ο\.Ε\.|Ε\.Ε\.|Α\.Ε|Ε\.Π\.Ε|Ι\.Κ\.Ε|ΑΕ|ΕΠΕ|ΙΚΕ)" +
        // Hebrew "בע״מ" (limited) after the name, Arabic "شركة …" and the forms after it, Thai "บริษัท … จำกัด", Vietnamese "Công ty TNHH …".
        @"|[\u05D0-\u05EA][\u05D0-\u05EA\-]*(?: [\u05D0-\u05EA][\u05D0-\u05EA\-]*){0,3} בע[""״׳']מ" +
        @"|(?:شركة|مؤسسة) [\u0621-\u064A]+(?: [\u0621-\u064A]+){0,3}(?: (?:ذ\.م\.م|ش\.م\.م|ش\.م\.ع|ش\.م\.ب))?|[\u0621-\u064A]+(?: [\u0621-\u064A]+){0,3} (?:ذ\.م\.م|ش\.م\.م|ش\.م\.ع)" +
        @"|บริษัท ?[\u0E01-\u0E4E]{2,30}(?: [\u0E01-\u0E4E]{2,30})?(?: ?จำกัด(?: ?\(มหาชน\))?)?" +
        @"|(?:Công ty|CÔNG TY|Cty) (?:TNHH(?: MTV)?|Cổ phần|Cổ Phần|CỔ PHẦN|CP)(?: \p{Lu}[\p{L}&\-]*){1,5}",
        Options);

    private static readonly Regex s_typed = new(
        @"(?:[A-Z][A-Za-z0-9&'\-]+[ _]){0,2}[A-Z][A-Za-z0-9]+[ _](?:Company|Labs|Technologies|Technology|Networks|Systems|Software|Solutions|Analytics|Robotics|AI|Bio|Biosciences|Therapeutics|Pharma|Pharmaceuticals|Health|Capital|Partners|Ventures|Holdings|Consulting|Studios|Industries|Logistics|Dynamics|Energy|Foods|Financial|Insurance|Realty|Properties|Agency|Interactive|Robotics|Semiconductor|Aerospace|Motors|Telecom|Biotech|Fintech|Group|Associates|Enterprises|International|Worldwide|Airlines|Brothers|Bros\.?|Manufacturing|Engineering|Construction|Logistik|Gruppe|Werke|Traders|Trading|Imports|Exports|Supplies|Distribution|Electronics|Chemicals|Textiles|Media|Services)",
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
         "Neural", "Deep", "Machine", "Applied", "General", "Quantum", "Edge", "Enterprise", "Digital", "Data", "Cloud", "Security", "Global",
         .. ProductVendorNames()]);

    private static readonly WordSet s_workspaceNotNames = WordSet.Of(
        ["Threads", "Activity", "Later", "Home", "DMs", "Direct messages", "Mentions", "Mentions & reactions", "Saved items", "Huddle", "Canvases",
         "Files", "Search", "Settings", "Preferences", "All unreads", "Channels", "People", "Apps", "Workflow Builder", "Drafts & sent",
         "Activity feed", "Friends", "Nitro", "Shop", "Chat", "Calendar", "Calls", "Notifications", "Inbox", "General", "Sent", "Drafts",
         "Direct message", "Direct messages", "DM", "Messages", "Unreads", "Starred", "Canvas", "Lists", "Huddles", "New message",
         "Walk-in", "Walk-in customer", "Guest", "Guest checkout", "Cash customer", "Cash sale"]);

    // The first word of each legal form and the company-type words: a word scan finds them before any pattern runs.
    private static readonly WordSet s_legalWords = WordSet.Of(
        ["Inc", "LLC", "L", "LP", "Ltd", "Limited", "GmbH", "AG", "S", "SAS", "SARL", "B", "BV", "N", "Oy", "Oyj", "ApS", "A", "ASA", "KG", "Corp",
         "Corporation", "Incorporated", "PLC", "plc", "PLLC", "LLP", "Pty", "Pvt", "Sdn", "Srl", "SpA", "K", "e", "OÜ", "Ltda", "JSC", "Co",
         "Sp", "s", "a", "d", "Kft", "Zrt", "OOO", "AB", "Pte", "GbR", "OHG", "UG", "KGaA", "Sàrl", "Sagl", "SRL", "SLU", "AS", "Bhd", "Berhad",
         "Tbk", "ehf", "BVBA", "SPRL", "mbH", "eG", "spol", "Nyrt", "SASU", "EURL", "SNC", "G", "UAB", "SIA", "EOOD", "sro", "EIRELI",
         "PJSC", "FZE", "FZ", "FZCO", "W", "IKE", "Bt", "k", "v", "Ges", "GesmbH", "gGmbH", "PartG", "P", "HB", "KB", "Ky", "SE", "ME",
         "COMPANY"]);

    private static readonly WordSet s_typedWords = WordSet.Of(
        ["Company", "Labs", "Technologies", "Technology", "Networks", "Systems", "Software", "Solutions", "Analytics", "Robotics", "AI", "Bio", "Biosciences",
         "Therapeutics", "Pharma", "Pharmaceuticals", "Health", "Capital", "Partners", "Ventures", "Holdings", "Consulting", "Studios",
         "Industries", "Logistics", "Dynamics", "Energy", "Foods", "Financial", "Insurance", "Realty", "Properties", "Agency", "Interactive",
         "Semiconductor", "Aerospace", "Motors", "Telecom", "Biotech", "Fintech", "Group", "Associates", "Enterprises", "International",
         "Worldwide", "Airlines", "Brothers", "Bros", "Manufacturing", "Engineering", "Construction", "Logistik", "Gruppe", "Werke",
         "Traders", "Trading", "Imports", "Exports", "Supplies", "Distribution", "Electronics", "Chemicals", "Textiles", "Media", "Services"]);

    // Document abbreviations and words a file name puts before the party ("NDA_Fabrikam_Inc", "SOW Initech LLC").
    private static readonly WordSet s_documentWords = WordSet.Of(
        ["NDA", "MSA", "SOW", "DPA", "SLA", "RFP", "RFQ", "RFI", "PO", "MOU", "LOI", "BAA", "EULA", "TOS", "W9", "W-9", "Invoice", "Contract",
         "Agreement", "Proposal", "Quote", "Statement", "Offer", "Order", "Receipt", "Renewal", "Amendment", "Addendum", "Signed", "Draft", "Final",
         "Rechnung", "Angebot", "Vertrag", "Auftrag", "Lieferschein", "Gutschrift", "Mahnung", "Facture", "Devis", "Contrat", "Avoir", "Fattura",
         "Preventivo", "Contratto", "Ordine", "Factura", "Presupuesto", "Contrato", "Pedido", "Albarán", "Fatura", "Orçamento", "Recibo",
         "Faktura", "Umowa", "Oferta", "Zamówienie", "Smlouva", "Objednávka", "Offerte", "Factuur", "Overeenkomst", "Bestelling", "Lasku",
         "Sopimus", "Tilaus", "Tarjous", "Kvitto", "Avtal", "Offert", "Beställning", "Kontrakt", "Tilbud", "Aftale", "Bestilling", "Invoices",
         "Contracts", "Quotation", "Estimate", "Bill", "Payment", "Remittance", "Purchase", "Sales", "Credit", "Debit", "Note", "Memo", "Welcome",
         "Meeting", "Call", "Interview", "Email", "Re", "Fwd", "Fw", "AW", "WG", "TR", "RV",
         // Invoices, quotes, payslips and parties' labels of more languages ("Számla Duna Építő Kft.", "Debitor Lindqvist Bygg AB").
         "Számla", "Arve", "Sąskaita", "Rēķins", "Factură", "Faktúra", "Račun", "Fakturë", "Proforma", "Pro-forma", "Proposta", "Proposal",
         "Offerta", "Cotización", "Cotizacion", "Cotação", "Orden", "Ordem", "Encomenda", "Commande", "Bon", "Relevé", "Bordereau", "Quittung",
         "Beleg", "Spende", "Kostenvoranschlag", "Bestellschein", "Rekening", "Pakbon", "Inkooporder", "Teklif", "Sözleşme", "Sipariş",
         "Payslip", "Paystub", "Nómina", "Nomina", "Lohnabrechnung", "Gehaltsabrechnung", "Lönebesked", "Lønseddel", "Lønnsslipp",
         "Palkkalaskelma", "Debitor", "Debitorin", "Kreditor", "Debtor", "Creditor", "Payee", "Beneficiary", "Kunde", "Kundin", "Lieferant",
         "Auftraggeber", "Mandant", "Arbeitgeber", "Empfänger", "Klant", "Leverancier", "Cliente", "Proveedor", "Fornecedor", "Fornitore",
         "Fournisseur", "Employeur", "Kund", "Leverantör", "Asiakas", "Toimittaja", "Klient", "Dostawca", "Kontrahent", "Müşteri", "Tedarikçi",
         "Supplier", "Vendor", "Customer", "Client", "Consignee", "Shipper", "Employer", "Tenant", "Landlord", "Lessor", "Lessee",
         // Payment types on a bank statement before the payee ("DD Fernhill Energy Ltd", "SEPA-Lastschrift …").
         "DD", "ACH", "BACS", "SEPA", "CHAPS", "FPS", "Lastschrift", "Überweisung", "Dauerauftrag", "Virement", "Prélèvement", "Transferencia",
         "Domiciliación", "Bonifico", "Addebito"]);

    public static void Find(ReadOnlySpan<char> text, ref Findings found)
    {
        bool legal = false;
        bool typed = false;
        int i = 0;
        while (i < text.Length && !(legal && typed))
        {
            int start = NextLetterWord(text, ref i);

            if (i > start && start > 0)
            {
                ReadOnlySpan<char> word = text[start..i];
                legal |= s_legalWords.Contains(word) || s_gluedLegalForms.Contains(word) || IsFormWord(word);
                typed |= s_typedWords.Contains(word);
            }
        }

        if (legal)
        {
            FindGluedFormNames(text, ref found);
            FindLegalNames(text, ref found);
            FindGluedLegalNames(text, ref found);
        }

        if (typed)
        {
            FindTypedNames(text, ref found);
        }

        if (text.IndexOfAny(s_otherScriptMarks) >= 0 || text.Contains("PT ", StringComparison.Ordinal))
        {
            foreach (ValueMatch m in s_legalOtherScripts.EnumerateMatches(text))
            {
                int end = m.Index + m.Length;
                while (end > m.Index && text[end - 1] == ' ')
                {
                    end--;
                }

                int begin = m.Index;
                int space = text[begin..end].IndexOf(' ');
                // "Фактура Балкан Трейд ЕООД", "חשבונית אורן מערכות בע״מ": the document's word before the name is not the name's.
                while (space > 0 && IsOneOf(text[begin..(begin + space)], s_otherScriptDocumentWords))
                {
                    begin += space + 1;
                    space = text[begin..end].IndexOf(' ');
                }

                // "บริษัท จำกัด" alone is the form without a name.
                if (text[begin..end].EndsWith("บริษัท จำกัด", StringComparison.Ordinal) || text[begin..end].StartsWith("บริษัท จำกัด", StringComparison.Ordinal))
                {
                    continue;
                }

                if ((text[m.Index] == 'P' && IsAlnum(At(text, m.Index - 1))) || IsAlnum(At(text, m.Index - 1)) && !char.IsLetter(text[m.Index]) || found.Overlaps(begin, end))
                {
                    continue;
                }

                found.Add(begin, end - begin, PiiKind.Org, 4);
            }
        }

        FindWorkspaces(text, ref found);
        FindContextParties(text, ref found);
        if (text.Length > 8 && text.IndexOf(' ') > 0)
        {
            FindIndustryNames(text, ref found);
        }

        FindEmployers(text, ref found);
        FindCounterparties(text, ref found);
        if (text.IndexOfAny('_', '-') > 0)
        {
            FindGluedCounterparties(text, ref found);
        }
    }

    /// <summary>
    /// "Contract_Massive_Dynamic_v3.docx", "NDA-Bluefin-Cargo.pdf": a document's word glued to the capitalised words of its
    /// counterparty, which end at a version, a date or the extension; a person's name ("Contract_Maria_Lopez") and an id's
    /// label ("Invoice_CustNo_30418.pdf") are not one.
    /// </summary>
    private static void FindGluedCounterparties(ReadOnlySpan<char> text, ref Findings found)
    {
        int i = 0;
        while (i < text.Length)
        {
            int wordStart = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            if (i == wordStart)
            {
                i++;
                continue;
            }

            char glue = At(text, i);
            if (IsAlnum(At(text, wordStart - 1)) || glue is not ('_' or '-') || !IsOneOf(text[wordStart..i], s_documentWords) || !char.IsUpper(At(text, i + 1)))
            {
                continue;
            }

            int start = i + 1;
            int end = start;
            int words = 0;
            while (words < 3 && char.IsUpper(At(text, end)))
            {
                int e = end;
                while (e < text.Length && char.IsLetter(text[e]))
                {
                    e++;
                }

                ReadOnlySpan<char> word = text[end..e];
                if (IsOneOf(word, s_documentWords) || IsOneOf(word, s_reportWords) || IsAlnum(At(text, e)))
                {
                    break;
                }

                end = e;
                words++;
                if (At(text, end) != glue || !char.IsUpper(At(text, end + 1)))
                {
                    break;
                }

                end++;
            }

            while (end > start && text[end - 1] == glue)
            {
                end--;
            }

            char after = At(text, end);
            char next = At(text, end + 1);
            bool ends = (after == '.' && IsFileExtensionAt(text, end + 1)) || (after == glue && (char.IsAsciiDigit(next) || (next == 'v' && char.IsAsciiDigit(At(text, end + 2)))));
            ReadOnlySpan<char> name = text[start..end];
            ReadOnlySpan<char> first = FirstWordOf(name, glue);
            if (words == 0 || !ends || Lexicon.IsClearFirstName(first) || (words >= 2 && Lexicon.IsFirstName(first, out _)) || IsOneOf(first, s_publicCompanies)
                || (words == 1 && (Lexicon.IsCommonWord(name) || IdDetector.IsGluedLabel(name) || IdDetector.IsPersonLabel(name))) || found.Overlaps(start, end))
            {
                i = Math.Max(i, end);
                continue;
            }

            found.Add(start, end - start, PiiKind.Org, 3);
            i = end;
        }
    }

    private static ReadOnlySpan<char> FirstWordOf(ReadOnlySpan<char> name, char glue)
    {
        int g = name.IndexOf(glue);
        return g < 0 ? name : name[..g];
    }

    // Document words that lead a name in scripts without capitals or with capitals on every word.
    private static readonly WordSet s_otherScriptDocumentWords = WordSet.Of(
        ["Фактура", "Уговор", "Договор", "Счёт", "Счет", "Рахунок", "Договір", "Понуда", "Оферта", "Рачун", "Поръчка", "Договор", "Накладная",
         "Τιμολόγιο", "Προσφορά", "Σύμβαση", "Παραγγελία", "Απόδειξη", "חשבונית", "חשבון", "קבלה", "חוזה", "הצעת", "מחיר", "הזמנה", "ספק", "לקוח",
         "מעסיק", "תלוש", "فاتورة", "عقد", "عرض", "سعر", "طلب", "أمر", "شراء", "المورد", "العميل"]);

    private static readonly System.Buffers.SearchValues<char> s_otherScriptMarks = System.Buffers.SearchValues.Create("株会社公司주회ООАЗПИТЕДд㈱㈲ΑΕΙΟבشذบô");

    // Job titles and pages that name an employer after them: "Senior Engineer at Lumora", "Careers at Kestrel Data".
    private static readonly WordSet s_jobWords = WordSet.Of(
        ["engineer", "developer", "designer", "manager", "director", "analyst", "scientist", "intern", "internship", "lead", "architect",
         "consultant", "specialist", "coordinator", "administrator", "officer", "executive", "associate", "recruiter", "researcher",
         "pm", "vp", "cto", "ceo", "cfo", "coo", "sre", "swe", "jobs", "careers", "career", "job", "role", "position", "opening", "openings",
         "interview", "interviews", "onboarding", "offer", "hiring", "employee", "employees", "staff", "team", "accountant",
         "nurse", "teacher", "writer", "editor", "marketer", "representative", "advocate", "technician", "partner", "founder", "cofounder", "head"]);

    private static readonly WordSet s_jobBoards = WordSet.Of(
        ["LinkedIn", "Indeed", "Glassdoor", "Lever", "Greenhouse", "Workday", "Wellfound", "Ashby", "SmartRecruiters", "Welcome to the Jungle",
         "Otta", "Dice", "Monster", "StepStone", "Xing", "Workable", "BambooHR", "Jobvite", "Teamtailor", "Personio", "Recruitee", "Hired"]);

    /// <summary>
    /// The employer in "Senior Engineer at Lumora Health", "Jobs at Kestrel Data", and a job board's
    /// "Role - Company - LinkedIn" / "Role at Company | Greenhouse": one to three capitalised words that are not a
    /// household name, a place of the lists or a person's name.
    /// </summary>
    private static void FindEmployers(ReadOnlySpan<char> text, ref Findings found)
    {
        for (int at = text.IndexOf(" at ", StringComparison.Ordinal); at > 0; at = IndexFrom(text, at + 1, " at "))
        {
            if (LabelBefore(text, at, s_jobWords, 1))
            {
                AddEmployer(text, at + 4, ref found);
            }
        }

        Span<int> bounds = stackalloc int[32];
        int n = Segments(text, bounds);
        // "Job req R-1234 · Paralegal · Greenhouse": the segment after the posting's own is the role, not an employer.
        if (n >= 3 && IsOneOf(text[bounds[(n - 1) * 2]..bounds[((n - 1) * 2) + 1]], s_jobBoards) && HasJobWord(text[bounds[0]..bounds[1]])
            && !IsRole(text[bounds[2]..bounds[3]]))
        {
            AddEmployer(text, bounds[2], ref found);
        }
    }

    private static bool HasJobWord(ReadOnlySpan<char> segment)
    {
        int i = 0;
        while (i < segment.Length)
        {
            int e = i;
            while (e < segment.Length && char.IsLetter(segment[e]))
            {
                e++;
            }

            if (e > i && s_jobWords.Contains(segment[i..e]))
            {
                return true;
            }

            i = e + 1;
        }

        return false;
    }

    private static void AddEmployer(ReadOnlySpan<char> text, int start, ref Findings found)
    {
        int end = start;
        int words = 0;
        while (words < 4 && IsCapitalised(text[end..WordEndOf(text, end)]) || (words > 0 && words < 4 && At(text, end) == '&'))
        {
            end = WordEndOf(text, end);
            words++;
            if (At(text, end) != ' ' || !(char.IsUpper(At(text, end + 1)) || At(text, end + 1) == '&'))
            {
                break;
            }

            end++;
        }

        ReadOnlySpan<char> name = text[start..end];
        if (words is 0 or > 3 || IsOneOf(FirstWord(name), s_publicCompanies) || IsOneOf(name, s_workspaceNotNames) || found.Overlaps(start, end)
            || (words == 1 && Lexicon.IsCommonWord(name)) || Lexicon.IsClearFirstName(FirstWord(name)) || AllCommon(name))
        {
            return;
        }

        found.Add(start, end - start, PiiKind.Org, 3);
    }

    private static int WordEndOf(ReadOnlySpan<char> text, int start)
    {
        int e = start;
        while (e < text.Length && (char.IsLetterOrDigit(text[e]) || text[e] is '&' or '\'' or '-' or '.' && char.IsLetter(At(text, e + 1))))
        {
            e++;
        }

        return e;
    }

    private static bool AllCommon(ReadOnlySpan<char> name)
    {
        foreach (System.Range r in name.Split(' '))
        {
            ReadOnlySpan<char> w = name[r];
            if (w.Length > 0 && !Lexicon.IsCommonWord(w) && w[0] != '&')
            {
                return false;
            }
        }

        return true;
    }

    // Trade words that lead a company's registered name in many languages ("Transports Rivaud SAS", "Zakłady Mięsne …
    // sp. z o.o.", "Autohaus Keller GmbH"): part of the name, though some are also common words.
    private static readonly WordSet s_tradeWords = WordSet.Of(
        ["Transports", "Transportes", "Trasporti", "Transporte", "Transport", "Zakłady", "Zakład", "Przedsiębiorstwo", "Fabryka", "Hurtownia",
         "Autohaus", "Bäckerei", "Metzgerei", "Spedition", "Boulangerie", "Établissements", "Etablissements", "Ets", "Construcciones",
         "Talleres", "Industrias", "Industrie", "Distribuciones", "Laboratoires", "Laboratorios", "Laboratori", "Éditions", "Editions",
         "Ediciones", "Edizioni", "Ateliers", "Atelier", "Maison", "Cabinet", "Agence", "Groupe", "Grupo", "Gruppo", "Imprimerie",
         "Tipografia", "Officine", "Costruzioni", "Construções", "Comercial", "Inversiones", "Servicios", "Serviços", "Soluciones",
         "Brouwerij", "Bouwbedrijf", "Handelsgesellschaft", "Ingenieurbüro", "Steuerkanzlei", "Kanzlei", "Pharmacie", "Farmacia", "Clinique",
         "Clínica", "Hôtel", "Hotel", "Garage", "Moulin", "Vignobles", "Domaine", "Bodegas", "Cantina"]);

    private static void FindLegalNames(ReadOnlySpan<char> text, ref Findings found)
    {
        foreach (ValueMatch m in s_legal.EnumerateMatches(text))
        {
            int start = m.Index;
            int end = m.Index + m.Length;
            // A form glued to more letters or digits is a word or an id ("Case INC1381180").
            if (IsAlnum(At(text, start - 1)) || (IsAlnum(At(text, end)) && text[end - 1] != '.'))
            {
                continue;
            }

            // Leading title words ("Invoice Acme Corp", "Contract_Initech_LLC") are not part of the name.
            while (true)
            {
                int space = text[start..end].IndexOfAny(' ', '_');
                ReadOnlySpan<char> word = text[start..(start + space)].TrimEnd(',');
                ReadOnlySpan<char> rest = text[(start + space + 1)..end];
                // A type word never starts a name: "Umbrella Logistics GmbH" keeps "Umbrella", though it is a common word.
                // A particle opens a family name ("Van Dijk Logistiek BV").
                if (space < 0 || rest.IndexOfAny(' ', '_') < 0 || IsOneOf(word, s_tradeWords) || (IsOneOf(FirstWord(rest), s_typedWords) && !IsOneOf(word, s_documentWords))
                    || (IsOneOf(word, s_leadingParticles) && char.IsUpper(word[0]))
                    || !(Lexicon.IsCommonWord(word) || IsOneOf(word, s_workspaceNotNames) || IsDocumentWord(word)))
                {
                    break;
                }

                start += space + 1;
            }

            // "Factura de Conservas del Cantábrico S.L.": a joiner left after the document's word is not the name's.
            int joinerEnd = text[start..end].IndexOf(' ');
            if (joinerEnd > 0 && char.IsLower(text[start]) && IsOneOf(text[start..(start + joinerEnd)], s_nameJoiners))
            {
                start += joinerEnd + 1;
            }

            ReadOnlySpan<char> firstWord = FirstWord(text[start..end]);
            // "Save AS": a short form after a single common word is the word's, not a company's.
            // Glued too: "Save_AS_draft.txt", "Photo_AG_2026.jpg" (a two-letter form after one word).
            ReadOnlySpan<char> matched = text[start..end];
            int lastGlue = matched.LastIndexOfAny(' ', '_');
            bool shortForm = matched.EndsWith(" AS", StringComparison.Ordinal) || matched.EndsWith(" AB", StringComparison.Ordinal)
                || (lastGlue > 0 && matched[lastGlue] == '_' && matched.Length - lastGlue - 1 == 2 && matched[..lastGlue].IndexOfAny(' ', '_') < 0);
            // "Pinecrest Capital LP": a limited partnership after a fund's word; "Abbey Road Vinyl LP" is a record.
            // "Alpen Solar SE", "Dahl Bygg HB": forms that are also letters of other things need two words, the first not common.
            bool bareLetters = lastGlue > 0 && IsOneOf(matched[(lastGlue + 1)..], s_twoLetterForms) && matched[..lastGlue].IndexOfAny(' ', '_') < 0;
            shortForm |= lastGlue > 0 && IsOneOf(matched[(lastGlue + 1)..], s_twoLetterForms);
            bool record = bareLetters || (matched.EndsWith(" LP", StringComparison.Ordinal) || matched.EndsWith("_LP", StringComparison.Ordinal)) && !IsPartnershipWord(matched[..^3]);
            if (IsOneOf(firstWord, s_publicCompanies) || found.Overlaps(start, end) || (shortForm && Lexicon.IsCommonWord(firstWord)) || record || IsListingContext(text, end)
                || IsOwnSitePage(text, start, end))
            {
                continue;
            }

            found.Add(start, end - start, PiiKind.Org, 4);
        }
    }

    private static readonly WordSet s_leadingParticles = WordSet.Of(["Van", "Von", "De", "Di", "Da", "Du", "Del", "Della", "Le", "La", "Al", "El", "Ten", "Ter", "Mac", "Mc", "St"]);

    // Two-letter forms that are also other things' letters ("Windows SE", "Read ME"): only after two words of a name.
    private static readonly string[] s_twoLetterForms = ["SE", "ME", "HB", "KB"];

    // Legal forms that file names glue with "-" or "_" ("Offer-Duval-Frères-SAS.pdf", "Q1_Lindqvist_Berg-AB.xlsx").
    private static readonly WordSet s_gluedLegalForms = WordSet.Of(
        ["GmbH", "AG", "SAS", "SARL", "SA", "AB", "BV", "NV", "Oy", "Oyj", "ApS", "AS", "ASA", "sro", "Srl", "SpA", "Ltd", "LLC", "Inc", "Corp",
         "PLC", "KG", "Kft", "Ltda", "SL", "Pty", "KK", "LLP", "Limited", "Sarl", "Zrt", "OU", "OÜ", "UAB", "SIA"]);

    /// <summary>
    /// A company glued into a file name: capitalised words joined by "-" or "_" before a legal form ("Novák-Strojírna-sro",
    /// "Duval-Frères-SAS"), the document words before them left out ("Q4-Report-…").
    /// </summary>
    private static void FindGluedLegalNames(ReadOnlySpan<char> text, ref Findings found)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (text[i] is not ('-' or '_') || !char.IsLetter(At(text, i + 1)) || !char.IsLetter(At(text, i - 1)))
            {
                i++;
                continue;
            }

            int formStart = i + 1;
            int formEnd = formStart;
            while (formEnd < text.Length && char.IsLetter(text[formEnd]))
            {
                formEnd++;
            }

            i = formEnd;
            char after = At(text, formEnd);
            if (!s_gluedLegalForms.Contains(text[formStart..formEnd]) || !(after is '.' or '_' or '-' or ' ' or ')' || formEnd == text.Length)
                || (after == '.' && char.IsLetter(At(text, formEnd + 1)) && !IsFileExtensionAt(text, formEnd + 1)))
            {
                continue;
            }

            // The form ends the name: what is glued after it is a version, a date or another capitalised part
            // ("…-GmbH_v3", "…-AB_2026"); "Checkout-AB-test" is an A/B test.
            char next = At(text, formEnd + 1);
            if (after is '-' or '_' && !(char.IsAsciiDigit(next) || char.IsUpper(next) || (next == 'v' && char.IsAsciiDigit(At(text, formEnd + 2)))))
            {
                continue;
            }

            // "…-Pty-Ltd": the form goes on in the next part; the name is read there.
            int nextEnd = formEnd + 1;
            while (nextEnd < text.Length && char.IsLetter(text[nextEnd]))
            {
                nextEnd++;
            }

            // "…_GmbH_Co_KG": the limited partnership's form goes on after "Co"; the name is read at "KG".
            if (after is '-' or '_' && (s_gluedLegalForms.Contains(text[(formEnd + 1)..nextEnd])
                || (text[(formEnd + 1)..nextEnd] is "Co" && At(text, nextEnd) == after && text[(nextEnd + 1)..].StartsWith("KG", StringComparison.Ordinal))))
            {
                continue;
            }

            // Back over the name's words: capitalised, no digits, not a document's word; one of them not a common word.
            int start = formStart - 1;
            int words = 0;
            bool distinctive = false;
            while (start > 0 && text[start] is '-' or '_')
            {
                int wordEnd = start;
                int wordStart = wordEnd;
                while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
                {
                    wordStart--;
                }

                ReadOnlySpan<char> word = text[wordStart..wordEnd];
                if (word.IsEmpty || !char.IsUpper(word[0]) || IsAlnum(At(text, wordStart - 1)) || IsDocumentWord(word) || IsOneOf(word, s_reportWords)
                    || IsOneOf(word, s_publicCompanies) || words == 4)
                {
                    break;
                }

                // "Pty-Ltd", "Sdn-Bhd": the first word of a two-word form belongs to the form.
                distinctive |= !Lexicon.IsCommonWord(word) && !s_legalWords.Contains(word);
                words++;
                start = wordStart - 1;
            }

            int nameStart = start + 1;
            if (words == 0 || !distinctive || found.Overlaps(nameStart, formEnd))
            {
                continue;
            }

            found.Add(nameStart, formEnd - nameStart, PiiKind.Org, 4);
        }
    }

    // What a file name says about the document before the party's name ("Q4-Report-…", "Forecast_…").
    private static readonly WordSet s_reportWords = WordSet.Of(
        ["Report", "Reports", "Summary", "Review", "Forecast", "Budget", "Plan", "Minutes", "Notes", "Analysis", "Audit", "Overview", "Update",
         "Export", "Backup", "Scan", "Copy", "Letter", "Deck", "Pitch", "Briefing", "Onboarding", "Kickoff", "Roadmap", "Timesheet", "Payroll",
         "Bericht", "Rapport", "Informe", "Relatório", "Raport", "Rapporto", "Verslag", "Rapport", "Raportti"]);

    private static bool IsFileExtensionAt(ReadOnlySpan<char> text, int start)
    {
        int end = start;
        while (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
        {
            end++;
        }

        return end == text.Length || !char.IsLetter(text[end]);
    }

    // Pages of a company's own website: "Nordbahn AG – Fahrplan" is the company's site in use, not a party to a deal.
    private static readonly WordSet s_ownSitePages = WordSet.Of(
        ["Home", "Homepage", "Startseite", "Accueil", "Inicio", "Login", "Log in", "Sign in", "Anmelden", "Connexion", "Fahrplan", "Timetable",
         "Tickets", "Karriere", "Careers", "Jobs", "Kontakt", "Contact", "Contact us", "About us", "Über uns", "Impressum", "Official site",
         "Official website", "Offizielle Website", "Newsroom", "Press", "Presse", "Investor Relations", "Store", "Shop", "Onlineshop", "Kundenservice",
         "Customer service", "Support", "Hilfe", "Help", "Angebote", "Offers", "Fahrkarten", "Buchung", "Booking", "My account", "Mein Konto"]);

    /// <summary>"Nordbahn AG – Fahrplan": the name alone in the first segment and one page of its site after it, nothing more.</summary>
    private static bool IsOwnSitePage(ReadOnlySpan<char> text, int start, int end)
    {
        Span<int> bounds = stackalloc int[8];
        int n = Segments(text, bounds);
        return n == 2 && bounds[0] == start && bounds[1] == end && IsOneOf(text[bounds[2]..bounds[3]], s_ownSitePages);
    }

    // What follows a listed company's name in its public role: its shares, its filings, its investor pages.
    private static readonly PhraseList s_listingCues = PhraseList.Of(
        "annual report", "investor relations", "class a", "class b", "class c", "stock price", "stock quote", "shares", "share price", "earnings", "quarterly results",
        "10-k", "10-q", "20-f", "press release", "(nasdaq", "(nyse", "aktie", "geschäftsbericht", "rapport annuel", "dividend",
        // The quote page in the languages finance sites are read in.
        "aktienkurs", "aktien", "kurs akcji", "notowania", "akcje", "cotización", "cotizacion", "acciones", "cotação", "cotacao", "ações",
        "acoes", "azioni", "quotazione", "cours de l'action", "koers", "aandeel", "hisse", "акции", "курс акций", "주가", "株価",
        "股价", "股票", "stock", "(bse", "(nse", "(lse", "(xetra", "(tse", "(hkex");

    /// <summary>"Alphabet Inc. Class A (GOOGL)", "Nestlé S.A. annual report": a listed company in its public role, not a private party.</summary>
    private static bool IsListingContext(ReadOnlySpan<char> text, int end)
    {
        int i = end;
        while (i < text.Length && text[i] is ' ' or ',')
        {
            i++;
        }

        if (i == end || i >= text.Length)
        {
            return false;
        }

        ReadOnlySpan<char> rest = text[i..];
        if (s_listingCues.StartsWithAny(rest))
        {
            return true;
        }

        // A period before the cue: "… Inc. Q3 earnings", "… AG FY2025 annual report", "… plc 2025 results".
        int period = rest.IndexOf(' ');
        if (period is >= 2 and <= 6 && (rest[0] == 'Q' || rest.StartsWith("FY", StringComparison.Ordinal) || char.IsAsciiDigit(rest[0]))
            && rest[1..period].IndexOfAnyExceptInRange('0', '9') <= (rest[0] == 'F' ? 1 : -1) && s_listingCues.StartsWithAny(rest[(period + 1)..]))
        {
            return true;
        }

        // A ticker in parentheses: "(GOOGL)", "(7203.T)".
        if (rest[0] == '(')
        {
            int close = rest.IndexOf(')');
            ReadOnlySpan<char> inside = close > 1 ? rest[1..close] : [];
            return inside.Length is >= 1 and <= 8 && inside.IndexOfAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZ.0123456789") < 0 && char.IsAsciiLetterUpper(inside[0]);
        }

        return false;
    }

    private static void FindTypedNames(ReadOnlySpan<char> text, ref Findings found)
    {
        foreach (ValueMatch m in s_typed.EnumerateMatches(text))
        {
            int start = m.Index;
            int end = m.Index + m.Length;
            if (IsAlnum(At(text, start - 1)) || IsAlnum(At(text, end)))
            {
                continue;
            }

            // Leading words that belong to the title, not the name ("Invoice", "Meeting", "Welcome").
            while (true)
            {
                int space = text[start..end].IndexOfAny(' ', '_');
                ReadOnlySpan<char> word = text[start..(start + space)];
                ReadOnlySpan<char> rest = text[(start + space + 1)..end];
                if (space < 0 || rest.IndexOfAny(' ', '_') < 0 || !(IsOneOf(word, s_documentWords) || IsOneOf(word, s_workspaceNotNames) || IsOneOf(word, s_nameCues) || IsOneOf(word, s_articles)))
                {
                    break;
                }

                start += space + 1;
            }

            // "Vuelo AI 2367": an airline's code before a flight number; "Reliance Industries Ltd 주가": a listed company's quote.
            bool flight = text[(end - 2)..end] is "AI" && At(text, end) == ' ' && char.IsAsciiDigit(At(text, end + 1));
            if (HasPublicWord(text[start..end]) || IsOneOf(PreviousWord(text, start), s_publicCompanies) || flight || IsListingContext(text, LegalFormEnd(text, end))
                || IsProductAppSegment(text, start, end)
                || !HasDistinctiveWord(text[start..end], CueBefore(text, start)) || found.Overlaps(start, end))
            {
                continue;
            }

            // "Orlov Trading Co.": a form the legal pattern does not read alone belongs to the name.
            int formEnd = LegalFormEnd(text, end);
            if (formEnd > end && text[(end + 1)..formEnd].TrimEnd('.').Length >= 2 && !found.Overlaps(start, formEnd))
            {
                end = formEnd;
            }

            found.Add(start, end - start, PiiKind.Org, 4);
        }
    }

    /// <summary>Past a legal form written after a typed name ("Reliance Industries Ltd"), or <paramref name="end"/> when there is none.</summary>
    private static int LegalFormEnd(ReadOnlySpan<char> text, int end)
    {
        if (At(text, end) != ' ')
        {
            return end;
        }

        int e = end + 1;
        while (e < text.Length && (char.IsLetter(text[e]) || text[e] == '.'))
        {
            e++;
        }

        return e > end + 1 && s_legalWords.Contains(text[(end + 1)..e].TrimEnd('.')) ? e : end;
    }

    /// <summary>A household company name (Microsoft, Google, NASA …): a public party.</summary>
    internal static bool IsPublicCompany(ReadOnlySpan<char> name) => s_publicCompanies.Contains(name) || s_publicAccounts.Contains(name);

    // Public institutions' accounts, never a private party's handle.
    private static readonly WordSet s_publicAccounts = WordSet.Of(
        ["NASA", "WHO", "UN", "BBC", "CNN", "NYTimes", "nytimes", "Reuters", "AP", "POTUS", "WhiteHouse", "elonmusk", "YouTube", "Instagram",
         "TikTok", "Twitch", "Reddit", "Wikipedia", "X", "XDevelopers", "TwitterDev", "Steam", "PlayStation", "Xbox", "Nintendo", "SpaceX",
         "github", "msft", "googledevs", "awscloud", "Azure", "vercel", "nextjs", "reactjs", "nodejs", "rustlang", "golang", "ThePSF", "dotnet"]);

    private static bool HasPublicWord(ReadOnlySpan<char> name)
    {
        foreach (System.Range r in name.SplitAny(' ', '_'))
        {
            if (IsOneOf(name[r], s_publicCompanies))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet s_articles = WordSet.Of(["The", "A", "An", "Our", "My", "Your", "Their", "New", "Dear", "Hi", "Hello"]);

    // Words that introduce a party: "Meeting with Orbital Freight Partners", "Offer from Lumora Health".
    private static readonly WordSet s_nameCues = WordSet.Of(["with", "for", "at", "from", "to", "by", "between", "and", "vs", "via", "re"]);

    private static bool CueBefore(ReadOnlySpan<char> text, int start) => IsOneOf(PreviousWord(text, start), s_nameCues);

    private static ReadOnlySpan<char> PreviousWord(ReadOnlySpan<char> text, int start)
    {
        int end = start;
        while (end > 0 && text[end - 1] is ' ' or '_')
        {
            end--;
        }

        int begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }

        return text[begin..end];
    }

    /// <summary>
    /// Whether the words before the company-type word make a name: one that is neither a common word nor an adjective
    /// ("Kepler Labs", not "Neural Networks" or "Mental Health Services"); after a cue ("with", "for") a word that is
    /// not common is enough ("Meeting with Orbital Freight Partners").
    /// </summary>
    private static bool HasDistinctiveWord(ReadOnlySpan<char> name, bool cue)
    {
        int lastSpace = name.LastIndexOfAny(' ', '_');
        ReadOnlySpan<char> words = name[..lastSpace];
        int i = 0;
        while (i < words.Length)
        {
            int e = i;
            while (e < words.Length && words[e] is not (' ' or '_'))
            {
                e++;
            }

            ReadOnlySpan<char> word = words[i..e];
            if (word.Length > 0 && !Lexicon.IsCommonWord(word) && !IsOneOf(word, s_publicCompanies) && (cue || !HasAdjectiveEnding(word)))
            {
                return true;
            }

            i = e + 1;
        }

        return false;
    }

    /// <summary>"Neural", "Generative", "Distributed", "Embedded", "Operating": a kind of thing, not a company's name.</summary>
    private static bool HasAdjectiveEnding(ReadOnlySpan<char> word) =>
        word.EndsWith("al", StringComparison.Ordinal) || word.EndsWith("ive", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal)
        || word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ic", StringComparison.Ordinal) || word.EndsWith("ous", StringComparison.Ordinal)
        || word.EndsWith("able", StringComparison.Ordinal) || word.EndsWith("ible", StringComparison.Ordinal) || word.EndsWith("ary", StringComparison.Ordinal);

    /// <summary>The workspace in "… - Orion Networks - Slack" and the server after a channel ("#general | acme-oss").</summary>
    private static void FindWorkspaces(ReadOnlySpan<char> text, ref Findings found)
    {
        FindChatWorkspaces(text, ref found);
        Span<int> bounds = stackalloc int[32];
        int n = Segments(text, bounds);
        if (n < 2)
        {
            return;
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
                while (end < segmentEnd && text[end] is not (',' or '(' or ';' or '~'))
                {
                    end++;
                }

                while (end > start && text[end - 1] == ' ')
                {
                    end--;
                }

                AddWorkspace(text, start, end, ref found);
            }
        }
    }

    private static readonly string[] s_workspaceApps = ["Slack", "Mattermost"];

    // Billing and payroll applications put the account's company before their name: "Payouts — Acme - Stripe".
    // (Stripe alone: other billing tools put their own pages there, "Grace period settings - Dunning — Chargebee".)
    private static readonly string[] s_accountApps = ["Stripe"];

    /// <summary>
    /// The workspace of a Slack or Mattermost title: "conversation - workspace - Slack" (also with " :: " and " » "),
    /// "Slack | #channel | workspace", and the workspace glued before the application ("DM: x | Harbour Freight Slack").
    /// Teams and Discord put a team or a server there, which is no private party.
    /// </summary>
    private static void FindChatWorkspaces(ReadOnlySpan<char> text, ref Findings found)
    {
        Span<int> bounds = stackalloc int[32];
        int n = ChatTitle.Segments(text, bounds);
        if (n < 2)
        {
            return;
        }

        int lastStart = bounds[(n - 1) * 2];
        ReadOnlySpan<char> last = text[lastStart..bounds[((n - 1) * 2) + 1]];
        ReadOnlySpan<char> first = text[bounds[0]..bounds[1]];
        foreach (string app in s_workspaceApps)
        {
            if (n >= 3 && ChatTitle.IsApp(last, app))
            {
                AddWorkspace(text, bounds[(n - 2) * 2], bounds[((n - 2) * 2) + 1], ref found);
            }
            else if (ChatTitle.TryGluedWorkspace(last, app, out int length) && IsNameOfWords(last[..length]))
            {
                AddWorkspace(text, lastStart, lastStart + length, ref found);
            }
            else if (n >= 3 && ChatTitle.IsApp(first, app) && (IsNameOfWords(last) || (IsCapitalisedWords(last) && At(text, bounds[2]) == '#')))
            {
                // "Slack | #channel | Massive Dynamic": after a channel the last segment is the workspace, even in ordinary words.
                AddWorkspace(text, lastStart, lastStart + last.Length, ref found);
            }
        }

        foreach (string app in s_accountApps)
        {
            if (n >= 3 && ChatTitle.IsApp(last, app))
            {
                int start = bounds[(n - 2) * 2];
                int end = bounds[((n - 2) * 2) + 1];
                if (IsCapitalisedWords(text[start..end]) && !IsOneOf(text[start..end], s_workspaceNotNames) && !IsOneOf(text[start..end], s_billingPages))
                {
                    AddWorkspace(text, start, end, ref found);
                }
            }
        }
    }

    // Pages of billing applications, which stand where the account's name would.
    private static readonly WordSet s_billingPages = WordSet.Of(
        ["Dashboard", "Payments", "Payouts", "Balances", "Customers", "Invoices", "Subscriptions", "Products", "Reports", "Billing", "Developers",
         "Settings", "Home", "Test mode", "Radar", "Connect", "Transactions", "Bills", "Expenses", "Payroll", "People", "Accounting", "Banking",
         "Sales", "Purchases", "Contacts", "Overview", "Cards", "Reimbursements", "Team", "Integrations", "Login", "Sign in"]);

    /// <summary>One to four words, each capitalised (or "&amp;", "of", "and").</summary>
    private static bool IsCapitalisedWords(ReadOnlySpan<char> name)
    {
        int words = 0;
        foreach (System.Range r in name.Split(' '))
        {
            ReadOnlySpan<char> w = name[r];
            if (w.Length == 0)
            {
                continue;
            }

            if (!char.IsUpper(w[0]) && w is not ("&" or "of" or "and"))
            {
                return false;
            }

            words++;
        }

        return words is >= 1 and <= 4;
    }

    // Documents that name their counterparty: "Invoice from Massive Dynamic", "NDA - Massive Dynamic.pdf", "Contract with …".
    private static readonly PhraseList s_counterpartyCues = PhraseList.Of(
        "invoice from", "quote from", "quotation from", "offer from", "proposal from", "contract with", "agreement with", "nda with", "msa with",
        "sow with", "nda -", "msa -", "sow -", "dpa -", "nda –", "msa –", "sow –", "purchase order from", "remittance from", "statement from",
        "rechnung von", "angebot von", "vertrag mit", "facture de", "devis de", "contrat avec", "factura de", "contrato con", "fattura da",
        "invoice to", "invoice for", "bill from", "bill to", "reference letter from",
        "purchase order for", "purchase order to", "order from", "quote for", "quotation for", "proposal for", "estimate for", "estimate from",
        "credit note for", "credit note from", "statement for", "offer letter from", "remittance advice from", "direct debit to",
        "rechnung an", "gutschrift für", "angebot für", "auftrag von", "lastschrift von", "überweisung an", "facture pour", "devis pour",
        "factura para", "presupuesto para", "fattura per", "factuur van", "factuur aan", "offerte van", "faktura från", "faktura fra",
        "lasku yritykseltä", "faktura od", "faktura dla");

    /// <summary>The party after a document's cue: one to four capitalised words, not a person's name or a household company.</summary>
    private static void FindCounterparties(ReadOnlySpan<char> text, ref Findings found)
    {
        for (int i = text.IndexOf(' '); i > 0 && i < text.Length - 1; i = IndexFrom(text, i + 1, " "))
        {
            if (!s_counterpartyCues.EndsWithAny(text[..i]))
            {
                continue;
            }

            int start = i + 1;
            int end = start;
            int words = 0;
            while (words < 4 && end < text.Length && char.IsUpper(text[end]))
            {
                int e = WordEndOf(text, end);
                if (e == end)
                {
                    break;
                }

                end = e;
                words++;
                // "Kessler & Vogt": an ampersand joins the partners' names.
                if (At(text, end) == ' ' && At(text, end + 1) == '&' && At(text, end + 2) == ' ' && char.IsUpper(At(text, end + 3)))
                {
                    end += 3;
                }

                if (At(text, end) != ' ' || !char.IsUpper(At(text, end + 1)))
                {
                    break;
                }

                end++;
            }

            while (end > start && text[end - 1] is ' ' or '.')
            {
                end--;
            }

            // A file's extension is not the name's: "NDA - Massive Dynamic.pdf".
            int dot = text[start..end].LastIndexOf('.');
            if (dot > 0 && RepoDetector.IsFileExtension(text[(start + dot + 1)..end]))
            {
                end = start + dot;
            }

            ReadOnlySpan<char> name = text[start..end];
            ReadOnlySpan<char> firstWord = FirstWord(name);
            ReadOnlySpan<char> lastWord = name[(name.LastIndexOf(' ') + 1)..];
            // The name ends the clause ("… - Gmail", ".pdf", end); a person is a first name, or an ambiguous one before a family name.
            bool endsClause = end >= text.Length || text[end] is '.' or ',' or '(' or ')' or '_' or '!' or ':' || (text[end] == ' ' && !char.IsLower(At(text, end + 1)))
                || (text[end] == ' ' && IsOneOf(NextWordOf(text, end + 1), s_clauseVerbs));
            // "Corbin Agritech": a first name before a word no family name ends like is a company's name.
            bool person = (Lexicon.IsClearFirstName(firstWord) && !(words >= 2 && LooksLikeCompanyWord(lastWord)))
                || (words >= 2 && Lexicon.IsFirstName(firstWord, out _) && Lexicon.IsFamilyName(lastWord, out _));
            if (words == 0 || !endsClause || person || IsOneOf(firstWord, s_publicCompanies) || IsOneOf(name, s_workspaceNotNames)
                || (words == 1 && Lexicon.IsCommonWord(name)) || found.Overlaps(start, end))
            {
                continue;
            }

            found.Add(start, end - start, PiiKind.Org, 3);
        }
    }

    // Verbs a mail subject puts after its party: "Your invoice from Pellmore Studio is ready".
    private static readonly WordSet s_clauseVerbs = WordSet.Of(["is", "has", "was", "are", "have", "sent", "shared", "paid", "due", "ready", "signed", "available", "received", "ist", "est"]);

    private static ReadOnlySpan<char> NextWordOf(ReadOnlySpan<char> text, int start)
    {
        int end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[start..end];
    }

    /// <summary>A word made like a company's ("Agritech", "Nordsoft", "Bytelabs", "Cloudworks"), or a company-type word.</summary>
    private static bool LooksLikeCompanyWord(ReadOnlySpan<char> word) =>
        IsOneOf(word, s_typedWords) || IsOneOf(word, s_legalWords) || !Lexicon.IsFamilyName(word, out _) && !Lexicon.IsFirstName(word, out _)
            && (word.EndsWith("tech", StringComparison.OrdinalIgnoreCase) || word.EndsWith("soft", StringComparison.OrdinalIgnoreCase)
                || word.EndsWith("ware", StringComparison.OrdinalIgnoreCase) || word.EndsWith("works", StringComparison.OrdinalIgnoreCase)
                || word.EndsWith("labs", StringComparison.OrdinalIgnoreCase) || word.EndsWith("tronics", StringComparison.OrdinalIgnoreCase)
                || word.EndsWith("logic", StringComparison.OrdinalIgnoreCase) || word.EndsWith("corp", StringComparison.OrdinalIgnoreCase)
                || word.EndsWith("Supply", StringComparison.Ordinal) || word.EndsWith("Studio", StringComparison.Ordinal) || word.EndsWith("Mechanical", StringComparison.Ordinal));

    /// <summary>Capitalised words, not all of them common ("Harbour Freight", not "Download the"): a name.</summary>
    private static bool IsNameOfWords(ReadOnlySpan<char> name)
    {
        foreach (System.Range r in name.Split(' '))
        {
            ReadOnlySpan<char> w = name[r];
            if (w.Length > 0 && !char.IsUpper(w[0]) && w is not ("&" or "of" or "and" or "und" or "et" or "de"))
            {
                return false;
            }
        }

        return !AllCommon(name);
    }

    private static readonly WordSet s_partyLabels = WordSet.Of(
        ["opportunity", "account", "company", "client", "customer", "vendor", "supplier", "deal", "organization", "organisation", "org",
         "employer", "lead", "partner", "prospect", "merchant", "payee", "counterparty", "tenant", "debtor", "creditor",
         "current company", "current employer", "previous employer", "former employer", "company name", "client name", "customer name",
         "account name", "organization name", "organisation name", "employer name", "bill to", "ship to", "sold to", "beneficiary", "consignee",
         "shipper", "consignor", "landlord", "lessor", "lessee", "contractor", "subcontractor", "licensee", "licensor", "insured",
         "policyholder", "matter", "supplier name", "vendor name", "debitor", "kreditor", "kunde", "lieferant",
         "firma", "arbeitgeber", "auftraggeber", "mandant", "empfänger", "zahlungsempfänger", "gläubiger", "vermieter", "société", "entreprise",
         "fournisseur", "employeur", "bénéficiaire", "bailleur", "cliente", "proveedor", "empresa", "empleador", "beneficiario", "fornecedor",
         "empregador", "fornitore", "azienda", "klant", "leverancier", "werkgever", "opdrachtgever", "kund", "leverantör", "arbetsgivare",
         "kunde", "leverandør", "arbejdsgiver", "arbeidsgiver", "asiakas", "toimittaja", "työnantaja", "klient", "dostawca", "pracodawca",
         "kontrahent", "müşteri", "tedarikçi", "işveren"]);

    private static void AddWorkspace(ReadOnlySpan<char> text, int start, int end, ref Findings found)
    {
        ReadOnlySpan<char> name = text[start..end];
        if (name.Length < 2 || name.Length > 40 || name.IndexOfAnyInRange('0', '9') >= 0 || name[0] is '#' or '@' || IsOneOf(name, s_workspaceNotNames) || ChatInterface.IsPage(name)
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
