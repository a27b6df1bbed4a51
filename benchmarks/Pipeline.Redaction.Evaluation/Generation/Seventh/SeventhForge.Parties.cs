namespace Pipeline.Redaction.Evaluation.Generation.Seventh;

/// <summary>The seventh family's invented companies, repositories, channels, street addresses and personal links.</summary>
internal static partial class SeventhForge
{
    private sealed record OrgRegion(string[] Stems, string[] Trades, string[] Forms);

    private static readonly OrgRegion[] s_orgRegions =
    [
        new(["Kestrel", "Brightwater", "Oakhurst", "Dunmore", "Bluecurrent", "Silverline", "Amberley", "Cedar Point", "Harlow", "Quillon"],
            ["Freight", "Dental Group", "Property Management", "Capital Partners", "Analytics", "Staffing", "Home Care", "Title & Escrow", "Roofing"],
            ["LLC", "Inc.", "Corp.", "LLP", "Co."]),
        new(["Fernhill", "Ashcombe", "Thistledown", "Penrose", "Galloway"], ["Lettings", "Accountancy", "Joinery", "Recruitment", "Veterinary"], ["Ltd", "Limited", "LLP", "plc"]),
        new(["Tillmann", "Brenner", "Wübbena", "Hinrichs", "Oltmanns"], ["Bau", "Steuerberatung", "Logistik", "Immobilien", "Pflegedienst"], ["GmbH", "GmbH & Co. KG", "AG", "UG (haftungsbeschränkt)"]),
        new(["Abadie", "Roussel", "Péricard", "Dumoulin"], ["Transports", "Conseil", "Immobilier", "Pharmacie"], ["SARL", "SAS", "SA"]),
        new(["Lumen", "Urquiza", "Altamirano", "Sanjurjo"], ["Recursos Humanos", "Asesores", "Inmobiliaria", "Logística"], ["S.L.", "S.A.", "S.L.U."]),
        new(["Piovesan", "Nogueira", "Fagundes"], ["Importadora", "Contabilidade", "Seguros", "Transportes"], ["Ltda.", "S.A.", "ME"]),
        new(["Castellano", "Ferraresi", "Lo Presti"], ["Arredi", "Assicurazioni", "Costruzioni"], ["S.r.l.", "S.p.A."]),
        new(["Van Dijk", "Hoekstra", "Kuipers"], ["Installatietechniek", "Makelaardij", "Transport"], ["B.V.", "N.V."]),
        new(["Nordvik", "Lindholm", "Sjöberg", "Holmgaard", "Saarinen"], ["Fisk", "Bygg", "Revision", "Shipping"], ["AB", "AS", "ApS", "Oy"]),
        new(["Grabowski", "Zieliński"], ["Transport", "Usługi Księgowe"], ["Sp. z o.o.", "S.A."]),
        new(["Aydın", "Öztürk"], ["Lojistik", "Tekstil"], ["A.Ş.", "Ltd. Şti."]),
        new(["Vantara", "Raghunathan", "Deshpande"], ["Textiles", "Infotech", "Pharma"], ["Pvt Ltd", "Private Limited", "LLP"]),
        new(["Sakura", "Fujimoto", "Ishikawa"], ["Shokai", "Logistics", "Trading"], ["K.K.", "Co., Ltd."]),
        new(["Redgum", "Wattle Creek", "Kookaburra"], ["Strata", "Plumbing", "Conveyancing"], ["Pty Ltd"]),
        new(["Mwangi", "Adeyemi", "Odhiambo"], ["Agro", "Ventures", "Logistics"], ["Ltd", "Limited", "PLC"]),
        new(["Kovács", "Szabó"], ["és Társa", "Építő"], ["Kft.", "Zrt."]),
    ];

    /// <summary>A company with its legal form; argument <c>glued</c> joins it with <c>_</c> for a file name (no dots or commas).</summary>
    private static string Org(GenerationContext c, string? arg)
    {
        OrgRegion region = c.Pick(s_orgRegions);
        string name = c.Pick(region.Stems) + " " + c.Pick(region.Trades) + " " + c.Pick(region.Forms);
        if (arg == "glued")
        {
            return name.Replace(".", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal)
                .Replace("(", string.Empty, StringComparison.Ordinal).Replace(")", string.Empty, StringComparison.Ordinal)
                .Replace(" & ", "_", StringComparison.Ordinal).Replace(' ', '_');
        }
        return name;
    }

    /// <summary>A company without legal form, as Slack or OneDrive write a workspace or tenant.</summary>
    private static string Workspace(GenerationContext c, string? arg)
    {
        OrgRegion region = c.Pick(s_orgRegions);
        return c.Pick(region.Stems) + " " + c.Pick(region.Trades);
    }

    private static readonly string[] s_repoOwners =
        ["kestrel-freight", "brightwater-health", "elmford-council", "harlow-legal", "tillmann-it", "meridian-claims", "oakridge-isd",
         "nordvik-dev", "sunpeak-retail", "vantara-labs", "fernhill-data", "piovesan-sistemas", "cobaltbay"];

    private static readonly string[] s_repoNames =
        ["payroll-api", "claims-portal", "route-optimizer", "ehr-bridge", "tax-filing-2026", "infra-terraform", "patient-intake", "gradebook",
         "tenant-screening", "pos-firmware", "booking-engine", "kyc-service", "dotfiles", "helm-charts", "benefits-enrolment", "label-printer",
         "parcel-tracker", "docket-sync", "loyalty-app", "rates-engine"];

    /// <summary><c>owner/name</c>; argument <c>person</c> takes the owner from the current person's login.</summary>
    private static string Repo(GenerationContext c, string? arg)
    {
        string owner = arg == "person" ? Login(c, null).Replace('.', '-').Replace('_', '-') : c.Pick(s_repoOwners);
        return owner + "/" + c.Pick(s_repoNames);
    }

    private static readonly string[] s_channelStems =
        ["proj-", "team-", "inc-", "hr-", "claims-", "ops-", "sales-", "legal-", "ward-", "store-", "fin-", "recruit-"];

    private static readonly string[] s_channelTails =
        ["eu-rollout", "q3-close", "night-shift", "payroll", "intake", "returns", "renewals", "onboarding", "audit-2026", "pricing", "dispatch",
         "escalations", "berlin", "lagos", "apac", "offsite", "hiring-panel", "tenders"];

    private static string Channel(GenerationContext c, string? arg) =>
        c.Random.Chance(0.1) ? c.Pick(new[] { "general", "random", "announcements", "watercooler" }) : c.Pick(s_channelStems) + c.Pick(s_channelTails) + (c.Random.Chance(0.15) ? "-" + c.Random.Between(2, 9) : string.Empty);

    /// <summary>A street address in the writing of the argument's country (none picks one).</summary>
    private static string Address(GenerationContext c, string? arg)
    {
        string country = arg ?? c.Pick(new[] { "us", "gb", "de", "fr", "es", "jp", "nl", "br", "au", "in", "ca", "it", "pl", "se", "mx", "za" });
        int n = c.Random.Between(1, 240);
        return country switch
        {
            "us" => $"{c.Random.Between(100, 9899)} {c.Pick(new[] { "Juniper", "Larkspur", "Old Mill", "Kessler", "Alder Creek", "Bayview" })} {c.Pick(new[] { "St", "Ave", "Rd", "Blvd", "Ln", "Dr" })}{(c.Random.Chance(0.4) ? ", Apt " + c.Shape("##&") : string.Empty)}, {c.Pick(new[] { "Tacoma, WA 984", "Dayton, OH 454", "Tucson, AZ 857", "Raleigh, NC 276", "Albany, NY 122" })}{c.Shape("##")}",
            "gb" => $"{n} {c.Pick(new[] { "Ashgrove Road", "Mill Lane", "Queen's Terrace", "Cawdor Crescent" })}, {c.Pick(new[] { "Leeds LS6 ", "Bristol BS7 ", "Glasgow G12 ", "Norwich NR2 " })}{c.Shape("#&&")}",
            "de" => $"{c.Pick(new[] { "Lindenstraße", "Am Wiesengrund", "Hafenweg", "Kastanienallee" })} {n}{(c.Random.Chance(0.2) ? "a" : string.Empty)}, {c.Shape("#####")} {c.Pick(new[] { "Bremen", "Leipzig", "Köln", "Kassel" })}",
            "fr" => $"{n} {c.Pick(new[] { "rue des Tanneurs", "avenue Jean-Jaurès", "boulevard Vauban", "impasse des Lilas" })}, {c.Shape("#####")} {c.Pick(new[] { "Lyon", "Nantes", "Lille", "Rennes" })}",
            "es" => $"{c.Pick(new[] { "Calle de Toledo", "Avinguda Diagonal", "Calle Mayor", "Paseo de Gracia" })}, {n}, {c.Random.Between(1, 8)}º {c.Pick(new[] { "A", "B", "C", "D" })}, {c.Shape("#####")} {c.Pick(new[] { "Madrid", "Barcelona", "Sevilla", "Bilbao" })}",
            "jp" => $"{c.Random.Between(1, 5)}-{c.Random.Between(1, 30)}-{c.Random.Between(1, 20)} {c.Pick(new[] { "Ebisu", "Nishiazabu", "Kichijoji", "Umeda" })}, {c.Pick(new[] { "Shibuya-ku, Tokyo", "Minato-ku, Tokyo", "Musashino-shi, Tokyo", "Kita-ku, Osaka" })} {c.Shape("###-####")}",
            "nl" => $"{c.Pick(new[] { "Prinsengracht", "Kerkstraat", "Oudegracht", "Molenweg" })} {n}, {c.Shape("%###")} {c.Shape("&&")} {c.Pick(new[] { "Amsterdam", "Utrecht", "Groningen", "Zwolle" })}",
            "br" => $"Rua {c.Pick(new[] { "das Palmeiras", "Augusta", "Voluntários da Pátria", "XV de Novembro" })}, {n}, {c.Pick(new[] { "apto 42, ", "bloco B, ", string.Empty })}{c.Pick(new[] { "São Paulo - SP", "Curitiba - PR", "Recife - PE" })}, {c.Shape("#####-###")}",
            "au" => $"{c.Pick(new[] { "Unit 4/", "", "" })}{n} {c.Pick(new[] { "Wattle Street", "Beach Road", "Bourke Parade", "Kingsford Avenue" })}, {c.Pick(new[] { "Newtown NSW 2042", "Fitzroy VIC 3065", "Paddington QLD 4064", "Subiaco WA 6008" })}",
            "in" => $"Flat {c.Random.Between(101, 1204)}, {c.Pick(new[] { "Lotus Residency", "Shanti Apartments", "Green Park Towers" })}, {c.Pick(new[] { "MG Road, Bengaluru 5600", "Linking Road, Mumbai 4000", "Anna Salai, Chennai 6000" })}{c.Shape("##")}",
            "ca" => $"{c.Random.Between(10, 9999)} {c.Pick(new[] { "Rue Sherbrooke O", "Bloor St W", "Granville St", "Jasper Ave" })}, {c.Pick(new[] { "Montréal, QC H3A ", "Toronto, ON M5S ", "Vancouver, BC V6Z ", "Edmonton, AB T5J " })}{c.Shape("#&#")}",
            "it" => $"Via {c.Pick(new[] { "Garibaldi", "dei Mille", "San Vitale", "Roma" })} {n}, {c.Shape("#####")} {c.Pick(new[] { "Bologna", "Torino", "Napoli", "Verona" })}",
            "pl" => $"ul. {c.Pick(new[] { "Piękna", "Długa", "Mickiewicza", "Kwiatowa" })} {n}/{c.Random.Between(1, 60)}, {c.Shape("##-###")} {c.Pick(new[] { "Kraków", "Gdańsk", "Wrocław", "Poznań" })}",
            "se" => $"{c.Pick(new[] { "Storgatan", "Björkvägen", "Drottninggatan" })} {n}, {c.Shape("### ##")} {c.Pick(new[] { "Uppsala", "Malmö", "Göteborg" })}",
            "mx" => $"{c.Pick(new[] { "Av. Insurgentes Sur", "Calle Durango", "Av. Vallarta" })} {c.Random.Between(100, 3999)}, {c.Pick(new[] { "Col. Roma Norte", "Col. Del Valle", "Col. Americana" })}, {c.Shape("#####")} {c.Pick(new[] { "CDMX", "Guadalajara, Jal." })}",
            _ => $"{n} {c.Pick(new[] { "Loop Street", "Jan Smuts Avenue", "Florida Road" })}, {c.Pick(new[] { "Cape Town 8001", "Johannesburg 2196", "Durban 4001" })}",
        };
    }

    /// <summary>A short <c>number street</c> as ride-hailing and delivery apps write a pickup.</summary>
    private static string ShortAddress(GenerationContext c, string? arg) =>
        $"{c.Random.Between(2, 2999)} {c.Pick(new[] { "Valencia St", "Rua Augusta", "Calle Mayor", "Bloor St W", "Kastanienallee", "Oxford Rd", "Jalan Sudirman" })}";

    private static string Slug(GenerationContext c)
    {
        PersonName p = CurrentPerson(c);
        return Ascii(p.Given.Split(' ')[0]) + "-" + Ascii(p.Family);
    }

    /// <summary>A link that names or invites a person: argument the kind (<c>calendly</c>, <c>cal</c>, <c>linkedin</c>,
    /// <c>zoom</c>, <c>discord</c>, <c>slack</c>, <c>meet</c>, <c>teams</c>, <c>whatsapp</c>, <c>telegram</c>,
    /// <c>github</c>, <c>xing</c>); none picks.</summary>
    private static string PersonalUrl(GenerationContext c, string? arg)
    {
        string kind = arg ?? c.Pick(new[] { "calendly", "cal", "linkedin", "zoom", "discord", "slack", "meet", "teams", "whatsapp", "telegram", "github", "xing" });
        bool scheme = c.Random.Chance(0.7);
        string url = kind switch
        {
            "calendly" => $"calendly.com/{Slug(c)}/{c.Pick(new[] { "30min", "intro-call", "viewing", "consultation", "15min" })}",
            "cal" => $"cal.com/{Slug(c)}/{c.Pick(new[] { "coffee", "office-hours", "30" })}",
            "linkedin" => $"www.linkedin.com/in/{Slug(c)}-{Hex(c, "8")}",
            "zoom" => $"us0{c.Random.Between(2, 6)}web.zoom.us/j/{c.Shape("###########")}?pwd={c.Shape("********************************")}",
            "discord" => $"discord.gg/{c.Shape("**********")}",
            "slack" => $"join.slack.com/t/{c.Pick(s_repoOwners)}/shared_invite/zt-{c.Shape("~~~~~~~~~~~")}-{c.Shape("**********************")}",
            "meet" => $"meet.google.com/{c.Shape("~~~").Replace('0', 'a')}-{c.Shape("~~~~")}-{c.Shape("~~~")}",
            "teams" => $"teams.microsoft.com/l/meetup-join/19%3ameeting_{c.Shape("****************************************")}%40thread.v2/0",
            "whatsapp" => $"chat.whatsapp.com/{c.Shape("**********************")}",
            "telegram" => $"t.me/+{c.Shape("^^^^^^^^^^^^^^^^")}",
            "github" => $"github.com/{Login(c, null).Replace('.', '-').Replace('_', '-')}",
            _ => $"www.xing.com/profile/{CurrentPerson(c).Given.Split(' ')[0]}_{CurrentPerson(c).Family.Replace(' ', '_')}",
        };
        return scheme ? "https://" + url : url;
    }

    /// <summary>A free-text search or record id as a query value: <c>name</c> (a person, <c>+</c> joined), <c>topic</c>,
    /// <c>address</c>, <c>id</c> (digits).</summary>
    private static string QueryValue(GenerationContext c, string? arg)
    {
        switch (arg)
        {
            case "id":
                return c.Shape(c.Pick(new[] { "########", "######", "C#######", "!!!!!!!!!!!!" }));
            case "name":
            {
                PersonName p = DrawPerson(c);
                string joined = Ascii(p.Given.Split(' ')[0]) + "+" + Ascii(p.Family);
                return c.Random.Chance(0.3) ? "%22" + joined + "%22" : joined;
            }
            case "address":
                return $"{c.Random.Between(3, 980)}+{c.Pick(new[] { "maple+ave", "rua+augusta", "lindenstrasse", "queen+st" })}+{c.Pick(new[] { "rent", "flood+zone", "school+district", "parking" })}";
            default:
                return c.Pick(new[]
                {
                    "divorce+lawyer+near+me", "chemo+side+effects+week+3", "how+to+dispute+tax+assessment", "payday+loan+no+credit+check",
                    "symptoms+of+early+pregnancy", "rent+arrears+eviction+notice", "hiv+test+clinic+anonymous", "severance+pay+calculator+germany",
                    "bankruptcy+chapter+7+filing", "therapist+for+anxiety+lisbon", "immigration+visa+appeal+deadline", "custody+hearing+what+to+bring",
                    "adhd+assessment+adults+waiting+list", "second+mortgage+rates", "wie+kündige+ich+meinen+arbeitsvertrag", "avocat+licenciement+abusif",
                }) + (c.Random.Chance(0.4) ? "+" + c.Random.Between(2025, 2026) : string.Empty);
        }
    }
}
