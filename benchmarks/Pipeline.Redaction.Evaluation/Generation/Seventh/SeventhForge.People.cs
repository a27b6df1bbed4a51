namespace Pipeline.Redaction.Evaluation.Generation.Seventh;

/// <summary>The seventh family's people: invented given and family names of many cultures, some in their own scripts,
/// some written family first. Names are combined at random within a culture, so no line names a real person.</summary>
internal static partial class SeventhForge
{
    private static readonly NameCulture[] s_cultures =
    [
        new("en-us", ["Brianna", "Tyler", "Kayla", "Marcus", "Shelby", "Dustin", "Courtney", "Travis", "Jordan", "Grace", "Mark", "Will", "Rose", "Summer", "Bill", "Hope"],
            ["Whitfield", "Barlow", "Pruitt", "McAllister", "Dunaway", "Holcomb", "Strickland", "Yates", "Page", "Chase"]),
        new("en-gb", ["Imogen", "Rhys", "Harriet", "Callum", "Poppy", "Alfie", "Niamh", "Ewan", "Paris", "May"],
            ["Ashworth", "Pennington", "Haworth", "Threlfall", "Catterall", "Oddie", "Bramley", "Sutcliffe"]),
        new("de", ["Jannik", "Friederike", "Malte", "Henrike", "Torben", "Wiebke", "Lennart", "Swantje"],
            ["Brüggemann", "Oltmanns", "Köhler-Ried", "Wübbena", "Hinrichs", "Schäfermeyer", "Dröge", "von der Heyde"]),
        new("fr", ["Maëlle", "Gaspard", "Solène", "Anatole", "Clémence", "Baptiste", "Inès", "Théo"],
            ["Lefèbvre", "Dumoulin", "Marchetti", "Roussel", "Le Goff", "Péricard", "Delacroix-Vian", "Abadie"]),
        new("es", ["Itziar", "Rodrigo", "Nerea", "Íñigo", "Macarena", "Álvaro", "Rocío", "Gonzalo"],
            ["Etxeberria", "Gómez Llorente", "Sanjurjo", "de la Vega", "Altamirano", "Ibáñez Roca", "Urquiza"]),
        new("pt-br", ["Thaís", "Caio", "Luana", "Rafael", "Bianca", "Otávio", "Jéssica", "Vinícius"],
            ["Albuquerque", "dos Anjos", "Fagundes", "Nogueira", "Medeiros", "da Cunha Lima", "Piovesan"]),
        new("it", ["Ludovica", "Tommaso", "Ginevra", "Edoardo", "Beatrice", "Jacopo"],
            ["Scognamiglio", "Bertolucci", "Esposito", "Lo Presti", "Castellano", "Ferraresi"]),
        new("nl", ["Femke", "Joost", "Lieke", "Sjoerd", "Anouk", "Bram"],
            ["van der Wiel", "Kuipers", "de Graaf", "Hoekstra", "Verbeek", "ter Horst"]),
        new("pl", ["Zofia", "Bartłomiej", "Agnieszka", "Wojciech", "Małgorzata", "Krzysztof"],
            ["Wiśniewska", "Zieliński", "Grabowska", "Szczepański", "Dąbrowska", "Kaczmarek"]),
        new("sv", ["Elsa", "Viggo", "Linnea", "Hampus", "Saga", "Olle"], ["Lindqvist", "Bergström", "Åkesson", "Sjöberg", "Nyström"]),
        new("fi", ["Aino", "Eetu", "Venla", "Juho", "Iida"], ["Mäkinen", "Korhonen", "Heikkilä", "Väisänen", "Lehtonen"]),
        new("tr", ["Elif", "Emre", "Zeynep", "Burak", "Ayşe", "Oğuz"], ["Yıldırım", "Öztürk", "Çelik", "Kaya", "Aydın", "Şahin"]),
        new("ar", ["Layla", "Omar", "Yasmin", "Karim", "Nour", "Tariq"], ["Haddad", "Al-Mansouri", "El-Sayed", "Khoury", "bin Rashid", "Nasser"]),
        new("hi", ["Aarav", "Ishita", "Vihaan", "Ananya", "Rohan", "Kavya", "Siddharth"], ["Raghunathan", "Chatterjee", "Malhotra", "Iyer", "Deshpande", "Banerjee"]),
        new("yo", ["Adebayo", "Folake", "Olumide", "Temitope", "Ayodele"], ["Adeyemi", "Ogunleye", "Balogun", "Okonkwo", "Eze"]),
        new("sw", ["Wanjiru", "Otieno", "Akinyi", "Kamau", "Njeri"], ["Mwangi", "Odhiambo", "Kariuki", "Wafula", "Chege"]),
        new("ru", ["Yekaterina", "Dmitri", "Svetlana", "Artyom", "Polina"], ["Vorobyova", "Kuznetsov", "Belova", "Sokolov", "Orlova"]),
        new("el", ["Eleni", "Giorgos", "Despina", "Nikos"], ["Papadopoulou", "Karamanlis", "Georgiou", "Antoniadis"]),
        new("he", ["Noa", "Itai", "Tamar", "Yonatan"], ["Ben-David", "Mizrahi", "Friedman", "Peretz"]),
        new("fil", ["Maricel", "Jun", "Rowena", "Ramon"], ["Dela Cruz", "Bautista", "Villanueva", "Macaraeg"]),
        new("id", ["Putri", "Bagus", "Ayu", "Rizky"], ["Wibowo", "Setiawan", "Siregar", "Kusuma"]),
        new("mi", ["Aroha", "Tane", "Mere", "Wiremu"], ["Ngata", "Parata", "Tawhiri", "Te Whata"]),
        new("ie", ["Siobhán", "Cian", "Aoife", "Oisín"], ["Ó Briain", "Ní Fhaoláin", "McGovern", "Donnelly"]),
        new("zh-latn", ["Wei", "Xiaoling", "Jun", "Mei"], ["Zhao", "Huang", "Lin", "Xu"], FamilyFirst: true),
        new("vi", ["Thảo", "Minh Khoa", "Ngọc Anh", "Quang"], ["Nguyễn", "Trần", "Phạm", "Lê"], FamilyFirst: true),
        new("hu", ["Zsófia", "Bence", "Réka", "Levente"], ["Nagy", "Kovács", "Szabó", "Tóth"], FamilyFirst: true),
        new("ja-latn", ["Haruto", "Yui", "Ren", "Aoi", "Kaito"], ["Fujimoto", "Ishikawa", "Nakamura", "Sakai"]),
        new("ko-latn", ["Jiwoo", "Seoyeon", "Minjun", "Hayun"], ["Park", "Choi", "Jeong", "Kang"]),
    ];

    /// <summary>Names in their own scripts; the <see cref="NameCulture.Name"/> says how they are joined.</summary>
    private static readonly NameCulture[] s_native =
    [
        new("ja", ["陽菜", "蓮", "結衣", "湊", "美咲"], ["佐々木", "高田", "森本", "石井"], FamilyFirst: true),
        new("zh", ["子涵", "浩然", "雨桐", "俊杰"], ["王", "陈", "刘", "周"], FamilyFirst: true),
        new("ko", ["서연", "도윤", "하은", "지호"], ["김", "이", "박", "윤"], FamilyFirst: true),
        new("ru", ["Анастасия", "Михаил", "Дарья", "Илья"], ["Смирнова", "Волков", "Зайцева", "Морозов"]),
        new("el", ["Κατερίνα", "Δημήτρης", "Σοφία"], ["Παππά", "Νικολάου", "Βλάχου"]),
        new("ar", ["ليلى", "يوسف", "مريم", "خالد"], ["الحسيني", "العتيبي", "منصور"]),
        new("hi", ["अनन्या", "राहुल", "प्रिया", "अर्जुन"], ["शर्मा", "वर्मा", "गुप्ता"]),
        new("he", ["נועה", "איתי", "מיכל"], ["כהן", "לוי", "שפירא"]),
        new("th", ["สมชาย", "พิมพ์ชนก", "อนุชา"], ["ศรีสุข", "วงศ์ใหญ่", "ทองดี"]),
    ];

    private static PersonName DrawPerson(GenerationContext c)
    {
        NameCulture culture = c.Pick(s_cultures);
        var person = new PersonName(c.Pick(culture.Given), c.Pick(culture.Family));
        c.Person = person;
        c.FamilyState = culture;
        return person;
    }

    private static PersonName CurrentPerson(GenerationContext c) => c.Person ?? DrawPerson(c);

    private static string WrittenName(PersonName p, GenerationContext c) =>
        c.FamilyState is NameCulture { FamilyFirst: true } ? p.Family + " " + p.Given : p.Given + " " + p.Family;

    /// <summary>A full name as the app writes it; argument "initial" abbreviates the family name, "mid" adds a middle initial.</summary>
    private static string Person(GenerationContext c, string? arg)
    {
        PersonName p = DrawPerson(c);
        return arg switch
        {
            "initial" when c.FamilyState is not NameCulture { FamilyFirst: true } => p.Given + " " + p.Family[0] + ".",
            "first-initial" when c.FamilyState is not NameCulture { FamilyFirst: true } => p.Given[0] + ". " + p.Family,
            _ => WrittenName(p, c),
        };
    }

    private static string Given(GenerationContext c, string? arg) => DrawPerson(c).Given.Split(' ')[0];

    /// <summary>The same person again (their given name, or the full name with "full").</summary>
    private static string Same(GenerationContext c, string? arg)
    {
        PersonName p = CurrentPerson(c);
        return arg == "full" ? WrittenName(p, c) : p.Given.Split(' ')[0];
    }

    /// <summary>Directory order, <c>Family, Given</c>.</summary>
    private static string Directory(GenerationContext c, string? arg)
    {
        PersonName p = DrawPerson(c);
        return arg == "upper" ? p.Family.ToUpperInvariant() + ", " + p.Given : p.Family + ", " + p.Given;
    }

    /// <summary>Given and family glued for a file name by the argument (<c>_</c> by default), spaces inside names too.</summary>
    private static string Glued(GenerationContext c, string? arg)
    {
        string glue = arg ?? "_";
        PersonName p = DrawPerson(c);
        string text = c.FamilyState is NameCulture { FamilyFirst: true } ? p.Family + glue + p.Given : p.Given + glue + p.Family;
        return text.Replace(" ", glue, StringComparison.Ordinal);
    }

    private static string Native(GenerationContext c, string? arg)
    {
        NameCulture culture = c.Pick(s_native);
        string given = c.Pick(culture.Given);
        string family = c.Pick(culture.Family);
        c.Person = new PersonName(given, family);
        c.FamilyState = null;
        return culture.Name switch
        {
            "ja" => family + " " + given,
            "zh" or "ko" => family + given,
            _ => given + " " + family,
        };
    }

    /// <summary>A person's login, no sigil: built from the current person (or a new one).</summary>
    private static string Login(GenerationContext c, string? arg)
    {
        PersonName p = arg == "new" ? DrawPerson(c) : CurrentPerson(c);
        string given = Ascii(p.Given.Split(' ')[0]);
        string family = Ascii(p.Family.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal));
        return c.Random.Next(6) switch
        {
            0 => given + "." + family,
            1 => given[0] + family,
            2 => given + "_" + family[..Math.Min(3, family.Length)],
            3 => given + c.Random.Between(7, 99).ToString(System.Globalization.CultureInfo.InvariantCulture),
            4 => family + given[0],
            _ => given + "-" + family,
        };
    }

    private static string Handle(GenerationContext c, string? arg) => "@" + Login(c, arg);

    // Logins and link slugs drop accents the way people type them (the harness may run with invariant globalization,
    // where Unicode normalisation cannot be relied on, so the letters are mapped here).
    private const string Accented = "áàâäãåāąăắằẳẵặấầẫậảạéèêëēęěếềễệẻẹíìîïīıỉịóòôöõøōőốồổỗộơớờởỡợỏọúùûüūůűưứừửữựủụýÿỳçćčñńňśšşșźżžłđďğřťţ";
    private const string Plain = "aaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeiiiiiiiiooooooooooooooooooooouuuuuuuuuuuuuuuyyycccnnnsssszzzlddgrtt";

    private static string Ascii(string text)
    {
        var b = new System.Text.StringBuilder(text.Length);
        foreach (char raw in text.ToLowerInvariant())
        {
            int at = Accented.IndexOf(raw, StringComparison.Ordinal);
            char ch = at >= 0 ? Plain[at] : raw;
            if (ch is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                b.Append(ch);
            }
            else if (ch == 'ß')
            {
                b.Append("ss");
            }
        }
        return b.Length == 0 ? "user" : b.ToString();
    }

    private static readonly string[] s_mailDomains =
        ["gmail.com", "outlook.com", "proton.me", "icloud.com", "yahoo.co.uk", "web.de", "gmx.at", "orange.fr", "libero.it", "uol.com.br",
         "naver.com", "qq.com", "mail.ru", "hotmail.es", "fastmail.fm", "seznam.cz", "wp.pl", "ziggo.nl"];

    private static readonly string[] s_workDomains =
        ["kestrel-logistics.com", "brightwater-clinic.org", "harlow-partners.law", "nordvik.no", "tillmann-bau.de", "ecole-saint-remi.fr",
         "oakridge-isd.org", "fernhill.co.uk", "cobaltbay.io", "meridian-insure.com", "sunpeak.com.au", "vantara.in", "lumen-rh.es"];

    /// <summary>An e-mail of the current person: argument "work" uses an employer's domain, "utf8" keeps accents in the local part.</summary>
    private static string Email(GenerationContext c, string? arg)
    {
        PersonName p = CurrentPerson(c);
        string local = arg == "utf8"
            ? p.Given.Split(' ')[0].ToLowerInvariant() + "." + p.Family.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant()
            : Login(c, null);
        if (c.Random.Chance(0.12))
        {
            local += "+" + c.Pick(new[] { "bank", "travel", "jobs", "school", "tax" });
        }
        string domain = arg == "work" ? c.Pick(s_workDomains) : c.Pick(s_mailDomains);
        return local + "@" + domain;
    }

    private static string NewEmail(GenerationContext c, string? arg)
    {
        DrawPerson(c);
        return Email(c, arg);
    }
}
