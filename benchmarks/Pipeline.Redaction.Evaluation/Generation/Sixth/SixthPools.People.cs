namespace Pipeline.Redaction.Evaluation.Generation.Sixth;

/// <summary>One culture's names for the sixth family. <see cref="Script"/> is true when the names are written in the
/// culture's own script (then e-mails and handles of such a person come from <see cref="Romanised"/>).</summary>
internal sealed record SixthCulture(
    string Name, IReadOnlyList<string> Given, IReadOnlyList<string> Family, bool FamilyFirst = false,
    bool Script = false, bool NoSpace = false, SixthCulture? Romanised = null);

/// <summary>Invented names from 40 cultures, written for this family only. Given names that are English words too
/// (Jordan, May, Grace, Will, Chase, …) are in the English pools on purpose: they are names here.</summary>
internal static class SixthPoolsPeople
{
    internal static readonly SixthCulture American = new("American",
        ["Jordan", "Grace", "Will", "Mark", "Rose", "Chase", "Dawn", "Faith", "Sky", "Bill", "May", "Paris", "Hope", "Brooke", "Tyler", "Madison"],
        ["Whitfield", "Page", "Hollister", "Brennan", "Calloway", "Dorsey", "Fairbanks", "Gaines", "Mercer", "Pruitt", "Stroud", "Vance"]);

    internal static readonly SixthCulture British = new("British",
        ["Harriet", "Alfie", "Imogen", "Rupert", "Poppy", "Callum", "Tilly", "Hugo", "Summer", "Autumn"],
        ["Ashdown", "Blackwood", "Cartwright", "Pemberton", "Thorne", "Whitlock", "Oakley", "Hargreaves"]);

    internal static readonly SixthCulture Irish = new("Irish",
        ["Saoirse", "Oisín", "Niamh", "Cian", "Aoife", "Tadhg", "Róisín"],
        ["Ó Súilleabháin", "Mac Carthaigh", "Fitzgerald", "Donnelly", "Ní Bhriain", "Kinsella"]);

    internal static readonly SixthCulture German = new("German",
        ["Jürgen", "Annika", "Malte", "Henrike", "Lorenz", "Wiebke", "Till", "Friederike"],
        ["Brandstätter", "Oberhuber", "Kleinschmidt", "Wendland", "Hoffmeister", "Ruhland", "von Hagen"]);

    internal static readonly SixthCulture French = new("French",
        ["Amélie", "Théo", "Océane", "Baptiste", "Maëlle", "Grégoire", "Solène"],
        ["Lefèvre", "Delacroix", "Marchetti", "Beaumarchais", "de la Roche", "Vasseur", "Ferrand"]);

    internal static readonly SixthCulture Spanish = new("Spanish",
        ["Iñaki", "Lucía", "Álvaro", "Ainhoa", "Rocío", "Joaquín"],
        ["Etxeberria Ruiz", "Castaño", "de la Fuente", "Ibáñez", "Quiroga", "Salvatierra"]);

    internal static readonly SixthCulture Italian = new("Italian",
        ["Ginevra", "Lorenzo", "Chiara", "Matteo", "Ludovica", "Tommaso"],
        ["Brambilla", "Castellucci", "De Santis", "Ferraro", "Pellegrini", "Zanetti"]);

    internal static readonly SixthCulture Brazilian = new("Brazilian",
        ["João Pedro", "Thaís", "Caio", "Letícia", "Rafaela", "Otávio"],
        ["Nogueira", "Albuquerque", "dos Santos", "Figueiredo", "Bezerra", "Magalhães"]);

    internal static readonly SixthCulture Dutch = new("Dutch",
        ["Sanne", "Bram", "Femke", "Joris", "Lieke", "Thijs"],
        ["van der Berg", "Verhoeven", "de Wit", "Kuijpers", "van Leeuwen", "Smeets"]);

    internal static readonly SixthCulture Polish = new("Polish",
        ["Małgorzata", "Krzysztof", "Zofia", "Bartłomiej", "Agnieszka", "Wojciech"],
        ["Wiśniewska", "Grabowski", "Zielińska", "Kaczmarek", "Dąbrowski", "Szymańska"]);

    internal static readonly SixthCulture Swedish = new("Swedish",
        ["Linnéa", "Oskar", "Saga", "Viggo", "Ebba", "Hampus"],
        ["Lindqvist", "Åkesson", "Bergström", "Sjöberg", "Holmgren", "Ekdahl"]);

    internal static readonly SixthCulture Finnish = new("Finnish",
        ["Aino", "Eetu", "Siiri", "Onni", "Venla"],
        ["Häkkinen", "Korhonen", "Lehtonen", "Mäkelä", "Väisänen"]);

    internal static readonly SixthCulture Greek = new("Greek",
        ["Eleni", "Dimitris", "Katerina", "Giorgos", "Sofia"],
        ["Papadopoulou", "Theodorou", "Alexiou", "Vlachos", "Karamanlis"]);

    internal static readonly SixthCulture GreekScript = new("Greek script",
        ["Ελένη", "Δημήτρης", "Κατερίνα", "Γιώργος"],
        ["Παπαδοπούλου", "Θεοδώρου", "Αλεξίου", "Βλάχος"], Script: true, Romanised: Greek);

    internal static readonly SixthCulture Turkish = new("Turkish",
        ["Elif", "Emre", "Zeynep", "Burak", "Ayşe", "Çağan"],
        ["Yılmaz", "Öztürk", "Karaca", "Şahin", "Aydoğan", "Güneş"]);

    internal static readonly SixthCulture Arabic = new("Arabic",
        ["Layla", "Omar", "Nour", "Yousef", "Rania", "Khalid"],
        ["Al-Hashimi", "Haddad", "El-Masri", "Khoury", "Al-Farsi", "Nasser"]);

    internal static readonly SixthCulture ArabicScript = new("Arabic script",
        ["ليلى", "عمر", "نور", "يوسف"],
        ["الهاشمي", "حداد", "المصري", "خوري"], Script: true, Romanised: Arabic);

    internal static readonly SixthCulture Persian = new("Persian",
        ["Shirin", "Dariush", "Parisa", "Kaveh", "Roya"],
        ["Tehrani", "Moradi", "Karimi", "Farahani", "Rostami"]);

    internal static readonly SixthCulture Hebrew = new("Hebrew",
        ["Noa", "Eitan", "Tamar", "Yonatan", "Shira"],
        ["Ben-David", "Mizrahi", "Peretz", "Avraham", "Friedman"]);

    internal static readonly SixthCulture HebrewScript = new("Hebrew script",
        ["נועה", "איתן", "תמר", "יונתן"],
        ["בן-דוד", "מזרחי", "פרץ", "אברהם"], Script: true, Romanised: Hebrew);

    internal static readonly SixthCulture Hindi = new("Hindi",
        ["Aarav", "Ishita", "Vihaan", "Ananya", "Rohan", "Kavya"],
        ["Malhotra", "Chaturvedi", "Srivastava", "Bhatnagar", "Agarwal", "Trivedi"]);

    internal static readonly SixthCulture Devanagari = new("Devanagari",
        ["आरव", "इशिता", "विहान", "अनन्या"],
        ["मल्होत्रा", "चतुर्वेदी", "श्रीवास्तव", "भटनागर"], Script: true, Romanised: Hindi);

    internal static readonly SixthCulture Tamil = new("Tamil",
        ["Karthik", "Meenakshi", "Senthil", "Lavanya", "Arul"],
        ["Subramanian", "Ramasamy", "Venkatesan", "Palaniappan", "Natarajan"]);

    internal static readonly SixthCulture TamilScript = new("Tamil script",
        ["கார்த்திக்", "மீனாட்சி", "செந்தில்"],
        ["சுப்பிரமணியன்", "ராமசாமி", "வெங்கடேசன்"], Script: true, Romanised: Tamil);

    internal static readonly SixthCulture Bengali = new("Bengali",
        ["Arnab", "Tanusree", "Sourav", "Moumita"],
        ["Chattopadhyay", "Banerjee", "Mukherjee", "Sengupta"]);

    internal static readonly SixthCulture Chinese = new("Chinese",
        ["Wei", "Xiaoling", "Haoran", "Yuting", "Zhiwei", "Jiayi"],
        ["Zhang", "Liu", "Chen", "Huang", "Zhou", "Xu"], FamilyFirst: true);

    internal static readonly SixthCulture ChineseScript = new("Chinese script",
        ["伟", "晓玲", "浩然", "雨婷", "志伟"],
        ["张", "刘", "陈", "黄", "周"], FamilyFirst: true, Script: true, NoSpace: true, Romanised: Chinese);

    internal static readonly SixthCulture Japanese = new("Japanese",
        ["Haruto", "Yui", "Sota", "Akari", "Ren", "Mio"],
        ["Takahashi", "Kobayashi", "Yamaguchi", "Matsumoto", "Inoue", "Kimura"], FamilyFirst: true);

    internal static readonly SixthCulture JapaneseScript = new("Japanese script",
        ["陽翔", "結衣", "蒼太", "明里"],
        ["高橋", "小林", "山口", "松本"], FamilyFirst: true, Script: true, Romanised: Japanese);

    internal static readonly SixthCulture Korean = new("Korean",
        ["Minjun", "Seoyeon", "Jiho", "Haeun", "Dohyun"],
        ["Park", "Choi", "Jung", "Kang", "Yoon"], FamilyFirst: true);

    internal static readonly SixthCulture KoreanScript = new("Korean script",
        ["민준", "서연", "지호", "하은"],
        ["박", "최", "정", "강"], FamilyFirst: true, Script: true, NoSpace: true, Romanised: Korean);

    internal static readonly SixthCulture Vietnamese = new("Vietnamese",
        ["Văn Minh", "Thị Hoa", "Quốc Bảo", "Ngọc Lan", "Đức Anh"],
        ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng"], FamilyFirst: true);

    internal static readonly SixthCulture Thai = new("Thai",
        ["Somchai", "Kanokwan", "Niran", "Ploy"],
        ["Wongsakul", "Chaiyaporn", "Srisuk", "Rattanakorn"]);

    internal static readonly SixthCulture ThaiScript = new("Thai script",
        ["สมชาย", "กนกวรรณ", "นิรันดร์"],
        ["วงศ์สกุล", "ชัยพร", "ศรีสุข"], Script: true, Romanised: Thai);

    internal static readonly SixthCulture Indonesian = new("Indonesian",
        ["Putri", "Agus", "Dewi", "Bayu", "Sari"],
        ["Wijaya", "Santoso", "Kusuma", "Hidayat", "Pratama"]);

    internal static readonly SixthCulture Filipino = new("Filipino",
        ["Maricel", "Jomar", "Kristine", "Rodel"],
        ["Dimaculangan", "Bautista", "Villanueva", "Macaraeg"]);

    internal static readonly SixthCulture Yoruba = new("Yoruba",
        ["Adebayo", "Folasade", "Oluwaseun", "Titilayo", "Babatunde"],
        ["Adeyemi", "Ogunleye", "Oladipo", "Fashola", "Akinwale"]);

    internal static readonly SixthCulture Igbo = new("Igbo",
        ["Chinedu", "Ngozi", "Obinna", "Adaeze", "Ikenna"],
        ["Okafor", "Nwosu", "Eze", "Obi", "Chukwu"]);

    internal static readonly SixthCulture Kenyan = new("Kenyan",
        ["Wanjiru", "Kamau", "Achieng", "Otieno", "Njeri"],
        ["Mwangi", "Odhiambo", "Kiprono", "Wambui", "Chebet"]);

    internal static readonly SixthCulture Ethiopian = new("Ethiopian",
        ["Selam", "Dawit", "Hiwot", "Yonas"],
        ["Tesfaye", "Alemu", "Bekele", "Gebremedhin"]);

    internal static readonly SixthCulture Amharic = new("Amharic script",
        ["ሰላም", "ዳዊት", "ሕይወት"],
        ["ተስፋዬ", "አለሙ", "በቀለ"], Script: true, Romanised: Ethiopian);

    internal static readonly SixthCulture Zulu = new("Zulu",
        ["Thandeka", "Sipho", "Nomvula", "Bongani"],
        ["Dlamini", "Khumalo", "Ndlovu", "Mthembu"]);

    internal static readonly SixthCulture Mexican = new("Mexican",
        ["Ximena", "Emiliano", "Guadalupe", "Santiago", "Itzel"],
        ["Hernández López", "Ramírez", "Cervantes", "Villalobos", "Zavala"]);

    internal static readonly SixthCulture Russian = new("Russian",
        ["Anastasia", "Dmitri", "Yekaterina", "Nikolai", "Polina"],
        ["Volkova", "Sokolov", "Lebedeva", "Morozov", "Kuznetsova"]);

    internal static readonly SixthCulture Cyrillic = new("Russian script",
        ["Анастасия", "Дмитрий", "Екатерина", "Николай"],
        ["Волкова", "Соколов", "Лебедева", "Морозов"], Script: true, Romanised: Russian);

    internal static readonly SixthCulture Ukrainian = new("Ukrainian",
        ["Oksana", "Taras", "Iryna", "Bohdan"],
        ["Shevchuk", "Kovalenko", "Bondarenko", "Tkachenko"]);

    internal static readonly SixthCulture Hungarian = new("Hungarian",
        ["Zsófia", "Bence", "Réka", "Levente", "Eszter"],
        ["Szabó", "Kovács", "Tóth", "Nagy", "Horváth"], FamilyFirst: true);

    internal static readonly SixthCulture Romanian = new("Romanian",
        ["Ioana", "Mihai", "Andreea", "Radu"],
        ["Popescu", "Ionescu", "Dumitrescu", "Constantinescu"]);

    internal static readonly SixthCulture Maori = new("Māori",
        ["Aroha", "Tamati", "Mereana", "Wiremu"],
        ["Te Awa", "Ngata", "Parata", "Tūhoe"]);

    internal static readonly SixthCulture Czech = new("Czech",
        ["Tereza", "Ondřej", "Kateřina", "Jiří"],
        ["Dvořáková", "Novotný", "Procházka", "Černá"]);

    /// <summary>Every culture; the romanised ones also give e-mails and handles.</summary>
    internal static readonly SixthCulture[] All =
    [
        American, British, Irish, German, French, Spanish, Italian, Brazilian, Dutch, Polish, Swedish, Finnish, Greek,
        GreekScript, Turkish, Arabic, ArabicScript, Persian, Hebrew, HebrewScript, Hindi, Devanagari, Tamil, TamilScript,
        Bengali, Chinese, ChineseScript, Japanese, JapaneseScript, Korean, KoreanScript, Vietnamese, Thai, ThaiScript,
        Indonesian, Filipino, Yoruba, Igbo, Kenyan, Ethiopian, Amharic, Zulu, Mexican, Russian, Cyrillic, Ukrainian,
        Hungarian, Romanian, Maori, Czech,
    ];

    /// <summary>Cultures whose directory form "Family, Given" is common in records (EHR, HR, legal).</summary>
    internal static readonly SixthCulture[] Western =
        [American, British, Irish, German, French, Spanish, Italian, Brazilian, Dutch, Polish, Swedish, Greek, Mexican, Romanian, Czech, Yoruba, Igbo];

    /// <summary>Words that are given names elsewhere, for negatives that use them as words.</summary>
    internal static readonly string[] NameWords =
        ["Jordan", "Paris", "May", "Page", "Bill", "Grace", "Will", "Mark", "Rose", "Chase", "Dawn", "Faith", "Sky", "Hope", "Summer", "Autumn", "Brooke"];
}
