namespace Pipeline.Redaction.Evaluation.Generation;

/// <summary>
/// Values for the held-out family, disjoint from <see cref="DevPools"/>. Countries: US (other forms), Japan, Brazil,
/// Spain, Italy, Australia, Mexico, Netherlands, Korea, Switzerland (phones); BE, CH, AT, PL, PT, IE, SE, NO, BR, TR
/// (IBANs); Spain, Netherlands, Italy, Brazil, India, Australia, Canada (addresses). Card networks Amex, Discover,
/// JCB, Mastercard 2-series, Diners, UnionPay. Separators include the en dash and the bullet, which dev never uses.
/// </summary>
internal static class HeldoutPools
{
    public static ValuePools Create() => new()
    {
        Family = "heldout",
        Separators = [" – ", " – ", " · ", " · ", " | ", " — ", " • ", " - "],
        Cultures =
        [
            new("it-IT", ["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Davide"], ["Bianchi", "Ferrari", "Esposito", "Romano", "Colombo", "Ricci"]),
            new("fr-FR", ["Camille", "Julien", "Chloé", "Mathieu", "Élodie", "Antoine"], ["Dubois", "Lefèvre", "Moreau", "Girard", "Fournier", "Lambert"]),
            new("ko-KR", ["Ji-woo", "Min-jun", "Seo-yeon", "Hyun-woo", "Soo-ah"], ["Choi", "Jung", "Kang", "Yoon", "Lim", "Han"]),
            new("tr-TR", ["Elif", "Mehmet", "Zeynep", "Emre", "Ayşe", "Burak"], ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın"]),
            // Polish family names in -ski/-ska agree with the given name's gender.
            new("pl-PL-f", ["Katarzyna", "Agnieszka", "Magdalena", "Zofia"], ["Nowak", "Wiśniewska", "Kamińska", "Wójcik"]),
            new("pl-PL-m", ["Piotr", "Tomasz", "Paweł", "Krzysztof"], ["Kowalski", "Zieliński", "Nowak", "Lewandowski"]),
            new("sw-KE", ["Wanjiru", "Otieno", "Achieng", "Kamau", "Njeri", "Mwangi"], ["Kariuki", "Odhiambo", "Mutua", "Wambui", "Kiprop", "Onyango"]),
            new("fil-PH", ["Maricel", "Rodel", "Jasmine", "Paolo", "Kristine", "Angelo"], ["Dela Cruz", "Reyes", "Bautista", "Mendoza", "Villanueva", "Aquino"]),
            new("fa-IR", ["Dariush", "Shirin", "Reza", "Parisa", "Navid", "Leila"], ["Ahmadi", "Hosseini", "Karimi", "Rahimi", "Moradi", "Tehrani"]),
            new("nl-NL", ["Sanne", "Daan", "Lotte", "Bram", "Fleur", "Joris"], ["van der Berg", "de Vries", "van Dijk", "Bakker", "Visser", "de Jong"]),
            // Given names that are also words or places: the held-out negatives use the words, these lines the names.
            new("en-GB", ["Georgia", "June", "Victoria", "Austin", "Sydney", "Hunter", "Ruby", "Max", "Frank", "Hazel"], ["Whitfield", "Harper", "Caldwell", "Sinclair", "Thornton", "Ellison"]),
            new("he-IL", ["Noa", "Yonatan", "Tamar", "Eitan", "Maya", "Ariel"], ["Cohen", "Levi", "Mizrahi", "Friedman", "Shapiro", "Ben-David"]),
            new("hu-HU", ["Zsófia", "Bence", "Réka", "Gergő"], ["Nagy", "Kovács", "Szabó", "Tóth"], FamilyFirst: true),
        ],
        NativeScriptNames = ["佐藤 美咲", "이민호", "Екатерина Смирнова", "李伟", "Γιώργος Νικολάου", "שירה לוי", "अनन्या शर्मा"],
        CompanyDomains = ["kepler-labs.eu", "nordlicht-logistik.de", "bluewave.pt", "sakura-foods.co.jp", "tessera.ai", "quantico.com.br", "helixbio.ch"],
        FreeMailDomains = ["icloud.com", "gmx.at", "libero.it", "mail.ru", "naver.com", "yandex.ru", "fastmail.com", "zoho.com", "seznam.cz"],
        UnicodeLocalParts = ["élodie.girard", "çağlar", "łukasz.wójcik", "ñandú", "ayşe.yılmaz", "björn.ångström", "наталья", "dvořák"],
        PlusTags = ["receipts", "travel", "lists", "jobs", "finance"],
        FediverseInstances = ["mstdn.jp", "chaos.social", "infosec.exchange"],
        NationalPhones =
        [
            "03-####-####", "090-####-####", "06-####-####",
            "(11) 9####-####", "(21) %###-####",
            "6## ## ## ##", "91 ### ## ##",
            "06 #### ####", "3## ### ####",
            "04## ### ###", "(02) #### ####",
            "020-#######", "06-########",
            "010-####-####", "044 ### ## ##",
            "030/#######",
        ],
        InternationalPhones =
        [
            "+81 3-####-####", "+81 90 #### ####", "0081 6 #### ####",
            "+55 11 9####-####", "+55 (21) %###-####", "0055 31 9####-####",
            "+34 6## ## ## ##", "+34 9## ### ###",
            "+39 06 #### ####", "+39 3## ### ####", "0039 02 ########",
            "+61 2 #### ####", "+61 4## ### ###",
            "+52 55 #### ####", "+31 6 ########", "+82 10-####-####",
            "+41 44 ### ## ##", "0041 79 ### ## ##", "+49-170-%######",
        ],
        UsPhones = ["+1 (%##) %##-####", "1 (%##) %##-####", "(%##)%##-####", "%## %## ####"],
        TollFreePhones = ["+1 (855) %##-####", "1 (866) %##-####", "(833) %##-####", "1.800.%##.####"],
        DeepLinkDigits = ["5511#########", "8190########", "346########", "393#########", "614########", "521#{10}"],
        CardBrands =
        [
            new("amex", ["34", "37"], 15, [4, 6, 5]),
            new("discover", ["6011", "65"], 16, [4, 4, 4, 4]),
            new("jcb", ["3528", "3541", "3566", "3589"], 16, [4, 4, 4, 4]),
            new("mastercard-2", ["2221", "2305", "2500", "2720"], 16, [4, 4, 4, 4]),
            new("diners", ["36"], 14, [4, 6, 4]),
            new("unionpay", ["62"], 19, [4, 4, 4, 4, 3]),
        ],
        CardSeparators = [".", ".", " ", " ", "-"],
        Ibans =
        [
            new("BE", "#{12}"), new("CH", "#{5}${12}"), new("AT", "#{16}"), new("PL", "#{24}"), new("PT", "#{21}"),
            new("IE", "&{4}#{14}"), new("SE", "#{20}"), new("NO", "#{11}"), new("BR", "#{23}&$"), new("TR", "#{5}0${16}"),
        ],
        SsnSeparators = [" ", " ", "-", ""],
        Ipv4Patterns =
        [
            "{int:100-223}.{int:0-255}.{int:0-255}.{int:1-254}",
            "100.{int:64-127}.{int:0-255}.{int:1-254}",
            "{int:11-99}.{int:0-255}.{int:0-255}.{int:1-254}",
            "169.254.{int:1-254}.{int:1-254}",
        ],
        Ipv6Patterns =
        [
            "2a01:{hex4}:{hex4}::{hex4}",
            "fe80::{hex4}:{hex4}:{hex4}:{hex4}",
            "2600:{hex4}::{hex4}:{hex4}",
            "2c0f:{hex4}:{hex4}:{hex4}:{hex4}:{hex4}::{hex4}",
        ],
        IdShapes = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["member"] = ["&&&#{9}", "M#{9}"],
            ["staff"] = ["S######", "######"],
            ["policy"] = ["POL-#####-##", "&&#{7}"],
            ["tax"] = ["&{5}#{4}&", "## ### ### ###", "&& ## ## ## &"],
            ["student"] = ["#{9}", "s#{7}"],
            ["licence"] = ["&###-####-####", "&{5}#{6}&&#&&"],
            ["stripe"] = ["acct_*{16}"],
        },
        EnvSecrets =
        [
            new("ANTHROPIC_API_KEY", "sk-ant-api03-^{93}AA"),
            new("OPENAI_API_KEY", "sk-proj-^{64}"),
            new("GH_TOKEN", "github_pat_*{22}_*{59}"),
            new("GITLAB_TOKEN", "glpat-^{20}"),
            new("HF_TOKEN", "hf_*{34}"),
            new("SLACK_USER_TOKEN", "xoxp-#{12}-#{12}-#{13}-!{32}"),
            new("AWS_SESSION_KEY_ID", "ASIA${16}"),
            new("NODE_AUTH_TOKEN", "npm_*{36}"),
            new("MAILGUN_API_KEY", "key-!{32}"),
            new("SHOPIFY_ACCESS_TOKEN", "shpat_!{32}"),
            new("DIGITALOCEAN_TOKEN", "dop_v1_!{64}"),
            new("STRIPE_RESTRICTED_KEY", "rk_live_*{24,34}"),
            new("CLIENT_SECRET", "^{40}"),
            new("TWILIO_AUTH_TOKEN", "!{32}"),
        ],
        ProviderKeys = ["sk-proj-^{64}", "github_pat_*{22}_*{59}", "xoxp-#{12}-#{12}-#{13}-!{32}", "ASIA${16}", "npm_*{36}", "SG.^{22}.^{43}", "glpat-^{20}", "hf_*{34}", "sk-ant-api03-^{93}AA"],
        AppHosts = ["app.kepler-labs.eu", "portal.nordlicht-logistik.de", "id.tessera.ai", "conta.quantico.com.br", "my.helixbio.ch"],
        TokenPaths = ["verify-email", "magic-link", "join", "account/activate", "hooks"],
        Searches =
        [
            "antidepressant side effects weight", "custody rights unmarried father", "debt collector calling work", "std symptoms women",
            "how to report my manager anonymously", "immigration lawyer visa overstay", "pregnancy test accuracy 10 days", "payday loan without credit check",
        ],
        RepoOwners = ["kepler-labs", "nordlicht", "tessera-ai", "bluewave-dev", "helix-bio"],
        RepoNames = ["ledger-sync", "onboarding-flow", "ml-platform", "edge-proxy", "customer-portal", "risk-engine"],
        Channels = ["#ops-oncall", "#legal-nda-review", "#cust-kepler", "#launch-q3", "#founders", "#recruiting-backend", "#finance-close", "#escalations"],
        PlainChannels = ["deal-room", "Board Prep", "eng-leads", "Project Falcon", "hiring-committee"],
        Orgs = ["Kepler Analytics Ltd", "Nordlicht Logistik AG", "Sakura Foods K.K.", "Pereira & Filhos Ltda.", "Bluewave S.A.", "Helix Biotech SE", "Orion Networks", "Marrow & Finch LLP", "Aurora Dairy Pty Ltd", "Kestrel Freight B.V."],
        AddressPatterns =
        [
            "{one:Calle Mayor|Calle de Alcalá|Avenida Diagonal|Paseo de Gracia|Calle Serrano} {int:1-200}, {shape:28###} Madrid",
            "{one:Keizersgracht|Prinsengracht|Herengracht|Stationsweg} {int:1-500}, {shape:10##} {one:AB|CJ|KL|XZ} Amsterdam",
            "Via {one:Roma|Garibaldi|Dante|Nazionale|del Corso} {int:1-200}, {shape:00###} Roma",
            "Rua {one:Augusta|Oscar Freire|da Consolação|das Flores} {int:10-2500}, {one:São Paulo - SP|Rio de Janeiro - RJ}, {shape:#####-###}",
            "Flat {int:1-20}{one:A|B|C}, {int:1-200} {one:MG Road|Linking Road|Park Street|Anna Salai}, {one:Bengaluru|Mumbai|Kolkata|Chennai} {shape:%#####}",
            "{int:1-300} {one:George|Collins|Queen|Flinders|Hay} St, {one:Sydney NSW|Melbourne VIC|Brisbane QLD|Perth WA} {shape:%###}",
            "{int:1-999} {one:Bay|Yonge|Granville|Sainte-Catherine} St, {one:Toronto, ON|Vancouver, BC|Montréal, QC} {shape:&#& #&#}",
        ],
        ShortAddressPatterns =
        [
            "{int:1-300} {one:George|Pitt|Kent} St",
            "{one:Calle de Atocha|Gran Vía} {int:1-99}",
            "Via {one:Torino|Manzoni} {int:1-99}",
        ],
    };
}
