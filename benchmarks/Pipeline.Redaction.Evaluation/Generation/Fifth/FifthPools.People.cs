namespace Pipeline.Redaction.Evaluation.Generation.Fifth;

/// <summary>The fifth family's own value pools: names of many cultures (romanised and in their own scripts),
/// numbering plans, card networks, IBAN layouts, id shapes, secret shapes, addresses, organisations and words.
/// Written for this family; every combination is made up.</summary>
internal static partial class FifthPools
{
    /// <summary>Naming cultures; <c>native|romanised</c> where the script is not Latin.</summary>
    public static readonly FifthCulture[] Cultures =
    [
        new("de", ["Annika", "Jörg", "Friederike", "Lukas", "Hannelore", "Matthias", "Svenja", "Jürgen"], ["Brandhuber", "Kößler", "Wiegand", "Schäfer", "Lindemann", "Oberhäuser", "Grünwald", "Vogt"], DoubleFamily: true),
        new("fr", ["Élodie", "Baptiste", "Margaux", "Thibault", "Solène", "Grégoire", "Anaïs", "Jean-Luc"], ["Lefèvre", "Delacroix", "Rousseau", "Chevalier", "de Montfort", "Garnier", "Fontaine", "Morel"], DoubleFamily: true),
        new("es", ["Itziar", "Gonzalo", "Rocío", "Álvaro", "Montserrat", "Íñigo", "Begoña", "Sergio"], ["Etxeberria", "Sánchez", "Ortega", "Muñoz", "de la Fuente", "Calvo", "Iglesias", "Navarro"], DoubleFamily: true),
        new("mx", ["Ximena", "Emiliano", "Guadalupe", "Rodrigo", "Citlali", "Joaquín", "Fernanda", "Tadeo"], ["Hernández", "Villaseñor", "Cuevas", "Olvera", "Zamudio", "Tapia", "Arriaga", "Peralta"], DoubleFamily: true),
        new("pt", ["Inês", "Gonçalo", "Leonor", "Tiago", "Mafalda", "Duarte", "Beatriz", "Rui"], ["Magalhães", "Figueiredo", "Quintela", "Antunes", "Sequeira", "Lobo", "Tavares", "Cardoso"], DoubleFamily: true),
        new("br", ["Thaís", "Caio", "Luana", "Vinícius", "Raíssa", "Otávio", "Jéssica", "Murilo"], ["da Silva", "Albuquerque", "Nogueira", "dos Santos", "Bezerra", "Prado", "Guimarães", "Teixeira"], DoubleFamily: true),
        new("it", ["Chiara", "Lorenzo", "Federica", "Niccolò", "Benedetta", "Gianluca", "Ilaria", "Matteo"], ["Esposito", "Lombardi", "D'Angelo", "Marchetti", "Ferraro", "De Luca", "Colombo", "Galli"]),
        new("nl", ["Femke", "Joris", "Marloes", "Sander", "Anouk", "Thijs", "Lieke", "Bram"], ["van der Meulen", "de Wit", "Bakker", "van Dijk", "Jansen", "ten Brink", "Visser", "van den Heuvel"]),
        new("pl", ["Agnieszka", "Krzysztof", "Małgorzata", "Paweł", "Zofia", "Łukasz", "Katarzyna", "Grzegorz"], ["Kowalczyk", "Wróbel", "Kaczmarek", "Nowak", "Gołąb", "Mazur", "Wójcik", "Krawczyk"], DoubleFamily: true),
        new("tr", ["Elif", "Emre", "Zeynep", "Burak", "Şule", "Oğuz", "Gülşen", "Mehmet"], ["Yılmaz", "Öztürk", "Çelik", "Aydın", "Kaya", "Doğan", "Şahin", "Arslan"]),
        new("ja", ["Haruto", "Yui", "Sota", "Aoi", "Ren", "Misaki", "Kaito", "Yuna"], ["Takahashi", "Watanabe", "Kobayashi", "Yamamoto", "Nakamura", "Inoue", "Kimura", "Matsumoto"]),
        new("jaK", ["陽翔|Haruto", "結衣|Yui", "颯太|Sota", "葵|Aoi", "蓮|Ren", "美咲|Misaki", "海斗|Kaito", "優奈|Yuna"], ["高橋|Takahashi", "渡辺|Watanabe", "小林|Kobayashi", "山本|Yamamoto", "中村|Nakamura", "井上|Inoue", "木村|Kimura", "松本|Matsumoto"], FamilyFirst: true),
        new("ko", ["Minjun", "Seoyeon", "Jihoon", "Hayoon", "Dohyun", "Jiwoo", "Eunji", "Taeyang"], ["Park", "Choi", "Jeong", "Kang", "Yoon", "Jang", "Lim", "Han"], FamilyFirst: true),
        new("koH", ["민준|Minjun", "서연|Seoyeon", "지훈|Jihoon", "하윤|Hayoon", "도현|Dohyun", "지우|Jiwoo", "은지|Eunji", "태양|Taeyang"], ["박|Park", "최|Choi", "정|Jeong", "강|Kang", "윤|Yoon", "장|Jang", "임|Lim", "한|Han"], FamilyFirst: true, Joiner: ""),
        new("zh", ["Wei", "Xiaoling", "Haoran", "Yuxin", "Zihan", "Jiayi", "Mingyu", "Shuang"], ["Zhang", "Liu", "Chen", "Huang", "Zhou", "Wu", "Xu", "Sun"], FamilyFirst: true),
        new("zhH", ["伟|Wei", "晓玲|Xiaoling", "浩然|Haoran", "雨欣|Yuxin", "子涵|Zihan", "佳怡|Jiayi", "明宇|Mingyu", "爽|Shuang"], ["张|Zhang", "刘|Liu", "陈|Chen", "黄|Huang", "周|Zhou", "吴|Wu", "徐|Xu", "孙|Sun"], FamilyFirst: true, Joiner: ""),
        new("hi", ["Aarav", "Ishita", "Vihaan", "Ananya", "Rohan", "Kavya", "Siddharth", "Meera"], ["Sharma", "Iyer", "Chatterjee", "Deshpande", "Reddy", "Malhotra", "Banerjee", "Kulkarni"]),
        new("hiD", ["आरव|Aarav", "इशिता|Ishita", "विहान|Vihaan", "अनन्या|Ananya", "रोहन|Rohan", "काव्या|Kavya", "सिद्धार्थ|Siddharth", "मीरा|Meera"], ["शर्मा|Sharma", "अय्यर|Iyer", "चटर्जी|Chatterjee", "देशपांडे|Deshpande", "रेड्डी|Reddy", "मल्होत्रा|Malhotra", "बनर्जी|Banerjee", "कुलकर्णी|Kulkarni"]),
        new("ar", ["Omar", "Layla", "Yousef", "Noura", "Khalid", "Mariam", "Tariq", "Huda"], ["al-Rashid", "bin Saeed", "El-Masry", "Haddad", "al-Khatib", "Nasser", "bin Hamdan", "Aziz"]),
        new("arA", ["عمر|Omar", "ليلى|Layla", "يوسف|Yousef", "نورة|Noura", "خالد|Khalid", "مريم|Mariam", "طارق|Tariq", "هدى|Huda"], ["الرشيد|al-Rashid", "بن سعيد|bin Saeed", "المصري|El-Masry", "حداد|Haddad", "الخطيب|al-Khatib", "ناصر|Nasser", "بن حمدان|bin Hamdan", "عزيز|Aziz"]),
        new("ru", ["Dmitri", "Sergei", "Nikolai", "Artem", "Mikhail", "Ilya"], ["Sokolov", "Morozov", "Lebedev", "Orlov", "Volkov", "Kuznetsov"]),
        new("ruF", ["Anastasia", "Ekaterina", "Olga", "Polina", "Irina", "Svetlana"], ["Petrova", "Volkova", "Kuznetsova", "Fedorova", "Sokolova", "Orlova"]),
        new("ruC", ["Дмитрий|Dmitri", "Сергей|Sergei", "Николай|Nikolai", "Артём|Artem", "Михаил|Mikhail"], ["Соколов|Sokolov", "Морозов|Morozov", "Лебедев|Lebedev", "Орлов|Orlov", "Волков|Volkov"]),
        new("ruCF", ["Анастасия|Anastasia", "Екатерина|Ekaterina", "Ольга|Olga", "Полина|Polina", "Ирина|Irina"], ["Петрова|Petrova", "Волкова|Volkova", "Кузнецова|Kuznetsova", "Фёдорова|Fedorova", "Соколова|Sokolova"]),
        new("el", ["Giorgos", "Kostas", "Nikos", "Dimitris", "Stavros", "Thanasis"], ["Papadopoulos", "Karagiannis", "Oikonomou", "Vlachos", "Georgiou", "Antoniadis"]),
        new("sv", ["Ebba", "Linnéa", "Oskar", "Björn", "Astrid", "Måns"], ["Lindqvist", "Sjöberg", "Åkesson", "Bergström", "Holm", "Nyström"]),
        new("fi", ["Aino", "Eetu", "Venla", "Juho", "Siiri", "Onni"], ["Virtanen", "Mäkinen", "Heikkilä", "Koskinen", "Laaksonen", "Järvinen"]),
        new("vi", ["Văn An", "Thị Hương", "Minh Khoa", "Ngọc Lan", "Quốc Bảo", "Thu Trang"], ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ"], FamilyFirst: true),
        new("hu", ["Zsófia", "Bence", "Réka", "Levente", "Eszter", "Gergő"], ["Nagy", "Kovács", "Szabó", "Tóth", "Horváth", "Varga"], FamilyFirst: true),
        new("yo", ["Adebayo", "Folasade", "Oluwaseun", "Titilayo", "Babatunde", "Yetunde"], ["Adeyemi", "Ogunleye", "Afolabi", "Adewale", "Olaniyan", "Bankole"]),
        new("ig", ["Chiamaka", "Obinna", "Ngozi", "Chukwuemeka", "Adaeze", "Ikenna"], ["Okonkwo", "Eze", "Nwosu", "Okafor", "Obi", "Nnamdi"]),
        new("sw", ["Wanjiru", "Otieno", "Akinyi", "Kamau", "Njeri", "Mwangi"], ["Kariuki", "Odhiambo", "Wambui", "Mutua", "Chege", "Ndungu"]),
        new("ie", ["Siobhán", "Cillian", "Aoife", "Ciarán", "Niamh", "Pádraig"], ["O'Sullivan", "Ní Bhriain", "MacCarthy", "Ó Murchú", "Fitzgerald", "Quinlan"]),
        new("fa", ["Shirin", "Dariush", "Parisa", "Kourosh", "Nasrin", "Babak"], ["Hosseini", "Tehrani", "Rahimi", "Jafari", "Moradi", "Karimi"]),
        new("he", ["Noa", "Itai", "Yael", "Amit", "Tamar", "Eyal"], ["Ben-David", "Mizrahi", "Friedman", "Peretz", "Azoulay", "Shapira"]),
        new("th", ["Somchai", "Ploy", "Anong", "Kittisak", "Naree", "Thanawat"], ["Srisuk", "Wongsakul", "Chaiyaporn", "Rattanakorn", "Suwannarat", "Boonmee"]),
        new("id", ["Putri", "Agus", "Dewi", "Bayu", "Ratna", "Hendra"], ["Wibowo", "Susanto", "Halim", "Kurniawan", "Setiawan", "Nugroho"]),
        new("cs", ["Ondřej", "Jiří", "Vojtěch", "Tomáš", "Lukáš", "Matěj"], ["Dvořák", "Novotný", "Černý", "Procházka", "Kučera", "Veselý"]),
        new("en", ["Grace", "Jordan", "Mark", "Will", "Summer", "Iris", "Victoria", "Rose", "May", "Bill", "Hunter", "Paris"], ["Page", "Hunter", "Whitcombe", "Ashdown", "Pryce", "Holloway", "Marsh", "Fairbairn"]),
    ];
}
