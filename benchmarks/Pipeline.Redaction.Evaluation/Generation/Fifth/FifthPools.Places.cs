namespace Pipeline.Redaction.Evaluation.Generation.Fifth;

internal static partial class FifthPools
{
    /// <summary>Street addresses in the local formats of 21 countries: number before or after the street, postcodes,
    /// unit, floor and flat markers in the local language. Patterns rendered with the fifth generators.</summary>
    public static readonly Dictionary<string, string[]> Addresses = new(StringComparer.Ordinal)
    {
        ["de"] =
        [
            "{one:Lindenstraße|Bahnhofstraße|Am Mühlbach|Schillerweg|Kastanienallee|Hohenzollernring|Gartenstr.} {n:1-180}{one:||a|b}, {sh:%####} {one:Berlin|Leipzig|Köln|Freiburg im Breisgau|Hamburg|Nürnberg}",
            "{one:Rosenweg|Hauptstr.|Friedrichstraße|Eichendorffweg} {n:1-90}, {one:2. OG|Hinterhaus, 3. OG|Whg. 14|c/o Büro 5}, {sh:%####} {one:München|Dresden|Bremen|Mainz}",
        ],
        ["at"] = ["{one:Mariahilfer Straße|Landstraßer Hauptstraße|Getreidegasse} {n:1-140}/{n:1-30}, {one:1060 Wien|1030 Wien|5020 Salzburg}"],
        ["ch"] = ["{one:Seestrasse|Bahnhofstrasse|Rue du Rhône|Via Nassa} {n:1-99}, {one:8002 Zürich|8001 Zürich|1204 Genève|6900 Lugano}"],
        ["fr"] =
        [
            "{n:1-120}{one:|| bis| ter} {one:rue des Tanneurs|avenue Jean-Jaurès|boulevard Voltaire|rue du Faubourg Saint-Denis|impasse des Lilas|allée des Marronniers}, {sh:%####} {one:Lyon|Nantes|Paris|Toulouse|Lille|Rennes}",
            "{one:Bât. B|Bâtiment C, Esc. 2|Appt 34}, {n:1-80} {one:rue Paul-Bert|quai de la Fosse|rue Oberkampf}, {one:69003 Lyon|44000 Nantes|75011 Paris}",
        ],
        ["be"] = ["{one:Rue Royale|Kerkstraat|Chaussée de Wavre|Meir} {n:1-200}{one:| bus 3| boîte 12}, {one:1000 Bruxelles|2000 Antwerpen|1050 Ixelles|9000 Gent}"],
        ["es"] =
        [
            "{one:Calle de Alcalá|Avenida Diagonal|Calle Mayor|Paseo de la Castellana|Carrer de Provença|Calle Sierpes} {n:1-300}, {n:1-9}º {one:A|B|izq.|dcha.|2ª}, {sh:#####} {one:Madrid|Barcelona|Sevilla|Valencia|Bilbao}",
            "{one:C/ Gran Vía|Avda. de la Constitución|C/ San Vicente Mártir} {n:1-150}, {one:bajo|entlo. 1ª|3º D}, {sh:#####} {one:Madrid|Valencia|Zaragoza}",
        ],
        ["mx"] = ["{one:Av. Insurgentes Sur|Calle Durango|Av. Chapultepec} {n:10-2400}, {one:Int. 4B|Depto. 302|Piso 7}, Col. {one:Roma Norte|Del Valle|Condesa}, {sh:0####} Ciudad de México, CDMX"],
        ["pt"] = ["{one:Rua Augusta|Rua de Santa Catarina|Rua do Ouro|Avenida da Liberdade} {n:1-250}, {n:1-8}.º {one:Esq.|Dto.|Frente}, {sh:%###}-{sh:###} {one:Lisboa|Porto|Braga}"],
        ["br"] = ["{one:Rua das Palmeiras|Av. Paulista|Rua Oscar Freire|Rua XV de Novembro}, {n:10-2500}, {one:apto|apt.|sala|bloco B, apto} {n:11-1204}, {one:São Paulo - SP|Curitiba - PR|Belo Horizonte - MG}, {sh:#####}-{sh:###}"],
        ["it"] =
        [
            "Via {one:Garibaldi|Roma|dei Mille|Torino|Nazionale|Po} {n:1-200}, {sh:#####} {one:Milano MI|Roma RM|Torino TO|Bologna BO}",
            "{one:Corso Vittorio Emanuele II|Piazza Cavour|Viale Monza} {n:1-150}, {one:scala B, interno 7|int. 12|piano 3}, {sh:#####} {one:Napoli NA|Milano MI|Firenze FI}",
        ],
        ["nl"] = ["{one:Keizersgracht|Oudegracht|Kerkstraat|Prinsengracht|Witte de Withstraat|Damrak} {n:1-400}{one:|-2|-III|A|-hs| bis}, {sh:%###} {one:AB|CJ|KL|PW|EX|TR} {one:Amsterdam|Utrecht|Rotterdam|Den Haag|Groningen}"],
        ["pl"] = ["ul. {one:Marszałkowska|Piotrkowska|Długa|Floriańska|Świętojańska|Mokotowska} {n:1-200}{one:|/12| m. 4| lok. 7|/3 m. 15}, {sh:##}-{sh:###} {one:Warszawa|Łódź|Kraków|Gdańsk|Gdynia|Poznań}"],
        ["tr"] = ["{one:Atatürk Cad.|İstiklal Cad.|Bağdat Cad.|Cumhuriyet Mah. Lale Sok.|Moda Cad.} No: {n:1-220}{one:| Daire: 7| D: 12| Kat: 3 D: 8}, {sh:%####} {one:Kadıköy/İstanbul|Çankaya/Ankara|Konak/İzmir|Beyoğlu/İstanbul}"],
        ["jp"] =
        [
            "{one:東京都渋谷区神南|大阪府大阪市北区梅田|京都府京都市中京区烏丸通|福岡県福岡市博多区博多駅前|東京都港区赤坂}{n:1-5}-{n:1-30}-{n:1-20}{one:| 3階| 502号室| サンライズビル8F}",
            "{n:1-5}-{n:1-30}-{n:1-20} {one:Jingumae, Shibuya-ku|Umeda, Kita-ku|Akasaka, Minato-ku|Nishishinjuku, Shinjuku-ku}, {one:Tokyo|Osaka} {sh:1##}-{sh:####}",
        ],
        ["kr"] =
        [
            "{one:서울특별시 강남구 테헤란로|서울특별시 마포구 월드컵북로|부산광역시 해운대구 센텀중앙로|성남시 분당구 판교역로} {n:1-500}{one:, 12층|, 101동 1203호| 3층|}",
            "{n:1-300} {one:Teheran-ro, Gangnam-gu|Sejong-daero, Jung-gu|Centum jungang-ro, Haeundae-gu}, {one:Seoul|Busan} {sh:0####}",
        ],
        ["cn"] = ["{one:北京市朝阳区建国路|上海市浦东新区世纪大道|深圳市南山区科技园路|广州市天河区体育西路|杭州市西湖区文三路}{n:1-300}号{one:|3号楼1205室|A座18层|2单元602室}"],
        ["in"] = ["{one:Flat|Flat No.|Apt} {n:101-1204}, {one:Sea View Apartments|Prestige Towers|Green Park Residency|Shanti Kunj}, {n:1-90} {one:Marine Drive|MG Road|Linking Road|Park Street}, {one:Mumbai 400020|Bengaluru 560001|Pune 411001|Kolkata 700016}"],
        ["ae"] = ["{one:Office|Apt|Villa} {n:101-4502}, {one:Marina Crown|Al Saqr Business Tower|Burj Views B|Al Wasl Villas}, {one:Sheikh Zayed Road|Al Khail Road|Jumeirah Beach Road}, {one:Dubai|Abu Dhabi}"],
        ["sa"] = ["{one:طريق الملك فهد|شارع العليا|طريق الأمير سلطان} {n:10-9000}، {one:حي العليا|حي الملز|حي الروضة}، {one:الرياض|جدة} {sh:1####}"],
        ["us"] = ["{n:100-9800} {one:Maple Ave|Valencia St|Elm Street|Sunset Blvd|W 42nd St|Lakeshore Dr}, {one:Apt|Suite|Unit|#} {n:1-40}{one:|A|B}, {one:San Francisco, CA 94110|Austin, TX 78701|Brooklyn, NY 11215|Denver, CO 80205|Chicago, IL 60614}"],
        ["gb"] = ["{one:Flat|Flat|Unit} {n:1-40}, {n:1-200} {one:Mill Lane|Victoria Road|Church Street|Kingsland Road|Grange Park Avenue}, {one:London E8 2PB|Manchester M4 1HN|Leeds LS6 3AA|Bristol BS3 4QE|Edinburgh EH6 5JQ}"],
        ["au"] = ["Unit {n:1-30}/{n:1-300} {one:George St|Chapel St|Brunswick St|Oxford St}, {one:Fitzroy VIC 3065|Surry Hills NSW 2010|New Farm QLD 4005}"],
    };

    /// <summary>Made-up companies with the legal forms of their countries.</summary>
    public static readonly Dictionary<string, string[]> Orgs = new(StringComparer.Ordinal)
    {
        ["de"] = ["{one:Falkenried|Hollerbach|Weidenau|Sturmfels|Kranichstein|Bramstedt} {one:Logistik|Maschinenbau|Immobilien|Verpackung|Software|Haustechnik} {one:GmbH|GmbH & Co. KG|AG|UG (haftungsbeschränkt)|KG}"],
        ["fr"] = ["{one:Valmontel|Brasserie Lanquetot|Atelier Corvisart|Ferronnerie Daubigny|Groupe Martinval|Transports Rivaud} {one:SARL|SAS|S.A.|SASU}"],
        ["es"] = ["{one:Construcciones Ibarguren|Distribuciones Alcaraz|Talleres Mendiola|Grupo Ocaña|Bodegas Larrañeta} {one:S.L.|S.A.|S.L.U.}"],
        ["pt"] = ["{one:Ferreira & Filhos|Transportes Vilaça|Metalúrgica Sarzedo|Quinta do Arneiro|Cortiças Amorinha} {one:Lda.|S.A.|Ltda.}"],
        ["it"] = ["{one:Tecnoserra|Officine Brambati|Salumificio Orlandini|Fratelli Castagnoli|Ceramiche Varesine} {one:S.r.l.|S.p.A.|S.n.c.|S.r.l.s.}"],
        ["nl"] = ["{one:Van Dijk Installatietechniek|Bloemgaard Export|De Grift Bouw|Noorderlicht Media|Zeewolde Agro} {one:B.V.|N.V.}"],
        ["pl"] = ["{one:Sowa Meble|Transbud Kielce|Polmarex|Zakłady Wierzbica|Bursztyn Ekspert} {one:Sp. z o.o.|S.A.|sp.k.}"],
        ["tr"] = ["{one:Yıldız Tekstil|Karadeniz Lojistik|Ege Makina|Boğaziçi Gıda|Kapadokya Seramik} {one:A.Ş.|Ltd. Şti.}"],
        ["jp"] = ["{one:株式会社ミドリ精機|有限会社さくら企画|株式会社東雲ロジテック|Kisaragi Denki K.K.|Hoshino Trading Co., Ltd.|合同会社アオバ設計}"],
        ["kr"] = ["{one:Hanbit Systems Co., Ltd.|Daeyang Precision Co., Ltd.|주식회사 한빛소프트|(주)대양정밀|Seorin Bio Inc.}"],
        ["cn"] = ["{one:深圳市星河科技有限公司|上海云杉贸易有限公司|Hangzhou Qingshan Tech Co., Ltd.|Chengdu Baixing Foods Co., Ltd.|北京蓝鲸数据有限公司}"],
        ["in"] = ["{one:Sharma Agro|Kaveri Textiles|Deccan Fintech|Ganga Polymers|Nilgiri Spices} {one:Pvt Ltd|Private Limited|LLP}"],
        ["ar"] = ["{one:Al Noor Trading|Gulf Horizon Contracting|Bayt Al Zaytoun|Najd Logistics|Sahara Pearl Events} {one:LLC|FZ-LLC|W.L.L.|FZE}"],
        ["en"] = ["{one:Northwind Analytics|Bramblewood Partners|Copperline Freight|Harrowgate Dental|Kestrel Row Media|Ashgrove Roofing} {one:Inc.|LLC|Ltd|Pty Ltd|LLP|Corp.}"],
        ["nordic"] = ["{one:Fjällström Bygg AB|Norrsken Data AB|Tindeland Eiendom AS|Fjordvik Shipping AS|Kuusela Kone Oy|Revontuli Media Oy}"],
    };

    public static readonly string[] RepoOwners =
        ["falkenried-it", "valmont-labs", "hanbit-sys", "kestrelrow", "ferreira-filhos", "sakura-works", "deccan-fintech", "noorderlicht", "polmarex-it", "ibarguren-dev", "annika-b", "obinna-dev", "yilmaz-e", "tecnoserra", "copperline"];

    public static readonly string[] RepoNames =
        ["billing-api", "infra-terraform", "lohnabrechnung", "facturation-web", "app-mobile", "kundenportal", "data-pipeline", "crm-sync", "rechnungs-export", "ops-runbooks", "payroll-jp", "site-vitrine", "muhasebe-servis", "magazyn-api", "pedidos-backend", "internal-tools"];

    public static readonly string[] ChannelHeads = ["proj", "team", "kunde", "client", "equipo", "zespol", "ekip", "ops", "inc", "ext", "sales", "support", "prj", "dept"];

    public static readonly string[] ChannelTails =
        ["falkenried", "umzug-q3", "lancement-v2", "migracion", "wdrozenie", "yayin", "oncall", "payroll", "rollout-jp", "launch-kr", "audit-2026", "valmont", "fusion-ibarguren", "hanbit", "tokyo-office", "bonus-2026"];
}
