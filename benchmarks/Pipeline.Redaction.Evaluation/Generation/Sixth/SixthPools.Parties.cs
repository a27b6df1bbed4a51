namespace Pipeline.Redaction.Evaluation.Generation.Sixth;

/// <summary>Organisations, e-mail domains, repositories, channels and addresses invented for the sixth family.</summary>
internal static class SixthPoolsParties
{
    /// <summary>Private companies with the legal forms of many countries (customers, employers, counterparties).</summary>
    internal static readonly string[] Orgs =
    [
        "Brightwater Logistics GmbH", "Harrow Peak LLC", "Nordlys Shipping AS", "Vantablue Pty Ltd", "Kagami Trading K.K.",
        "Tessaro Meccanica S.p.A.", "Duna Bau Kft.", "Selva Verde Ltda.", "Marisol Foods S.A. de C.V.", "Ravikiran Textiles Pvt Ltd",
        "Blauwe Haven B.V.", "Polaris Tuulivoima Oy", "Lindqvist Bygg AB", "Czarna Rzeka Sp. z o.o.", "Anadolu Gıda A.Ş.",
        "Maison Lefèvre SAS", "Kōwhai Digital Ltd", "Al Noor Trading LLC", "Sunmi Bio Co., Ltd.", "Quillon Analytics Inc.",
        "Oakridge Dental Partners LLP", "Grünfeld & Söhne KG", "Ironbark Mining Ltd", "Pinecrest Capital LP", "Halvorsen Fisk ASA",
        "Cobaltline Systems Corp.", "Elmstead Property Group Ltd", "Zephyrine Cosmetics SARL", "Baltazar Vinos S.L.", "Sakura Giken Co., Ltd.",
    ];

    /// <summary>Slack workspaces (ORG as the app writes them, with or without a legal form).</summary>
    internal static readonly string[] Workspaces =
        ["Quillon Analytics", "Brightwater Logistics", "Cobaltline", "Harrow Peak", "Vantablue", "Pinecrest Capital", "Kōwhai Digital", "Elmstead"];

    /// <summary>Mail domains: the companies above, and public providers.</summary>
    internal static readonly string[] CompanyDomains =
        ["brightwater-logistics.de", "harrowpeak.com", "nordlys-shipping.no", "vantablue.com.au", "kagami-trading.co.jp", "tessaro.it",
         "selvaverde.com.br", "ravikiran.in", "blauwehaven.nl", "quillon.io", "cobaltline.com", "zephyrine.fr", "sakuragiken.jp", "kowhai.co.nz", "pinecrest.capital"];

    internal static readonly string[] PublicDomains =
        ["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "proton.me", "gmx.de", "web.de", "orange.fr", "libero.it", "uol.com.br", "naver.com", "qq.com", "yandex.ru", "hotmail.com", "fastmail.fm"];

    /// <summary>Private repositories of invented organisations.</summary>
    internal static readonly string[] PrivateRepos =
    [
        "quillon/ledger-api", "cobaltline/infra-terraform", "harrowpeak/mobile-app", "vantablue-eng/payments-gateway", "brightwater/route-planner",
        "pinecrest-cap/risk-models", "kowhai-digital/website", "elmstead/tenant-portal", "zephyrine/shopify-theme", "sakuragiken/firmware",
        "quillon/helm-charts", "cobaltline/sre-runbooks", "nordlys-it/vessel-tracker", "blauwehaven/data-pipeline", "ravikiran-tech/erp-sync",
    ];

    /// <summary>Well-known public repositories (REPO too: a title cannot tell public from private).</summary>
    internal static readonly string[] PublicRepos =
        ["kubernetes/kubernetes", "torvalds/linux", "facebook/react", "rust-lang/rust", "dotnet/runtime", "microsoft/vscode", "hashicorp/terraform", "grafana/grafana", "python/cpython", "golang/go"];

    /// <summary>Team-chat channel names (all labelled, public-looking ones too).</summary>
    internal static readonly string[] Channels =
    [
        "inc-4417-payments-latency", "sre-oncall", "general", "random", "proj-atlas-migration", "team-support-tier2", "deals-emea",
        "hr-confidential", "payroll-ops", "legal-contracts", "clinic-scheduling", "eng-backend", "alerts-prod", "ext-quillon-cobaltline",
        "finance-close", "cs-escalations", "design-crit", "launch-q1", "sales-apac", "oncall-handoff",
    ];

    /// <summary>Street addresses by country, as patterns (<c>{n:…}</c> fills house numbers).</summary>
    internal static readonly string[] Addresses =
    [
        "{n:100-9899} Cedar Hollow Rd, Suite {n:100-450}, Austin, TX 787{n:10-49}",
        "{n:10-999} Mission St, Apt {n:1-30}{one:A|B|C}, San Francisco, CA 941{n:10-34}",
        "{n:1-250} W {n:10-99}th St, New York, NY 100{n:10-40}",
        "{n:1-120} Kelvin Grove, Glasgow G3 {n:1-9}SA",
        "Flat {n:1-40}, {n:1-200} Holloway Road, London N7 {n:1-9}DB",
        "Lindenstraße {n:1-140}, 50674 Köln",
        "Bergmannstr. {n:1-99}a, 10961 Berlin",
        "{n:1-80} rue des Tanneurs, 69002 Lyon",
        "{n:1-40} bis avenue Jean Jaurès, 75019 Paris",
        "{n:1-9}-{n:1-30}-{n:1-20} Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-00{n:10-99}",
        "Prinsengracht {n:100-900}-{n:1-3}, 1016 GV Amsterdam",
        "Calle de Alcalá {n:1-200}, {n:1-8}º B, 28014 Madrid",
        "Via Garibaldi {n:1-90}, 20121 Milano MI",
        "Unit {n:1-20}, {n:1-90} Wattle St, Fitzroy VIC 3065",
        "{n:100-990} Rue Saint-Paul O, Montréal, QC H2Y 2A{n:1-9}",
        "Rua Augusta {n:100-2900}, apto {n:11-99}, São Paulo - SP, 01304-0{n:10-99}",
        "Flat {n:101-909}, Sai Residency, 14th Cross, Indiranagar, Bengaluru 5600{n:10-99}",
        "ul. Marszałkowska {n:1-140}/{n:1-60}, 00-{n:100-999} Warszawa",
        "Storgatan {n:1-60}, 114 {n:10-99} Stockholm",
        "Bahnhofstrasse {n:1-90}, 8001 Zürich",
        "{n:1-99} Queen Street West, Toronto, ON M5H 2N{n:1-9}",
        "{n:10-400} Ponsonby Road, Ponsonby, Auckland 10{n:11-99}",
    ];

    /// <summary>Ride-hailing pickups: a short number and street.</summary>
    internal static readonly string[] ShortAddresses =
        ["{n:10-3999} Valencia St", "{n:10-999} Harbord St", "{n:1-400} Elm Avenue", "{n:10-999} Oak Park Blvd", "{n:1-300} Kingsland Rd", "{n:10-900} Lakeshore Dr"];
}
