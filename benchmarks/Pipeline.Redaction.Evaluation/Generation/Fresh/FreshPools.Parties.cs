namespace Pipeline.Redaction.Evaluation.Generation.Fresh;

internal static partial class FreshPools
{
    /// <summary>Invented companies with the legal form of their country; none is meant to be a real firm.</summary>
    public static IReadOnlyList<string> Orgs { get; } =
    [
        "Brunnhof Logistik GmbH", "Vellmar Energie AG", "Kranich & Söhne KG", "Oostkade Vastgoed B.V.", "Meerzicht Installatie B.V.",
        "Lumière Conseil SARL", "Atelier Vauban SAS", "Altamira Seguros S.L.", "Construcciones Peñalara S.A.", "Kivijärvi Oy",
        "Sakura Seimitsu K.K.", "株式会社ミナト精機", "Tamarind Labs Inc.", "Castelo Branco Alimentos Ltda.", "Fjellvind AS",
        "Nordkap Handel AB", "Greywater Analytics Ltd", "Parvati Infotech Pvt Ltd", "Quillmark LLC", "Bellatrix Ottica S.p.A.",
        "Wrzos Logistyka Sp. z o.o.", "Halvorsen & Dahl ApS", "Ridgefield Dental Group, PLLC", "Coral Bay Holdings Pty Ltd",
        "Anatolia Tekstil A.Ş.", "Marisol Importaciones S.A. de C.V.", "Obsidian Row Partners LLP", "Edelweiss Treuhand AG",
    ];

    /// <summary>Owners and names of private-looking repositories (invented organisations and users).</summary>
    public static IReadOnlyList<string> RepoOwners { get; } =
    [
        "brunnhof", "tamarind-labs", "oostkade-dev", "kivijarvi-it", "quillmark", "parvati-infotech", "fjellvind", "nordkap-bank",
        "lhoffmann", "arjun-iyer", "camille-lfv", "yuki-tnk", "gabi-souza", "eetu-v", "castelobranco-ti", "greywater-eng",
    ];

    public static IReadOnlyList<string> RepoNames { get; } =
    [
        "billing-api", "ledger-core", "infra-terraform", "mobile-app", "hr-portal", "data-pipelines", "kyc-service", "payroll-export",
        "dotfiles", "thesis-latex", "warehouse-scanner", "customer-portal", "edi-gateway", "helm-charts", "ml-forecast", "pricing-engine",
        "onboarding-docs", "android-kasse", "site-vitrine", "tarifrechner",
    ];

    /// <summary>Chat channels as a team names them.</summary>
    public static IReadOnlyList<string> Channels { get; } =
    [
        "proj-falcon", "team-payments", "ops-oncall", "general", "random", "kundensupport", "equipe-produit", "soporte-clientes",
        "inc-2291-checkout-down", "deal-oostkade", "hr-confidential", "release-train", "sales-dach", "vendas-sp", "eng-backend",
        "tokyo-office", "bengaluru-hiring", "design-crit", "standup", "fin-close-q4", "legal-nda", "ext-tamarind",
    ];

    /// <summary>Street addresses in the formats of 13 countries (patterns: <c>{n:a-b}</c> fills a house number).</summary>
    public static IReadOnlyList<string> Addresses { get; } =
    [
        "Lindenstraße {n:1-140}, 80331 München", "Am Sandtorkai {n:1-80}, 20457 Hamburg", "Bergmannstr. {n:2-99}, 10961 Berlin",
        "Kölner Str. {n:3-210}a, 40211 Düsseldorf", "{n:2-90} rue des Tanneurs, 69002 Lyon", "{n:1-60} bis avenue Jean-Jaurès, 31000 Toulouse",
        "{n:1-120} boulevard Voltaire, 75011 Paris", "Calle de Alcalá {n:10-300}, 3º B, 28009 Madrid", "Carrer de Mallorca {n:100-600}, 08013 Barcelona",
        "Keizersgracht {n:100-700}-H, 1016 DV Amsterdam", "Oudegracht {n:10-330}, 3511 AV Utrecht", "{n:1-9}-{n:1-30}-{n:1-20} Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023",
        "東京都渋谷区神南{n:1-2}-{n:1-20}-{n:1-15}", "大阪府大阪市北区梅田{n:1-3}-{n:1-12}-{n:1-20}", "Flat {n:101-905}, Sai Residency, 14th Cross, Indiranagar, Bengaluru 560038",
        "{n:12-88}, Linking Road, Bandra West, Mumbai 400050", "Rua Augusta, {n:100-2500}, apto {n:11-98}, São Paulo - SP, 01304-001",
        "Av. Atlântica, {n:1000-4000}, Copacabana, Rio de Janeiro - RJ, 22021-001", "Storgatan {n:1-60}, 114 55 Stockholm",
        "Markveien {n:1-70}B, 0554 Oslo", "Nørrebrogade {n:1-200}, 2. tv, 2200 København N", "Mannerheimintie {n:1-90} B {n:1-40}, 00100 Helsinki",
        "{n:100-4999} Pine St, Apt {n:1-30}, Seattle, WA 98101", "{n:10-999} Elm Street, Springfield, IL 62704", "Flat {n:1-9}, {n:2-180} Elmwood Road, Leeds LS6 2AB",
        "Via Roma {n:1-200}, 10121 Torino", "ul. Marszałkowska {n:1-150}/{n:1-60}, 00-624 Warszawa",
    ];

    /// <summary>Cities and regions alone: not addresses.</summary>
    public static IReadOnlyList<string> Places { get; } =
    [
        "Paris", "Lyon", "München", "Jordan", "Amsterdam", "Kyoto", "Bengaluru", "São Paulo", "Tromsø", "Lisbon", "Madrid", "Florence",
        "Chelsea", "Victoria", "Georgia", "Sydney", "Helsinki", "Aarhus", "Porto Alegre", "Osaka", "Marseille", "Brooklyn",
    ];
}
