namespace Pipeline.Redaction.Evaluation.Generation.Fresh;

/// <summary>The fresh family's people: 30 cultures, written for this family (no list was copied from elsewhere).</summary>
internal static partial class FreshPools
{
    public static IReadOnlyList<FreshCulture> Cultures { get; } =
    [
        new("de", ["Lena", "Jonas", "Friederike", "Maximilian", "Jürgen", "Anke", "Lukas", "Henrike", "Matthias", "Sabine"],
            ["Hoffmann", "Brenner", "Schäfer", "Krüger", "Wittmann", "Albrecht", "Vogelsang", "Oberhuber", "Kessler", "Baumgärtner"]),
        new("fr", ["Camille", "Théo", "Élodie", "Baptiste", "Margaux", "Étienne", "Solène", "Quentin", "Maëlle"],
            ["Lefèvre", "Moreau", "Garnier", "Rousseau", "Chevalier", "Dubois-Laurent", "Mercier", "Fabre", "Le Goff"]),
        new("es", ["Lucía", "Alejandro", "Nerea", "Íñigo", "Carmen", "Javier", "Ainhoa", "Sergio", "Pilar"],
            ["Ortega", "Sanz", "Navarro", "Iglesias", "Domínguez", "Herrero", "Cuesta", "Vidal", "Echeverría"], SecondFamily: 0.5),
        new("nl", ["Sanne", "Daan", "Femke", "Joris", "Lotte", "Thijs", "Anouk", "Bram", "Maartje"],
            ["de Vries", "van den Berg", "Jansen", "Bakker", "Visser", "van Dijk", "Smits", "de Jong", "Kuipers", "van der Meulen"]),
        new("ja", ["Yuki", "Haruto", "Ren", "Aoi", "Takeshi", "Misaki", "Kenta", "Sayaka", "Daichi"],
            ["Tanaka", "Watanabe", "Kobayashi", "Yamamoto", "Nakamura", "Ishikawa", "Fujita", "Mori", "Hasegawa"]),
        new("ja-native", ["陽翔|Haruto", "美咲|Misaki", "健太|Kenta", "葵|Aoi", "蓮|Ren", "由美子|Yumiko"],
            ["田中|Tanaka", "渡辺|Watanabe", "小林|Kobayashi", "山本|Yamamoto", "中村|Nakamura", "石川|Ishikawa"], FamilyFirst: true),
        new("in", ["Priyanka", "Arjun", "Kavya", "Rohan", "Ananya", "Siddharth", "Meenakshi", "Vikram", "Lakshmi", "Aditya", "Harpreet"],
            ["Iyer", "Sharma", "Banerjee", "Reddy", "Nair", "Chatterjee", "Kulkarni", "Venkataraman", "Gupta", "Deshpande", "Sandhu"]),
        new("in-native", ["प्रिया|Priya", "राहुल|Rahul", "अनीता|Anita"], ["शर्मा|Sharma", "वर्मा|Verma", "जोशी|Joshi"]),
        new("br", ["Gabriela", "Thiago", "Larissa", "Rafael", "Beatriz", "Caio", "Fernanda", "Vinícius", "Luana"],
            ["Souza", "Oliveira", "Carvalho", "Albuquerque", "Ribeiro", "Nascimento", "Moura", "Teixeira", "Gonçalves"], SecondFamily: 0.45),
        new("se", ["Astrid", "Linnea", "Oskar", "Elsa", "Björn", "Maja", "Hugo"],
            ["Lindqvist", "Sjöberg", "Bergström", "Åkesson", "Holmgren", "Engström", "Nyberg"]),
        new("no", ["Ingrid", "Sindre", "Eirik", "Solveig", "Torunn", "Håkon"],
            ["Haugen", "Bakke", "Solberg", "Østby", "Lunde", "Brekke"]),
        new("dk", ["Mette", "Rasmus", "Freja", "Søren", "Ida", "Mikkel"],
            ["Kjærgaard", "Mortensen", "Dalsgaard", "Thygesen", "Bech", "Frandsen"]),
        new("fi", ["Aino", "Eetu", "Veera", "Juha", "Siiri", "Tuomas"],
            ["Virtanen", "Mäkinen", "Heikkilä", "Koskinen", "Järvinen", "Laaksonen"]),
        new("is", [], [], Whole: ["Sigríður;Jónsdóttir", "Guðmundur;Ólafsson", "Katrín;Einarsdóttir", "Ragnar;Þórsson"]),
        new("pl", [], [], Whole: ["Agnieszka;Kowalczyk", "Krzysztof;Zieliński", "Zofia;Wójcik", "Paweł;Nowak", "Magdalena;Lewandowska", "Tomasz;Dąbrowski"]),
        new("tr", ["Elif", "Mert", "Zeynep", "Emre", "Ayşe", "Burak"], ["Yılmaz", "Demir", "Aydın", "Çelik", "Şahin", "Öztürk"]),
        new("ar", ["Layla", "Omar", "Yasmin", "Karim", "Nour", "Tariq"], ["Haddad", "Al-Mansouri", "El-Sayed", "Nasser", "Khoury", "Bin Rashid"]),
        new("ar-native", ["ليلى|Layla", "عمر|Omar", "سارة|Sara"], ["حداد|Haddad", "الخوري|Khoury", "ناصر|Nasser"]),
        new("ng", ["Chinonso", "Oluwaseun", "Ngozi", "Adebayo", "Folake", "Emeka", "Chiamaka"],
            ["Okonkwo", "Adeyemi", "Eze", "Balogun", "Nwosu", "Okafor", "Adeleke"]),
        new("ke", ["Wanjiru", "Otieno", "Achieng", "Kiprono", "Njeri"], ["Kamau", "Odhiambo", "Mwangi", "Chebet", "Wekesa"]),
        new("zh", ["Wei", "Xiaoling", "Jun", "Mei", "Haoran", "Yutong"], ["Chen", "Zhang", "Liu", "Huang", "Zhou", "Xu"]),
        new("zh-native", ["伟|Wei", "晓玲|Xiaoling", "浩然|Haoran", "雨桐|Yutong"], ["陈|Chen", "张|Zhang", "刘|Liu", "黄|Huang"], FamilyFirst: true),
        new("ko-native", ["지훈|Jihoon", "서연|Seoyeon", "민준|Minjun", "하은|Haeun"], ["김|Kim", "박|Park", "이|Lee", "최|Choi"], FamilyFirst: true),
        new("ko", ["Jihoon", "Seoyeon", "Minjun", "Haeun", "Dohyun"], ["Kim", "Park", "Choi", "Jung", "Kang"]),
        new("vi", ["Thị Hương", "Văn Minh", "Quang Huy", "Thu Trang", "Minh Anh", "Đức Thắng"], ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đặng"], FamilyFirst: true),
        new("hu", ["Eszter", "Bence", "Réka", "Gergely", "Zsófia"], ["Nagy", "Kovács", "Szabó", "Tóth", "Horváth"], FamilyFirst: true),
        new("gr", [], [], Whole: ["Dimitra;Papadopoulou", "Nikos;Georgiou", "Eleni;Karamanli", "Giorgos;Antonopoulos", "Ελένη|Eleni;Παπαδοπούλου|Papadopoulou"]),
        new("it", ["Giulia", "Lorenzo", "Chiara", "Matteo", "Federica", "Alessandro"], ["Esposito", "Bianchi", "Russo", "Colombo", "De Luca", "Ferraro"]),
        new("ie", ["Siobhán", "Cian", "Aoife", "Darragh", "Niamh"], ["O'Sullivan", "Byrne", "Fitzgerald", "Ó Briain", "McCarthy"]),
        new("ru", [], [], Whole: ["Анна|Anna;Соколова|Sokolova", "Дмитрий|Dmitry;Волков|Volkov", "Ekaterina;Morozova", "Alexei;Smirnov"]),
        new("ir", ["Shirin", "Dariush", "Niloofar", "Kaveh"], ["Tehrani", "Moradi", "Rahimi", "Jafari"]),
        new("ph", ["Maricel", "Jomar", "Kristine", "Paolo"], ["dela Cruz", "Bautista", "Villanueva", "Manalo"]),
        new("mx", ["Ximena", "Santiago", "Guadalupe", "Emiliano", "Itzel"], ["Hernández", "Ramírez", "Cervantes", "Zavala", "Quintero"], SecondFamily: 0.4),
        new("et", ["Selam", "Dawit", "Hiwot", "Yonas"], ["Tesfaye", "Bekele", "Girma", "Alemu"]),
        // Given names that are also words (grace, may, bill): names here, the negatives use the words.
        new("en", ["Grace", "Jordan", "May", "Bill", "Rose", "Hunter", "Taylor", "Summer", "Will", "Chase"],
            ["Hughes", "Whitfield", "Carter", "Brooks", "Pennington", "Ashworth", "Lowry", "Calloway"]),
    ];

    /// <summary>Free-mail and work domains for addresses; the work ones are invented companies.</summary>
    public static IReadOnlyList<string> PersonalMailDomains { get; } =
    [
        "gmail.com", "outlook.com", "web.de", "gmx.net", "t-online.de", "orange.fr", "free.fr", "laposte.net", "yahoo.es",
        "hotmail.es", "ziggo.nl", "kpnmail.nl", "yahoo.co.jp", "docomo.ne.jp", "rediffmail.com", "uol.com.br", "bol.com.br",
        "telia.com", "online.no", "icloud.com", "proton.me", "libero.it", "wp.pl", "naver.com", "qq.com", "yandex.ru",
    ];

    public static IReadOnlyList<string> WorkMailDomains { get; } =
    [
        "brunnhof-logistik.de", "vellmar-energie.de", "oostkade.nl", "lumiere-conseil.fr", "altamira-seguros.es",
        "kivijarvi.fi", "sakura-seimitsu.co.jp", "tamarindlabs.io", "castelobranco.com.br", "fjellvind.no",
        "nordkap-bank.se", "greywater.co.uk", "parvati-infotech.in", "quillmark.com", "ostrava-stavby.cz",
    ];
}
