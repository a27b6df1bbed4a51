using System.Globalization;
using System.Text;

namespace Pipeline.Redaction.Evaluation.Generation.Eighth;

/// <summary>
/// The eighth family's own generators and pools. Every eighth template names only these (<see cref="Generators"/>),
/// so none of its values come from another family's code. Numbers with check digits are made with the shared helpers.
/// </summary>
internal static class EighthForge
{
    private static readonly string[] Seps = [" - ", " — ", " | ", " · ", " – "];

    private static string Num(GenerationContext c, string? a)
    {
        string[] b = (a ?? "1,999").Split(',');
        return c.Random.Between(int.Parse(b[0], CultureInfo.InvariantCulture), int.Parse(b[1], CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture);
    }

    // Given and family names by culture; "words" are given names that are also English words.
    private static readonly (string[] Given, string[] Family, bool FamilyFirst)[] Cultures =
    [
        (["Oliver", "Hannah", "Declan", "Siobhan", "Marcus", "Chloe", "Graham", "Bethany"], ["Whitfield", "O'Donnell", "McAllister", "Pryce", "Ashworth", "Lindqvist"], false),
        (["Mateo", "Lucía", "Joaquín", "Valentina", "Rafael", "Ximena"], ["García Ortega", "de la Fuente", "Ibáñez", "Castillo Rivas", "Montoya"], false),
        (["Thiago", "Larissa", "Gustavo", "Beatriz"], ["dos Santos", "Figueiredo", "Carvalho", "da Silva Moura"], false),
        (["Jannik", "Friederike", "Malte", "Annika"], ["von Bergen", "Schäfer", "Hoffmann", "Brüggemann"], false),
        (["Aarav", "Ishita", "Karthik", "Meenakshi", "Rohan"], ["Venkataraman", "Bhattacharya", "Iyer", "Malhotra"], false),
        (["Chidi", "Ngozi", "Kwame", "Abena", "Tunde"], ["Okonkwo", "Mensah", "Adeyemi", "Boateng"], false),
        (["Yusuf", "Leyla", "Omar", "Zeynep"], ["Al-Rashid", "Demirci", "Haddad", "Yıldız"], false),
        (["Wojciech", "Agnieszka", "Piotr"], ["Wiśniewski", "Kowalczyk", "Zielińska"], false),
        (["Văn An", "Thị Mai", "Minh Khoa"], ["Nguyễn", "Trần", "Phạm"], true),
        (["Jiayi", "Haoran", "Xiulan"], ["Zhang", "Liu", "Huang"], true),
        (["Min-jun", "Seo-yeon", "Ji-ho"], ["Kim", "Park", "Choi"], true),
        (["Haruto", "Yui", "Ren"], ["Sato", "Takahashi", "Nakamura"], true),
    ];

    private static readonly string[] WordGiven = ["Grace", "Hope", "Rose", "Faith", "Will", "Mark", "Bill", "June", "Summer", "Hunter", "Joy", "Chase"];
    private static readonly string[] WordFamily = ["Baker", "Hill", "Marsh", "Wood", "Fox", "Stone"];

    private static readonly string[] NativeNames =
    [
        "田中 美咲", "佐藤 健太", "王伟", "李娜", "陈静怡", "김민수", "이서연", "박지훈", "Нина Соколова", "Артём Власов",
        "Ελένη Παπαδοπούλου", "محمد العلي", "سارا کریمی", "נועה לוי", "สมชาย ใจดี", "Trần Thị Hồng",
    ];

    private static PersonName Draw(GenerationContext c)
    {
        if (c.Random.Chance(0.12))
        {
            return new PersonName(c.Pick(WordGiven), c.Pick(WordFamily));
        }
        var culture = c.Pick(Cultures);
        return culture.FamilyFirst
            ? new PersonName(c.Pick(culture.Family), c.Pick(culture.Given))
            : new PersonName(c.Pick(culture.Given), c.Pick(culture.Family));
    }

    private static string Person(GenerationContext c, string? a)
    {
        if (a == "native" || (a is null && c.Random.Chance(0.1)))
        {
            string n = c.Pick(NativeNames);
            int space = n.IndexOf(' ', StringComparison.Ordinal);
            c.Person = space < 0 ? new PersonName(n, string.Empty) : new PersonName(n[..space], n[(space + 1)..]);
            return n;
        }
        PersonName p = Draw(c);
        c.Person = p;
        return p.Full;
    }

    private static string Given(GenerationContext c)
    {
        if (c.Random.Chance(0.2))
        {
            return c.Pick(WordGiven);
        }
        var culture = c.Pick(Cultures);
        return c.Pick(culture.Given);
    }

    private static string Glued(GenerationContext c, string? a)
    {
        PersonName p = Draw(c);
        c.Person = p;
        string glue = a ?? "_";
        return (p.Given + " " + p.Family).Replace(" ", glue, StringComparison.Ordinal);
    }

    private static string Ascii(string s)
    {
        var b = new StringBuilder();
        foreach (char ch in s.Normalize(NormalizationForm.FormD))
        {
            if (ch < 128 && (char.IsLetterOrDigit(ch)))
            {
                b.Append(char.ToLowerInvariant(ch));
            }
        }
        return b.ToString();
    }

    private static string HandleText(GenerationContext c)
    {
        PersonName p = c.Person ?? Draw(c);
        string g = Ascii(p.Given), f = Ascii(p.Family);
        if (g.Length == 0)
        {
            g = "user";
        }
        if (f.Length == 0)
        {
            f = c.Shape("~{3}");
        }
        return c.Random.Between(0, 4) switch
        {
            0 => g + "." + f,
            1 => g[0] + f,
            2 => g + "_" + f[..Math.Min(3, f.Length)] + c.Random.Between(1, 99),
            3 => f + g[0] + c.Shape("##"),
            _ => g + f,
        };
    }

    private static readonly string[] MailDomains = ["gmail.com", "outlook.com", "proton.me", "icloud.com", "yahoo.co.jp", "web.de", "naver.com", "brightloom.io", "tallyfin.co.uk", "kornhaus-logistik.de"];

    private static string Email(GenerationContext c, string? a)
    {
        PersonName p = c.Person ?? Draw(c);
        string g = Ascii(p.Given), f = Ascii(p.Family);
        if (g.Length == 0)
        {
            g = "kontakt";
        }
        if (f.Length == 0)
        {
            f = c.Shape("~{3}");
        }
        if (a == "utf" )
        {
            return c.Pick(new[] { "jürgen.schäfer", "zoë.brüggemann", "josé.ibáñez", "søren.lindqvist" }) + "@" + c.Pick(new[] { "web.de", "gmx.net", "posteo.de" });
        }
        string local = c.Random.Between(0, 3) switch
        {
            0 => g + "." + f,
            1 => g[0] + f,
            2 => g + "+" + c.Pick(new[] { "billing", "jobs", "bank", "zendesk" }),
            _ => f + "." + g + c.Random.Between(1, 99),
        };
        return local + "@" + c.Pick(MailDomains);
    }

    private static readonly (string Code, string Shape)[] Phones =
    [
        ("+1", " (%##) %##-####"), ("+44", " 7### ######"), ("+49", " 1%# #######"), ("+33", " 6 ## ## ## ##"), ("+34", " 6## ### ###"),
        ("+39", " 3## ### ####"), ("+31", " 6 ########"), ("+48", " 5## ### ###"), ("+55", " 11 9####-####"), ("+52", " 55 #### ####"),
        ("+91", " 9#### #####"), ("+81", " 90-####-####"), ("+82", " 10-####-####"), ("+84", " 9# ### ## ##"), ("+63", " 917 ### ####"),
        ("+234", " 80# ### ####"), ("+254", " 7## ######"), ("+61", " 4## ### ###"), ("+971", " 50 ### ####"), ("+90", " 5## ### ## ##"),
    ];

    private static string Phone(GenerationContext c, string? a)
    {
        var (code, shape) = c.Pick(Phones);
        if (a == "digits")
        {
            return code[1..] + c.Shape(shape).Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Replace("(", "", StringComparison.Ordinal).Replace(")", "", StringComparison.Ordinal);
        }
        if (a == "local")
        {
            return c.Shape(c.Pick(new[] { "(%##) %##-####", "0%## ### ####", "06 ## ## ## ##", "0%#-####-####" }));
        }
        return code + c.Shape(shape);
    }

    private static readonly CardBrand[] Brands =
    [
        new("Visa", ["4"], 16, [4, 4, 4, 4]),
        new("Mastercard", ["51", "52", "53", "54", "55", "2221", "2720"], 16, [4, 4, 4, 4]),
        new("Amex", ["34", "37"], 15, [4, 6, 5]),
        new("Discover", ["6011", "65"], 16, [4, 4, 4, 4]),
        new("JCB", ["3528", "3589"], 16, [4, 4, 4, 4]),
    ];

    private static string Card(GenerationContext c, string? a)
    {
        CardBrand brand = c.Pick(Brands);
        string payload = c.Pick(brand.Prefixes);
        while (payload.Length < brand.Length - 1)
        {
            payload += (char)('0' + c.Random.Next(10));
        }
        string digits = payload + Checksums.LuhnCheckDigit(payload);
        string sep = a ?? c.Pick(new[] { " ", "-", "", " " });
        return sep.Length == 0 ? digits : DigitGroups.Join(digits, brand.Groups, sep);
    }

    private static string BadLuhn(GenerationContext c, string? _)
    {
        string payload = "4" + c.Shape("#{14}");
        char good = Checksums.LuhnCheckDigit(payload);
        char bad = (char)('0' + ((good - '0' + c.Random.Between(1, 9)) % 10));
        return DigitGroups.Join(payload + bad, [4, 4, 4, 4], c.Pick(new[] { " ", "-" }));
    }

    private static readonly IbanFormat[] Ibans =
    [
        new("DE", "##################"), new("GB", "&&&&##############"), new("FR", "#######################"), new("NL", "&&&&##########"),
        new("ES", "####################"), new("IT", "&######################"), new("BE", "############"), new("PL", "########################"),
        new("AT", "################"), new("CH", "#################"), new("IE", "&&&&##############"), new("PT", "#####################"),
    ];

    private static string Iban(GenerationContext c, string? a)
    {
        IbanFormat f = c.Pick(Ibans);
        string bban = c.Shape(f.BbanShape);
        string compact = f.Country + Checksums.IbanCheckDigits(f.Country, bban) + bban;
        if (a == "compact" || (a is null && c.Random.Chance(0.35)))
        {
            return compact;
        }
        var b = new StringBuilder();
        for (int i = 0; i < compact.Length; i += 4)
        {
            if (i > 0)
            {
                b.Append(' ');
            }
            b.Append(compact, i, Math.Min(4, compact.Length - i));
        }
        return b.ToString();
    }

    private static string Ip4(GenerationContext c, string? a) => a switch
    {
        "private" => c.Pick(new[] { "10", "172.16", "192.168" }) switch
        {
            "10" => $"10.{c.Random.Between(0, 255)}.{c.Random.Between(0, 255)}.{c.Random.Between(1, 254)}",
            "172.16" => $"172.{c.Random.Between(16, 31)}.{c.Random.Between(0, 255)}.{c.Random.Between(1, 254)}",
            _ => $"192.168.{c.Random.Between(0, 255)}.{c.Random.Between(1, 254)}",
        },
        _ => $"{c.Pick(new[] { 34, 52, 81, 91, 103, 141, 185, 203 })}.{c.Random.Between(0, 255)}.{c.Random.Between(0, 255)}.{c.Random.Between(1, 254)}",
    };

    private static string Ip6(GenerationContext c, string? _) =>
        c.Pick(new[] { "2001:db8", "2a02:8108", "2600:1f18", "fd00" }) + ":" + c.Shape("!{1,4}") + ":" + c.Shape("!{1,4}") + "::" + c.Shape("!{1,4}");

    private static string Key(GenerationContext c, string? a) => (a ?? c.Pick(new[] { "gh", "sk", "aws", "slack", "stripe", "glpat", "sg" })) switch
    {
        "gh" => "ghp_" + c.Shape("*{36}"),
        "sk" => "sk-proj-" + c.Shape("^{48}"),
        "aws" => "AKIA" + c.Shape("${16}"),
        "slack" => "xoxb-" + c.Shape("#{12}") + "-" + c.Shape("#{13}") + "-" + c.Shape("*{24}"),
        "stripe" => "sk_live_" + c.Shape("*{24}"),
        "glpat" => "glpat-" + c.Shape("^{20}"),
        _ => "SG." + c.Shape("^{22}") + "." + c.Shape("^{43}"),
    };

    private static string B64Url(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Jwt(GenerationContext c)
    {
        string header = B64Url("{\"alg\":\"" + c.Pick(new[] { "HS256", "RS256", "ES256" }) + "\",\"typ\":\"JWT\"}");
        string body = B64Url("{\"sub\":\"" + c.Shape("#{6,9}") + "\",\"iat\":" + c.Random.Between(1_760_000_000, 1_790_000_000).ToString(CultureInfo.InvariantCulture) + ",\"role\":\"" + c.Pick(new[] { "agent", "admin", "member" }) + "\"}");
        return header + "." + body + "." + c.Shape("^{43}");
    }

    private static string QueryValue(GenerationContext c, string? a) => a switch
    {
        "id" => c.Shape(c.Pick(new[] { "#{6,9}", "cus_*{14}", "00Q$$$$$$$$$$$$" })),
        "email" => Email(c, null).Replace("@", "%40", StringComparison.Ordinal),
        _ => c.Pick(new[] { "refund+for+", "invoice+", "", "contract+" }) + Uri.EscapeDataString(Draw(c).Full).Replace("%20", "+", StringComparison.Ordinal),
    };

    private static readonly string[] OrgStems = ["Brightloom", "Harrowgate", "Quillfield", "Norrbacka", "Tamsin & Cole", "Oakhaven Dental", "Kestrelmoor", "Sunvale Bakery", "Lumenra", "Pinecrest Logistics", "Morrow Studio", "Taiyo Seiko", "Vereda", "Hollis Print"];
    private static readonly string[] OrgSuffixes = ["Ltd", "LLC", "GmbH", "Inc.", "B.V.", "S.A.", "Pty Ltd", "AB", "KK", "S.r.l.", "SAS", "Co."];

    private static string Org(GenerationContext c, string? a)
    {
        string name = c.Pick(OrgStems) + " " + c.Pick(OrgSuffixes);
        return a == "glued" ? name.Replace(" & ", "_", StringComparison.Ordinal).Replace(' ', '_') : name;
    }

    private static readonly string[] Owners = ["brightloom", "quillfield-labs", "harrowgate", "tallyfin", "norrbacka-io", "pinecrest-dev", "lumenra"];
    private static readonly string[] RepoNames = ["billing-api", "support-widget", "mobile-app", "infra-terraform", "helpdesk-sync", "web-storefront", "payroll-export", "design-tokens"];
    private static readonly string[] Channels = ["cx-escalations", "deals-won", "eng-oncall", "hiring-backend", "finance-close", "design-crit", "incident", "sales-dach", "general", "random", "support-tier2"];

    private static string Address(GenerationContext c, string? a) => a == "short"
        ? c.Random.Between(2, 2400) + " " + c.Pick(new[] { "Valencia St", "Elm Avenue", "King Street", "Rue Oberkampf", "Calle Alcalá" })
        : c.Pick(new[]
        {
            $"{c.Random.Between(10, 999)} Oak Ridge Dr, Apt {c.Random.Between(1, 30)}, Austin, TX 787{c.Random.Between(10, 99)}",
            $"Lindenstraße {c.Random.Between(1, 120)}, {c.Random.Between(10115, 14199)} Berlin",
            $"{c.Random.Between(1, 80)} Rue de la Roquette, 750{c.Random.Between(10, 20)} Paris",
            $"Flat {c.Random.Between(1, 40)}, {c.Random.Between(2, 90)} Kingsley Road, Leeds LS{c.Random.Between(1, 28)} {c.Random.Between(1, 9)}AB",
            $"{c.Random.Between(1, 5)}-{c.Random.Between(1, 20)}-{c.Random.Between(1, 30)} Jingumae, Shibuya-ku, Tokyo 150-000{c.Random.Between(1, 9)}",
            $"Calle de Toledo {c.Random.Between(1, 200)}, 280{c.Random.Between(10, 50)} Madrid",
            $"Keizersgracht {c.Random.Between(10, 800)}, 10{c.Random.Between(10, 99)} AB Amsterdam",
        });

    private static string Id(GenerationContext c, string? a) => (a ?? "emp") switch
    {
        "cus" => "cus_" + c.Shape("*{14}"),
        "mrn" => c.Shape("%#######"),
        "emp" => c.Shape(c.Pick(new[] { "E#####", "EMP-######", "######" })),
        "acct" => c.Shape("########"),
        "policy" => c.Shape("&&#-#######"),
        "passport" => c.Shape("&%#######"),
        "candidate" => c.Shape("#######"),
        _ => c.Shape("#########"),
    };

    private static string Url(GenerationContext c, string? a)
    {
        PersonName p = c.Person ?? Draw(c);
        string slug = Ascii(p.Given) + "-" + Ascii(p.Family);
        return a switch
        {
            "calendly" => "calendly.com/" + slug + "/" + c.Pick(new[] { "30min", "intro", "15min", "demo" }),
            "linkedin" => "https://www.linkedin.com/in/" + slug + "-" + c.Shape("!{6}"),
            "zoom" => "https://" + c.Pick(new[] { "us02web", "us06web", "eu01web" }) + ".zoom.us/j/" + c.Shape("%##########") + "?pwd=" + c.Shape("*{32}"),
            "discord" => "https://discord.gg/" + c.Shape("*{8}"),
            "slack" => "https://join.slack.com/t/" + c.Pick(Owners) + "/shared_invite/zt-" + c.Shape("~{11}") + "-" + c.Shape("^{22}"),
            "meet" => "meet.google.com/" + c.Shape("~~~") .Replace("0", "a", StringComparison.Ordinal) + "-" + c.Shape("&&&&").ToLowerInvariant() + "-" + c.Shape("&&&").ToLowerInvariant(),
            _ => "https://github.com/" + slug,
        };
    }

    // Declared after the pools it reads, so they are set when it is built.
    public static IReadOnlyDictionary<string, ValueGenerator> Generators { get; } = new Dictionary<string, ValueGenerator>(StringComparer.Ordinal)
    {
        ["sep"] = (c, _) => c.Pick(Seps),
        ["one"] = (c, a) => c.Pick((a ?? string.Empty).Split('|')),
        ["num"] = (c, a) => Num(c, a),
        ["shape"] = (c, a) => c.Shape(a ?? "#"),
        ["hex"] = (c, a) => c.Shape("!{" + (a ?? "7") + "}"),
        ["pyid"] = (c, _) => "py_" + c.Shape("*{24}"),
        ["uuid"] = (c, _) => c.Shape("!{8}-!{4}-4!{3}-!{4}-!{12}"),
        ["semver"] = (c, _) => $"{c.Random.Between(0, 19)}.{c.Random.Between(0, 40)}.{c.Random.Between(0, 25)}",
        ["ver4"] = (c, _) => $"{c.Random.Between(1, 140)}.{c.Random.Between(0, 9)}.{c.Random.Between(0, 7000)}.{c.Random.Between(0, 300)}",
        ["time"] = (c, _) => $"{c.Random.Between(7, 19):00}:{c.Pick(new[] { "00", "15", "30", "45" })}",
        ["date"] = (c, _) => $"2026-{c.Random.Between(1, 12):00}-{c.Random.Between(1, 28):00}",
        ["ticket"] = (c, _) => c.Pick(new[] { "SUP", "ENG", "BILL", "OPS", "WEB", "CX", "INFRA", "MOB" }) + "-" + c.Random.Between(12, 9999),
        ["order"] = (c, _) => c.Shape(c.Pick(new[] { "#%%%%%##", "INV-####-###", "SO-######", "PO#%####" })),
        ["badluhn"] = BadLuhn,
        ["masked"] = (c, _) => c.Pick(new[] { "•••• ", "**** ", "ending in ", "x" }) + c.Shape("####"),
        ["person"] = (c, a) => Person(c, a),
        ["given"] = (c, _) => Given(c),
        ["glued"] = Glued,
        ["handle"] = (c, a) => a switch { "@" => "@" + HandleText(c), "matrix" => "@" + HandleText(c) + ":matrix.org", _ => HandleText(c) },
        ["email"] = Email,
        ["phone"] = Phone,
        ["card"] = Card,
        ["iban"] = Iban,
        ["ssn"] = (c, a) => UsSsn.Draw(c.Random).Format(a ?? "-"),
        ["ip4"] = Ip4,
        ["ip6"] = Ip6,
        ["key"] = Key,
        ["jwt"] = (c, _) => Jwt(c),
        ["pw"] = (c, _) => c.Shape("*{10,18}"),
        ["qv"] = QueryValue,
        ["org"] = (c, a) => Org(c, a),
        ["repo"] = (c, _) => c.Pick(Owners) + "/" + c.Pick(RepoNames),
        ["channel"] = (c, a) => (a ?? string.Empty) + c.Pick(Channels) + c.Pick(new[] { "", "", "-" + c.Random.Between(2, 40), "-emea", "-apac" }),
        ["address"] = Address,
        ["id"] = Id,
        ["url"] = Url,
        ["city"] = (c, _) => c.Pick(new[] { "Manchester", "Hanoi", "Guadalajara", "Wrocław", "Cebu", "Accra", "Bergen", "Sapporo", "Curitiba", "Lyon" }),
    };
}
