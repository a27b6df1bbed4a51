namespace Pipeline.Redaction.Evaluation.Generation;

/// <summary>
/// Values for the dev family. Countries: US, Germany, France, UK, India (phones); DE, FR, GB, ES, NL, IT (IBANs);
/// US, UK, Germany, France, Japan (addresses). None of these names, domains, organisations, repositories or channels
/// appears in <see cref="HeldoutPools"/>.
/// </summary>
internal static class DevPools
{
    public static ValuePools Create() => new()
    {
        Family = "dev",
        Separators = [" - ", " - ", " - ", " — ", " — ", " | ", " | ", " · "],
        Cultures =
        [
            new("pt-BR", ["Ana", "João", "Luiz", "Mariana", "Thiago", "Beatriz", "Rafael"], ["Souza", "Oliveira", "Pereira", "Santos", "Costa", "Almeida"]),
            new("hi-IN", ["Priya", "Arjun", "Ananya", "Rohan", "Kavya", "Vikram", "Deepika"], ["Raman", "Sharma", "Iyer", "Nair", "Patel", "Reddy"]),
            new("de-DE", ["Tom", "Lukas", "Anna", "Jonas", "Lena", "Felix", "Jürgen"], ["Becker", "Müller", "Schneider", "Hoffmann", "Weber", "Köhler"]),
            new("zh-CN", ["Wei", "Jing", "Hao", "Xiaoming", "Mei", "Yun"], ["Zhang", "Wang", "Liu", "Chen", "Zhou", "Huang"]),
            new("yo-NG", ["Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Emeka", "Folake"], ["Okafor", "Adeyemi", "Nwosu", "Balogun", "Eze", "Okonkwo"]),
            new("es-MX", ["Mateo", "Lucía", "Alejandro", "Sofía", "Diego", "Valentina"], ["García", "Hernández", "López", "Martínez", "Ramírez", "Núñez"]),
            new("ar", ["Fatima", "Omar", "Layla", "Youssef", "Khalid", "Noor"], ["Al-Sayed", "Haddad", "Mansour", "El-Amin", "Khalil", "Nasser"]),
            new("ja-JP", ["Kenji", "Yuki", "Haruto", "Sakura", "Takeshi", "Aiko"], ["Watanabe", "Tanaka", "Suzuki", "Yamamoto", "Kobayashi", "Sato"]),
            // Given names that are also ordinary words: the negatives use the words, these lines use the names.
            new("en-US", ["Jordan", "Grace", "Will", "Mark", "Rose", "Chase", "Summer", "Bill", "Aiden", "Emily"], ["Lee", "Brooks", "Carter", "Hughes", "Morgan", "Bennett", "Park"]),
            // Russian family names agree with the given name's gender, so the two are separate pools.
            new("ru-RU-f", ["Olga", "Anastasia", "Irina", "Yekaterina"], ["Petrova", "Sokolova", "Smirnova", "Volkova"]),
            new("ru-RU-m", ["Dmitri", "Sergei", "Alexei", "Mikhail"], ["Ivanov", "Volkov", "Kuznetsov", "Morozov"]),
            new("sv-SE", ["Lars", "Astrid", "Erik", "Ingrid", "Sven", "Freja"], ["Nilsson", "Lindqvist", "Johansson", "Berg", "Holm", "Ekström"]),
            new("vi-VN", ["Văn An", "Thị Linh", "Minh Quân", "Thu Thảo"], ["Nguyễn", "Trần", "Lê", "Phạm"], FamilyFirst: true),
        ],
        NativeScriptNames = ["田中 雄一", "김지은", "Дмитрий Соколов", "王芳", "Αλέξανδρος Παπαδόπουλος", "محمد الأحمد"],
        CompanyDomains = ["globex.com", "initech.io", "hooli.xyz", "acme-corp.com", "umbrella.de", "vandelay.co", "piedpiper.com", "stark-industries.net"],
        FreeMailDomains = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "web.de", "orange.fr", "hotmail.co.uk", "rediffmail.com"],
        UnicodeLocalParts = ["josé.garcía", "jürgen.müller", "zoë.brooks", "françois", "søren.holm", "müller", "łucja", "renée.dubois"],
        PlusTags = ["newsletter", "github", "bank", "2026", "shopping", "work"],
        FediverseInstances = ["mastodon.social", "fosstodon.org", "hachyderm.io"],
        NationalPhones =
        [
            "030 %#######", "0151 %### ####", "089 %######", "0171 %######",
            "01 ## ## ## ##", "06.##.##.##.##", "01.##.##.##.##", "07 ## ## ## ##",
            "020 7### ####", "07700 %#####", "0161 %## ####",
            "098### #####", "022 2### ####",
        ],
        InternationalPhones =
        [
            "+49 30 %#######", "+49 151 %#######", "+49 (0)89 %######", "0049 40 %#######",
            "+33 6 ## ## ## ##", "+33 (0)1 ## ## ## ##", "0033 1 ## ## ## ##", "+33 6.##.##.##.##",
            "+44 20 7### ####", "+44 7%## ######", "0044 161 %## ####",
            "+91 9#### #####", "+91-98###-#####", "0091 22 2### ####",
        ],
        UsPhones = ["(%##) %##-####", "%##-%##-####", "%##.%##.####", "+1 %## %##-####", "+1-%##-%##-####"],
        TollFreePhones = ["1-800-%##-####", "1-888-%##-####", "1-877-%##-####", "1-844-%##-####"],
        DeepLinkDigits = ["1%##%######", "49151%#######", "336########", "447700%#####", "919#########"],
        CardBrands =
        [
            new("visa", ["4"], 16, [4, 4, 4, 4]),
            new("mastercard", ["51", "52", "53", "54", "55"], 16, [4, 4, 4, 4]),
        ],
        CardSeparators = [" ", " ", "-", "-", "."],
        Ibans =
        [
            new("DE", "#{18}"), new("FR", "#{10}${11}#{2}"), new("GB", "&{4}#{14}"),
            new("ES", "#{20}"), new("NL", "&{4}#{10}"), new("IT", "&#{10}${12}"),
        ],
        SsnSeparators = ["-", "-", ""],
        Ipv4Patterns =
        [
            "10.{int:0-255}.{int:0-255}.{int:1-254}",
            "192.168.{int:0-255}.{int:1-254}",
            "172.{int:16-31}.{int:0-255}.{int:1-254}",
            "{int:20-99}.{int:0-255}.{int:0-255}.{int:1-254}",
        ],
        Ipv6Patterns =
        [
            "2a02:{hex4}:{hex4}:{hex4}:{hex4}:{hex4}:{hex4}:{hex4}",
            "fd{hex2}:{hex4}:{hex4}:{hex4}:{hex4}:{hex4}:{hex4}:{hex4}",
            "2001:{hex4}:{hex4}::{hex4}",
        ],
        IdShapes = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["employee"] = ["E-#####", "EMP-######", "#######"],
            ["customer"] = ["C-########", "#########", "CUST-#####"],
            ["account"] = ["####-####", "########", "## #### ####"],
            ["mrn"] = ["00#######", "#########"],
            ["passport"] = ["&#{8}", "#{9}", "&&#{7}"],
            ["stripe"] = ["cus_*{14}"],
        },
        EnvSecrets =
        [
            new("OPENAI_API_KEY", "sk-*{48}"),
            new("GITHUB_TOKEN", "ghp_*{36}"),
            new("SLACK_BOT_TOKEN", "xoxb-#{12}-#{13}-*{24}"),
            new("AWS_ACCESS_KEY_ID", "AKIA${16}"),
            new("AWS_SECRET_ACCESS_KEY", "@{40}"),
            new("NPM_TOKEN", "npm_*{36}"),
            new("SENDGRID_API_KEY", "SG.^{22}.^{43}"),
            new("STRIPE_SECRET_KEY", "sk_live_*{24,34}"),
            new("JWT_SECRET", "!{64}"),
            new("API_KEY", "!{32}"),
            new("SESSION_SECRET", "^{32}"),
            new("DB_PASSWORD", "*{14,20}"),
        ],
        ProviderKeys = ["sk-*{48}", "ghp_*{36}", "xoxb-#{12}-#{13}-*{24}", "AKIA${16}", "npm_*{36}", "SG.^{22}.^{43}", "sk_live_*{24,34}"],
        AppHosts = ["app.globex.com", "portal.initech.io", "accounts.hooli.xyz", "my.vandelay.co", "hr.umbrella.de"],
        TokenPaths = ["reset-password", "password/reset", "invite/accept", "webhooks/incoming"],
        Searches =
        [
            "divorce lawyer near me", "chest pain left arm", "how to tell my boss i am pregnant", "bankruptcy chapter 7 forms",
            "hiv test clinic", "is my landlord allowed to enter", "rehab centers covered by insurance", "severance negotiation tips",
        ],
        RepoOwners = ["acme", "globex-eng", "initech", "piedpiper", "hooli-infra", "stark-labs"],
        RepoNames = ["payments-core", "timer-service", "web-app", "billing-api", "infra-terraform", "mobile-ios", "data-pipeline"],
        Channels = ["#proj-acme-merger", "#eng-payments", "#incident-2026-03-14", "#sales-emea", "#hr-confidential", "#design-reviews", "#deal-globex-renewal", "#team-platform", "#general", "#random"],
        PlainChannels = ["eng-payments", "Design Reviews", "proj-merger", "Leadership"],
        Orgs = ["Globex Corp.", "Initech LLC", "Umbrella GmbH", "Hooli Inc.", "Vandelay Industries", "Soylent Ltd", "Cyberdyne Systems", "Massive Dynamic", "Acme Realty", "Tyrell Corporation"],
        AddressPatterns =
        [
            "{int:10-9999} {one:Market|Elm|Oak|Maple|Mission|Lincoln|Cedar} {one:St|Street|Ave|Avenue|Blvd|Rd|Drive}, {one:San Francisco|Boston|Austin|Seattle|Denver}, {one:CA|MA|TX|WA|CO} {shape:#####}",
            "{int:10-999} {one:Market|Elm|Oak|Maple|Pine} St, Apt {int:1-40}{one:A|B|C}, {one:San Francisco|Portland|Chicago}, {one:CA|OR|IL} {shape:#####}",
            "{int:1-250}{one:|A|B} {one:Baker|Kings|Victoria|Church|Station|Mill} {one:Street|Road|Lane}, {one:London NW1|Manchester M1|Leeds LS2|Bristol BS1} {shape:#&&}",
            "{one:Hauptstraße|Bahnhofstraße|Schillerstraße|Goethestraße|Lindenallee|Berliner Straße} {int:1-180}, {shape:#####} {one:Berlin|München|Hamburg|Köln|Leipzig}",
            "{int:1-150} {one:rue de la Paix|avenue Victor Hugo|boulevard Voltaire|rue du Faubourg Saint-Antoine|place des Vosges}, {shape:750##} Paris",
            "{int:1-9}-{int:1-20}-{int:1-30} {one:Marunouchi|Akasaka|Shibuya|Umeda|Ginza}, {one:Chiyoda-ku|Minato-ku|Shibuya-ku|Chuo-ku}, Tokyo {shape:1##-####}",
        ],
        ShortAddressPatterns =
        [
            "{int:10-999} {one:Market|Valencia|Folsom|Howard|Elm} St",
            "{one:Hauptstraße|Torstraße|Kastanienallee} {int:1-99}",
            "{int:1-99} {one:rue Oberkampf|rue de Rivoli}",
        ],
    };
}
