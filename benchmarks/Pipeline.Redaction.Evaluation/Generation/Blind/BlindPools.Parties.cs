namespace Pipeline.Redaction.Evaluation.Generation.Blind;

internal static partial class BlindPools
{
    /// <summary>Made-up companies with the legal forms of many countries: the private parties of contracts, CRM and billing.</summary>
    public static IReadOnlyList<string> Orgs { get; } =
    [
        "Harrowgate Freight Ltd", "Sørvik Marine AS", "Tanaka Seiki K.K.", "Quintero Hermanos S.A. de C.V.", "Blauwhaven B.V.",
        "Kivimäki Rakennus Oy", "Brennholz Technik GmbH", "Lindqvist & Berg AB", "Ferraz Alimentos Ltda.", "Osei Cocoa Exporters Ltd",
        "Marchetti Tessuti S.p.A.", "Novák Strojírna s.r.o.", "Wiśniewski Logistyka Sp. z o.o.", "Kettering Dental Group LLC",
        "Pinecrest Analytics Inc.", "Aldana Consultores S.L.", "Mbeki Solar (Pty) Ltd", "Ironhill Capital LLP", "Duval Frères SAS",
        "Halvorsen Fisk ApS", "Rajan Textiles Pvt. Ltd.", "Moana Tours Ltd", "Szabó és Társa Kft.", "Greywater Biotech PLC",
        "Olsztyn Meble S.A.", "Kowhai Orchards Limited", "Basalt Ridge Holdings Corp.", "Nakamura Shoji Co., Ltd.",
    ];

    /// <summary>Slack workspaces and Teams tenants as the app names them (the company without its legal form).</summary>
    public static IReadOnlyList<string> Workspaces { get; } =
        ["Harrowgate Freight", "Pinecrest Analytics", "Ironhill Capital", "Greywater Biotech", "Kettering Dental", "Basalt Ridge", "Blauwhaven", "Sørvik Marine"];

    public static IReadOnlyList<string> RepoOwners { get; } =
        ["pinecrest-analytics", "greywater-bio", "harrowgate", "ironhill-cap", "tidewaterlabs", "kestrel-works", "mbali-dev", "quillon-gmbh", "olu-adeyemi", "sanne-devries"];

    public static IReadOnlyList<string> RepoNames { get; } =
        ["ledger-sync", "claims-portal", "fleet-telemetry", "edge-gateway", "tariff-engine", "pricing-svc", "ml-forecast", "infra-live", "mobile-checkout", "docs-internal", "kyc-checks", "dotfiles"];

    /// <summary>Slack and Discord channel names with their <c>#</c>.</summary>
    public static IReadOnlyList<string> Channels { get; } =
    [
        "#inc-2291-payments-outage", "#deal-harrowgate-renewal", "#team-data-platform", "#hr-leave-requests", "#proj-atlas-migration",
        "#sales-emea", "#oncall-sre", "#ext-ironhill-shared", "#legal-contracts", "#eng-frontend", "#announcements", "#watercooler",
        "#recruiting-backend-2026", "#board-prep", "#ops-warehouse-lodz", "#random", "#general", "#help-it",
    ];

    /// <summary>Channel names as Teams, Mattermost and Google Chat show them, without <c>#</c>.</summary>
    public static IReadOnlyList<string> PlainChannels { get; } =
        ["Quarterly Close", "Incident Bridge", "Customer Escalations", "Site Reliability", "Hiring Panel - Backend", "town-square", "off-topic", "Finance Approvals", "Works Council"];

    /// <summary>Street addresses in each country's order, as template patterns.</summary>
    public static IReadOnlyList<string> Addresses { get; } =
    [
        "{int:10-9800} {one:Maple|Larkspur|Juniper|Hawthorne|Cedar Ridge} {one:Ave|St|Blvd|Dr|Lane}, {one:Portland, OR 97214|Austin, TX 78704|Columbus, OH 43215|Raleigh, NC 27601}",
        "{int:100-4800} {one:Elm|Fairview|Oakmont} {one:St|Road}, {one:Apt|Unit|Suite} {int:1-40}{one:A|B|C|}, {one:Denver, CO 80205|Madison, WI 53703|Tucson, AZ 85719}",
        "{int:2-180} {one:Chapel Row|Wellington Road|Kingsley Close|Abbotsford Lane}, {one:Bath BA1 2HN|Leeds LS6 3AB|Bristol BS8 4QT|Norwich NR2 1JD}",
        "{one:Lindenallee|Am Sandtorkai|Kastanienweg|Bergmannstraße} {int:1-140}, {one:50968 Köln|20457 Hamburg|10961 Berlin|04109 Leipzig}",
        "{int:1-98} {one:rue des Lilas|avenue Jean Jaurès|boulevard Gambetta|rue de la République}, {one:69003 Lyon|33000 Bordeaux|31000 Toulouse|44000 Nantes}",
        "{one:Calle de Alcalá|Carrer de Mallorca|Avenida de la Constitución} {int:1-400}, {int:1-6}º {one:A|B|C|D}, {one:28009 Madrid|08013 Barcelona|41001 Sevilla}",
        "{one:Via Garibaldi|Corso Vittorio Emanuele II|Via dei Mille} {int:1-200}, {one:10122 Torino|20121 Milano|80132 Napoli}",
        "{one:Prinsengracht|Oudegracht|Witte de Withstraat} {int:2-600}{one:-1|-2|A|}, {one:1016 HK Amsterdam|3511 AL Utrecht|3012 BK Rotterdam}",
        "{int:1-5}-{int:1-20}-{int:1-30} {one:Ebisu|Nishi-Shinjuku|Umeda|Sakae}, {one:Shibuya-ku, Tokyo 150-0013|Shinjuku-ku, Tokyo 160-0023|Kita-ku, Osaka 530-0001|Naka-ku, Nagoya 460-0008}",
        "{one:Rua Augusta|Avenida Paulista|Rua das Laranjeiras}, {int:10-2500} - {one:Consolação, São Paulo - SP, 01304-001|Bela Vista, São Paulo - SP, 01310-100|Laranjeiras, Rio de Janeiro - RJ, 22240-003}",
        "{int:10-900} {one:Queen St W|Rue Sainte-Catherine O|Granville St}, {one:Toronto, ON M5H 2N2|Montréal, QC H3B 1A7|Vancouver, BC V6C 1T2}",
        "{one:Level|Unit|Suite} {int:2-30}, {int:1-400} {one:Pitt St|Collins St|Adelaide St}, {one:Sydney NSW 2000|Melbourne VIC 3000|Brisbane QLD 4000}",
        "{one:Flat|House No.} {int:1-90}{one:A|B|}, {int:1-200} {one:MG Road|Linking Road|Anna Salai}, {one:Bengaluru 560001|Mumbai 400050|Chennai 600002}",
        "ul. {one:Marszałkowska|Piotrkowska|Długa} {int:1-200}/{int:1-90}, {one:00-514 Warszawa|90-001 Łódź|80-827 Gdańsk}",
        "{one:Drottninggatan|Storgatan|Kungsgatan} {int:1-120}, {one:111 21 Stockholm|411 07 Göteborg|211 34 Malmö}",
        "{one:Bahnhofstrasse|Seefeldstrasse|Rue du Rhône} {int:1-200}, {one:8001 Zürich|8008 Zürich|1204 Genève}",
        "{int:10-300} {one:Jan Smuts Ave|Long St|Florida Rd}, {one:Rosebank, Johannesburg 2196|Cape Town 8001|Durban 4001}",
        "{one:Hauptplatz|Mariahilfer Straße|Herrengasse} {int:1-120}/{int:1-20}, {one:1060 Wien|8010 Graz|4020 Linz}",
    ];

    /// <summary>Just a number and a street, as ride-hailing and delivery apps show a pickup point.</summary>
    public static IReadOnlyList<string> ShortAddresses { get; } =
    [
        "{int:10-4800} {one:Larkspur|Juniper|Fairview|Harbor|Mission Bay} {one:Ave|St|Blvd|Dr}",
        "{one:Kastanienweg|Bergmannstraße|Oudegracht|Storgatan|Piotrkowska} {int:1-140}",
        "{int:1-98} {one:rue des Lilas|avenue Jean Jaurès|boulevard Gambetta}",
    ];
}
