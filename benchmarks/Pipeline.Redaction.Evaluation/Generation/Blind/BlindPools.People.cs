namespace Pipeline.Redaction.Evaluation.Generation.Blind;

internal static partial class BlindPools
{
    /// <summary>Given and family names that go together. Family-first cultures are written family name first.</summary>
    public static IReadOnlyList<NameCulture> Cultures { get; } =
    [
        new("yoruba", ["Adebayo", "Folasade", "Olumide", "Titilayo", "Oluwaseun", "Yetunde", "Babatunde", "Morenike"], ["Adeyemi", "Ogunleye", "Akinola", "Bankole", "Olatunji", "Fashola", "Adesanya"]),
        new("igbo", ["Chinedu", "Ngozi", "Obinna", "Adaeze", "Ifeanyi", "Chiamaka", "Emeka", "Uchenna"], ["Okonkwo", "Nwosu", "Eze", "Obi", "Okafor", "Nwachukwu", "Uzoma"]),
        new("kenyan", ["Wanjiru", "Kamau", "Achieng", "Otieno", "Njeri", "Kipchoge", "Wairimu", "Mwangi"], ["Kariuki", "Odhiambo", "Mutua", "Kiplagat", "Wambui", "Ndungu", "Chebet"]),
        new("ghanaian", ["Kwame", "Akosua", "Kofi", "Ama", "Yaw", "Efua", "Kwabena", "Abena"], ["Mensah", "Boateng", "Asante", "Owusu", "Appiah", "Darko", "Agyeman"]),
        new("ethiopian", ["Selam", "Dawit", "Hirut", "Tesfaye", "Meron", "Yonas", "Bethlehem", "Getachew"], ["Bekele", "Haile", "Tadesse", "Gebremedhin", "Alemu", "Wolde", "Desta"]),
        new("finnish", ["Aino", "Eero", "Sanna", "Juha", "Kaisa", "Ville", "Tuula", "Pekka"], ["Virtanen", "Mäkinen", "Heikkilä", "Koskinen", "Järvinen", "Lehtonen", "Nieminen"]),
        new("icelandic", ["Guðrún", "Sigurður", "Þóra", "Ragnar", "Björk", "Hafþór", "Katrín", "Ólafur"], ["Jónsdóttir", "Sigurðsson", "Magnúsdóttir", "Gunnarsson", "Þórsdóttir", "Einarsson"]),
        new("greek", ["Eleni", "Giorgos", "Dimitra", "Konstantinos", "Sofia", "Nikolaos", "Vasiliki", "Stavros"], ["Papadopoulou", "Georgiou", "Konstantinidis", "Nikolaidis", "Karamanlis", "Economou", "Vlachos"]),
        new("turkish", ["Elif", "Mehmet", "Zeynep", "Emre", "Ayşe", "Barış", "Gül", "Oğuz"], ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Doğan"]),
        new("polish", ["Agnieszka", "Paweł", "Małgorzata", "Krzysztof", "Zofia", "Łukasz", "Katarzyna", "Wojciech"], ["Kowalczyk", "Wiśniewska", "Zieliński", "Lewandowska", "Szymański", "Wójcik", "Kamińska"]),
        new("czech", ["Tereza", "Jiří", "Lucie", "Tomáš", "Petra", "Ondřej", "Markéta", "Vojtěch"], ["Dvořák", "Novotná", "Procházka", "Kučerová", "Veselý", "Horáková", "Černý"]),
        new("hungarian", ["Eszter", "Bence", "Zsófia", "Levente", "Réka", "Gergely", "Dóra", "Ádám"], ["Kovács", "Szabó", "Tóth", "Varga", "Horváth", "Nagy", "Farkas"], FamilyFirst: true),
        new("romanian", ["Ioana", "Andrei", "Mihaela", "Răzvan", "Alexandra", "Cristian", "Bianca", "Ștefan"], ["Popescu", "Ionescu", "Dumitrescu", "Stoica", "Constantinescu", "Munteanu", "Georgescu"]),
        new("portuguese", ["Inês", "João", "Beatriz", "Gonçalo", "Mariana", "Tiago", "Leonor", "Duarte"], ["Carvalho", "Gonçalves", "Ribeiro", "Magalhães", "Pinto", "Fonseca", "Sequeira"]),
        new("brazilian", ["Thiago", "Larissa", "Gustavo", "Camila", "Rafael", "Juliana", "Vinícius", "Letícia"], ["dos Santos", "Oliveira", "Nascimento", "Araújo", "Cavalcanti", "Barbosa", "Moura"]),
        new("filipino", ["Maricel", "Jomar", "Kristine", "Rodel", "Liezel", "Arnel", "Jhoanna", "Ramil"], ["Dela Cruz", "Bautista", "Villanueva", "Macaraeg", "Manalo", "Castillo", "Panganiban"]),
        new("indonesian", ["Putri", "Agus", "Dewi", "Bambang", "Sri", "Hendra", "Ayu", "Rizky"], ["Wijaya", "Santoso", "Halim", "Kusuma", "Pratama", "Hidayat", "Setiawan"]),
        new("vietnamese", ["Thị Mai", "Văn Hùng", "Thu Trang", "Minh Khôi", "Ngọc Ánh", "Đức Anh", "Thanh Hà"], ["Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi"], FamilyFirst: true),
        new("korean", ["Ji-woo", "Min-seo", "Seo-yeon", "Do-hyun", "Ha-eun", "Jun-ho", "Ye-jin"], ["Park", "Choi", "Jung", "Kang", "Yoon", "Jang", "Lim"], FamilyFirst: true),
        new("chinese", ["Xiaoming", "Jingyi", "Haoran", "Yuxuan", "Zihan", "Weiwei", "Jiahui"], ["Zhang", "Liu", "Chen", "Huang", "Zhou", "Xu", "Sun"], FamilyFirst: true),
        new("japanese", ["Haruto", "Yui", "Sota", "Aoi", "Ren", "Hina", "Kaito", "Sakura"], ["Takahashi", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato"]),
        new("indian", ["Aarav", "Diya", "Vihaan", "Ananya", "Ishaan", "Kavya", "Rohan", "Meera"], ["Iyer", "Reddy", "Chatterjee", "Deshpande", "Banerjee", "Nair", "Kulkarni", "Venkataraman"]),
        new("pakistani", ["Ayesha", "Bilal", "Hina", "Usman", "Sana", "Faisal", "Mahnoor", "Hamza"], ["Qureshi", "Siddiqui", "Malik", "Chaudhry", "Butt", "Abbasi", "Rana"]),
        new("persian", ["Shirin", "Dariush", "Laleh", "Kaveh", "Parisa", "Arash", "Nasrin", "Babak"], ["Tehrani", "Moradi", "Karimi", "Rahimi", "Jafari", "Sadeghi", "Ahmadi"]),
        new("arabic", ["Layla", "Omar", "Rania", "Khalid", "Nour", "Tariq", "Salma", "Youssef"], ["Al-Mansouri", "Haddad", "Khoury", "El-Sayed", "Al-Hashimi", "Nasser", "Barakat"]),
        new("israeli", ["Noa", "Itai", "Tamar", "Yonatan", "Shira", "Eitan", "Maya", "Amit"], ["Friedman", "Mizrahi", "Ben-David", "Shapira", "Peretz", "Avraham", "Goldberg"]),
        new("irish", ["Siobhán", "Cillian", "Aoife", "Oisín", "Niamh", "Tadhg", "Róisín", "Eoin"], ["Ó Briain", "Mac Carthaigh", "O'Sullivan", "Fitzgerald", "Ní Dhomhnaill", "Byrne", "Quinlan"]),
        new("scottish", ["Callum", "Isla", "Fraser", "Eilidh", "Angus", "Morag", "Hamish", "Kirsty"], ["MacLeod", "McGregor", "Drummond", "Sinclair", "Munro", "MacKenzie", "Buchanan"]),
        new("dutch", ["Sanne", "Joost", "Femke", "Bram", "Lotte", "Maarten", "Anouk", "Thijs"], ["van der Berg", "de Vries", "van Dijk", "Bakker", "Visser", "van den Broek", "Smit"]),
        new("french", ["Anne-Sophie", "Jean-Baptiste", "Clémence", "Mathis", "Océane", "Baptiste", "Marie-Claire", "Loïc"], ["Lefèvre", "Moreau", "Fontaine", "Girard", "Rousseau", "Chevalier", "Lambert-Dubois"]),
        new("spanish", ["Lucía", "Alejandro", "Carmen", "Javier", "Nerea", "Íñigo", "Rocío", "Álvaro"], ["García Márquez", "Fernández", "Iglesias", "Ruiz de la Torre", "Navarro", "Olmedo", "Castaño"]),
        new("mexican", ["Ximena", "Santiago", "Guadalupe", "Emiliano", "Valeria", "Mateo", "Itzel", "Diego"], ["Hernández", "Zúñiga", "Villaseñor", "Quintanilla", "Cervantes", "Arellano", "Treviño"]),
        new("maori", ["Aroha", "Tane", "Mere", "Wiremu", "Anahera", "Rawiri", "Hine", "Nikau"], ["Ngata", "Tawhiri", "Parata", "Walker-Ngata", "Te Whiu", "Rangi", "Tamihana"]),
        new("ukrainian", ["Oksana", "Taras", "Yuliia", "Bohdan", "Iryna", "Mykola", "Solomiia", "Dmytro"], ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchuk", "Hnatyuk"]),
        new("georgian", ["Nino", "Giorgi", "Tamari", "Levan", "Mariam", "Irakli", "Salome", "Davit"], ["Beridze", "Kapanadze", "Gelashvili", "Lomidze", "Tsiklauri", "Japaridze", "Maisuradze"]),
        new("armenian", ["Anahit", "Tigran", "Lusine", "Aram", "Mariam", "Gevorg", "Siranush", "Hayk"], ["Petrosyan", "Hakobyan", "Sargsyan", "Grigoryan", "Vardanyan", "Mkrtchyan", "Avetisyan"]),
        new("swedish", ["Linnea", "Oskar", "Ebba", "Viktor", "Saga", "Axel", "Maja", "Elias"], ["Lindqvist", "Bergström", "Sjöberg", "Åkesson", "Holmgren", "Nyström", "Engström"]),
        new("german", ["Friederike", "Maximilian", "Annika", "Jannik", "Henrike", "Lennart", "Wiebke", "Malte"], ["Schröder", "Weißenborn", "von Hagen", "Brandt", "Kühne", "Hoffmann-Lenz", "Vogt"]),
    ];

    /// <summary>Whole names in their own scripts, as a contact list shows them.</summary>
    public static IReadOnlyList<string> NativeScriptNames { get; } =
    [
        "Νίκος Παπαδάκης", "Ελένη Σταυροπούλου", "נועה לוי", "יונתן אברהם", "ليلى الحسيني", "عمر الفاروق",
        "अनन्या वर्मा", "रोहन त्रिपाठी", "สมชาย รุ่งเรือง", "ปิยะนุช ศรีสุข", "박서연", "최민준", "王秀英", "李志强",
        "高橋 美咲", "山口 健太", "ნინო ბერიძე", "Անի Պետրոսյան", "Олена Коваленко", "Тарас Мельник",
        "রাহুল দাশগুপ্ত", "கார்த்திக் சுப்பிரமணியன்", "Ձյուն Հովհաննիսյան", "Зарина Ахметова",
    ];

    /// <summary>E-mail local parts that keep their letters (Unicode mailboxes, RFC 6531).</summary>
    public static IReadOnlyList<string> UnicodeLocalParts { get; } =
    [
        "søren.ærø", "çağla.öztürk", "łucja.żak", "jiří.dvořák", "åsa.ström", "gökhan.şen", "inês.simões",
        "maël.lévêque", "zoë.brontë", "ñuño.peña", "дмитрий", "李明", "θεοδώρα", "ümran.güç",
    ];

    /// <summary>Workplace domains of made-up companies; reserved-looking TLDs are avoided so they read as real.</summary>
    public static IReadOnlyList<string> CompanyDomains { get; } =
    [
        "kestrelworks.io", "marrowfield.co.uk", "tidewater-labs.com", "quillon.de", "brightkelp.fr", "sorrelbank.nl",
        "ironbark.com.au", "nordlys-data.no", "pampasoft.com.ar", "lumenhive.ca", "gingko-health.jp", "veldtcraft.co.za",
    ];

    public static IReadOnlyList<string> FreeMailDomains { get; } =
    [
        "gmail.com", "outlook.com", "proton.me", "icloud.com", "yahoo.co.jp", "web.de", "gmx.at", "mail.ru",
        "libero.it", "seznam.cz", "naver.com", "fastmail.com", "hey.com", "tutanota.com", "orange.fr", "wp.pl",
    ];

    public static IReadOnlyList<string> PlusTags { get; } = ["receipts", "travel", "github", "school", "shop2026", "taxes"];

    public static IReadOnlyList<string> FediverseInstances { get; } =
        ["fosstodon.org", "hachyderm.io", "mastodon.nz", "chaos.social", "mstdn.jp", "infosec.exchange"];

    /// <summary>Service and machine accounts an ssh title shows: a login, not a person's mailbox or handle.</summary>
    public static IReadOnlyList<string> ServiceLogins { get; } = ["deploy", "ubuntu", "ec2-user", "root", "admin", "ops", "ci", "pi", "core"];
}
