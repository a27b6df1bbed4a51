namespace Pipeline.Redaction.Evaluation.Generation.Fifth;

internal static partial class FifthPools
{
    public static readonly string[] Separators = [" - ", " – ", " — ", " | ", " · ", " • "];

    public static readonly string[] PlusTags = ["bank", "shop", "steuer", "travail", "news", "invoices", "kita", "2fa"];

    public static readonly string[] MailDomains =
    [
        "posteo.de", "gmx.net", "web.de", "t-online.de", "orange.fr", "free.fr", "libero.it", "wp.pl", "onet.pl", "ziggo.nl",
        "telefonica.net", "sapo.pt", "uol.com.br", "yandex.ru", "naver.com", "daum.net", "qq.com", "163.com", "rediffmail.com",
        "gmail.com", "outlook.com", "icloud.com", "proton.me", "falkenried-logistik.de", "valmontel.fr", "ibarguren.es",
        "hanbit-sys.co.kr", "sakura-kikaku.co.jp", "deccanfintech.in", "alnoor-trading.ae", "northwind-analytics.com", "tecnoserra.it",
    ];

    /// <summary>Named pools for <c>{p:name}</c>; entries may hold placeholders (never labels).</summary>
    public static readonly Dictionary<string, string[]> Words = new(StringComparer.Ordinal)
    {
        // values whose whole text is one planted span
        ["uhandle"] = ["u/{handle}"],
        ["discordtag"] = ["{handle}#{sh:####}"],
        ["fedi"] = ["@{handle}@{one:mastodon.social|chaos.social|mastodon.online|piaille.fr|norden.social|mstdn.jp}"],
        ["bsky"] = ["@{handle}.bsky.social"],
        ["matrix"] = ["@{handle}:{one:matrix.org|tchncs.de|element.io}"],
        ["calurl"] = ["https://calendly.com/{slug}/{one:30min|15min|erstgespraech|rdv-30|reunion|kennismaking}", "calendly.com/{slug}/{one:1-1|45min|intro-call}"],
        ["linkedin"] = ["https://www.linkedin.com/in/{slug}-{hex:8}/", "linkedin.com/in/{slug}", "https://{one:de|fr|es|tr|pl}.linkedin.com/in/{slug}-{sh:%##}"],
        ["xing"] = ["https://www.xing.com/profile/{glued:de}"],
        ["calcom"] = ["cal.com/{slug}/{one:15min|30min|beratung}", "https://cal.com/{slug}"],
        ["zoom"] = ["https://{one:us06web|us02web|zoom}.zoom.us/j/{sh:%#<9,10>}?pwd={sh:*<32>}", "zoom.us/j/{sh:%#<10>}?pwd={sh:*<27>}.1"],
        ["discordgg"] = ["discord.gg/{sh:*<8>}", "https://discord.gg/{sh:*<10>}", "https://discord.com/invite/{sh:*<8>}"],
        ["slackinv"] = ["https://join.slack.com/t/{one:falkenried|valmontel|hanbit-sys|kestrelrow}/shared_invite/zt-{sh:~<11>}-{sh:^<22>}"],
        ["gmeet"] = ["https://meet.google.com/{lower:3}-{lower:4}-{lower:3}", "meet.google.com/{lower:3}-{lower:4}-{lower:3}"],
        ["teamsmeet"] = ["https://teams.microsoft.com/l/meetup-join/19%3ameeting_{sh:*<48>}%40thread.v2/0?context=%7b%22Tid%22%3a%22{uuid}%22%7d"],
        ["wagroup"] = ["https://chat.whatsapp.com/{sh:*<22>}"],
        ["tginvite"] = ["https://t.me/+{sh:&*<15>}", "t.me/joinchat/{sh:&^<21>}"],
        ["doodle"] = ["https://doodle.com/meeting/participate/id/{sh:~<8>}", "doodle.com/poll/{sh:~<16>}"],
        ["signalgrp"] = ["https://signal.group/#{sh:*<44>}"],
        ["onedrive"] = ["s!A{sh:^<20,26>}"],
        ["wetransfer"] = ["t-{sh:*<10>}"],
        ["drive"] = ["1{sh:^<32>}"],
        ["shortaddr"] = ["{n:10-999} {one:Valencia St|Mission St|Market St|Queen St W}", "{one:Torstraße|Kurfürstendamm|Sonnenallee|Leopoldstraße} {n:1-240}", "{n:1-180} {one:rue Oberkampf|boulevard Voltaire|rue de Rennes}"],
        ["pubchan"] = ["#general", "#random", "#allgemein", "#général", "#general-es", "#ogólny", "#genel", "#雑談"],
        // searches people type (for q=, query=, search_query=, k=)
        ["search"] =
        [
            "mietvertrag+k%C3%BCndigen+vorlage", "avocat+divorce+{one:lyon|nantes|lille}", "m%C3%A9dico+de+guardia+{one:madrid|sevilla}", "kredyt+hipoteczny+kalkulator",
            "bo%C5%9Fanma+avukat%C4%B1+{one:kad%C4%B1k%C3%B6y|%C3%A7ankaya}", "%E8%BB%A2%E8%81%B7+%E5%B9%B4%E5%8F%8E+{n:400-900}%E4%B8%87", "%EC%9B%94%EC%84%B8+%EA%B3%84%EC%95%BD%EC%84%9C+{one:%EC%96%91%EC%8B%9D|%EC%9E%91%EC%84%B1}",
            "schwanger+{n:5-30}.+woche+blutung", "hiv+test+anonym+{one:berlin|hamburg}", "depressione+psicologo+{one:milano|roma}", "dettes+surendettement+aide",
            "bewerbung+{one:kassiererin|pflegekraft|lagerist}+{one:ohne+erfahrung|teilzeit}", "hipoteca+{one:bbva|santander}+simulador+{n:100-400}000", "como+sair+de+um+relacionamento+abusivo",
            "{one:ausländerbehörde|einbürgerungstest}+termin+{one:köln|münchen}", "%22{one:annika|jorg|elodie|gonzalo}+{one:brandhuber|lefevre|ortega|wisniewska}%22",
        ],
        // ordinary words around values
        ["doc"] = ["Quartalsbericht", "Protokoll", "Compte rendu", "Presupuesto", "Relatório", "Verbale", "Notulen", "Sprawozdanie", "Rapor", "議事録", "회의록", "会议纪要", "रिपोर्ट", "تقرير", "Budget", "Roadmap"],
        ["city"] = ["Berlin", "Lyon", "Sevilla", "Porto", "Bologna", "Utrecht", "Kraków", "İzmir", "大阪", "부산", "成都", "Pune", "Dubai", "Jordan", "Paris", "Victoria", "Florence", "Georgetown", "Charlotte", "Adelaide"],
        ["price"] = ["{n:5-999},{n:10-99} €", "€{n:5-999}.{n:10-99}", "{n:10-999} zł", "₺{n:100-9999}", "¥{n:500-99999}", "₩{n:1000-99999}", "₹{n:100-9999}", "R$ {n:10-999},{n:10-99}", "{n:10-999} CHF", "${n:5-999}.{n:10-99}"],
        ["site"] = ["www.otto.de", "www.fnac.com", "www.elcorteingles.es", "www.zalando.it", "www.bol.com", "allegro.pl", "www.trendyol.com", "www.rakuten.co.jp", "www.coupang.com", "www.flipkart.com"],
        ["weekday"] = ["Montag", "mardi", "miércoles", "quinta-feira", "venerdì", "zaterdag", "niedziela", "Pazartesi", "月曜日", "화요일", "星期三", "शुक्रवार", "الأحد"],
    };
}
