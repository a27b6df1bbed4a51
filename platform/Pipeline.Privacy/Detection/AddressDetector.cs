using System.Buffers;
using System.Text.RegularExpressions;
using static Pipeline.Privacy.Detection.Text;

namespace Pipeline.Privacy.Detection;

/// <summary>
/// Street addresses: a house number and a street with a street-type word (US, UK: <c>500 Market St</c>), German
/// (<c>Hauptstraße 5</c>), French (<c>12 rue de la Paix</c>), Spanish, Italian and Portuguese (<c>Via Roma 10</c>),
/// Japanese block numbers (<c>4-2-1 Akasaka, Minato City</c>) and PO boxes; then the unit, city, state and postal code
/// that follow after commas. A postal code and a city alone ("ZIP 10115 Berlin") name an area, not a home, and stay.
/// </summary>
internal static class AddressDetector
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    private static readonly Regex s_street = new(
        // Number first, street word last (US, UK, Canada, Australia, India): "500 Market St", "12 MG Road".
        @"[0-9]{1,5}[A-Za-z]?,?(?: (?:[0-9]{1,3}(?:st|nd|rd|th)|[NSEW]\.?|[A-Z][A-Za-z'\-]*\.?)){1,4} (?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Court|Ct|Place|Pl|Square|Sq|Parkway|Pkwy|Terrace|Ter|Highway|Hwy|Circle|Cir|Trail|Close|Crescent|Cres|Grove|Gardens|Row|Mews|Alley|Plaza|Loop|Pike|Path|Walk|Crossing|Hill|Park|Green|Wharf|Quay|Embankment|Marg|Nagar|Salai|Gali|Chowk|Vihar|Enclave|Layout|Colony|Parade|Esplanade|Promenade|Causeway|Expressway|Expy|Freeway|Fwy|Turnpike|Tpke|Heights|Hts|Ridge|Point|Pt|Vale|Rise|Wynd|Circus|Cove|Bend|Run|View|Commons|Center|Ctr|Route|Rte)\.?(?: (?:NW|NE|SW|SE|N|S|E|W|O)\b)?" +
        @"|[0-9]{1,5} Broadway" +
        // German, Dutch and Nordic compounds ("Hauptstraße 5", "Karl-Marx-Straße 12", "Nørrebrogade 12").
        @"|(?:[A-Z][a-z]+ (?:de|van|der|den|het|ten|ter|van de|van der) )?[A-ZÄÖÜÆØÅ][\p{Ll}ß]+(?:-[A-ZÄÖÜ][\p{Ll}ß]+)*-?(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|steig|pfad|markt|straat|gracht|laan|plein|kade|singel|dijk|dreef|steeg|burgwal|vej|gade|gatan|gata|vägen|gränd|torget|veien|gaten|katu|tie|Straße|Str\.|Weg|Gasse|Platz|Allee|Ring|Damm|Ufer) [0-9]{1,4}[a-zA-Z]?(?:(?:/[0-9]{1,4}[a-zA-Z]?){1,2}|-[0-9]{1,4}[a-zA-Z]?|-[A-Z]{1,3}|-hs|-huis)?" +
        // The same street words as separate words after an adjective ("Berliner Straße 12", "Karl Johans gate 1").
        @"|[A-ZÄÖÜÆØÅ][\p{Ll}ß]+(?: [A-ZÄÖÜÆØÅ][\p{Ll}ß]+)? (?:Straße|Strasse|Str\.|Allee|Weg|Platz|Gasse|Ring|Damm|Ufer|Chaussee|Landstraße|gate|gata|gatan|vei|vej|gade|väg|vägen|allé|plads|torg) [0-9]{1,4}[a-zA-Z]?(?:(?:/[0-9]{1,4}[a-zA-Z]?){1,2}|-[0-9]{1,4}[a-zA-Z]?|-[A-Z]{1,3})?" +
        // French, Belgian, Swiss and Canadian: number, street word, name ("12 rue de la Paix", "15 Rue de Rivoli").
        @"|[0-9]{1,4}(?: ?bis| ?ter)?,? (?:rue|avenue|av\.|boulevard|bd|place|chemin|impasse|allée|quai|route|cours|passage|faubourg|Rue|Avenue|Av\.|Boulevard|Bd|Place|Chemin|Impasse|Allée|Quai|Faubourg|Rond-Point) (?:[a-zéèàâêîôûç'’\-]+ ){0,3}[A-ZÉÈÀ][\p{L}'’\-]+(?: [A-ZÉÈÀ][\p{L}'’\-]+){0,3}(?: [NSEO]\b)?" +
        // Spanish, Catalan, Italian, Portuguese: street word, name, number ("Via Roma 10", "Av. Paulista, 1578", "C/ Gran Vía 28").
        @"|(?:Calle|C/|Avenida|Avda\.|Av\.|Plaza|Pza\.|Paseo|Pº|Ronda|Rambla|Camino|Carretera|Travesía|Via|Viale|Piazza|Piazzale|Corso|Largo|Vicolo|Rua|Travessa|Praça|Estrada|Alameda|Carrer|Passeig|Plaça) ?(?:[a-zéè'’]+ ){0,3}[\p{Lu}][\p{L}'’\-]+(?: [\p{Lu}][\p{L}'’\-]+){0,2},? (?:n\.?º ?|nº ?|No\.? ?)?[0-9]{1,4}[A-Za-z]?" +
        // Polish, Czech, Slovak, Russian abbreviations ("ul. Marszałkowska 10/12", "ул. Тверская, 7").
        @"|(?:ul\.|ulica|al\.|aleja|pl\.|os\.|ул\.|улица|пр\.|просп\.|проспект|пер\.|ulice|nám\.) ?[\p{Lu}][\p{L}\-]+(?: [\p{L}\-]+){0,2},? (?:д\. ?)?[0-9]{1,4}[a-zA-Z]?(?:/[0-9]{1,4}[a-zA-Z]?)?" +
        @"|[\p{Lu}][\p{Ll}]+(?:é|á|í|ý) (?:náměstí|třída|nábřeží|námestie|ulica) [0-9]{1,4}" +
        // Japanese block numbers, in both orders ("4-2-1 Akasaka, Minato City", "Roppongi 6-10-1, Minato-ku").
        @"|[0-9]{1,4}-[0-9]{1,4}(?:-[0-9]{1,4})? [A-Z][a-z]+(?:-[A-Za-z][a-z]+)?, [A-Z][a-z]+(?: City| Ward|-ku|-shi)" +
        @"|(?:[A-Z][a-z]+-(?:to|fu|ken), )?[A-Z][a-z]+-(?:ku|shi|cho|machi), [A-Z][a-z]+(?:-cho)? [0-9]{1,2}-[0-9]{1,2}(?:-[0-9]{1,3})?" +
        @"|[A-Z][a-z]+ [0-9]{1,2}-[0-9]{1,2}-[0-9]{1,3}, [A-Z][a-z]+(?:-ku|-shi| City| Ward)" +
        // Indian plots and sectors ("Plot 45, Sector 18").
        @"|(?:Plot|House|H\.? ?No\.?|Flat|Door|Shop)(?: No\.?)? ?[0-9]{1,5}[A-Z]?, (?:Sector|Block|Phase|Street|Lane|Road)(?: No\.?)? ?[0-9]{1,3}[A-Z]?" +
        @"|[A-Z]{1,2}-[0-9]{1,4}[A-Z]?, (?:Sector|Block|Phase) [0-9]{1,3}[A-Z]?" +
        // Postal codes with the address in Japanese, Chinese and Korean scripts.
        @"|〒 ?[0-9]{3}-[0-9]{4}(?: ?[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}\p{IsHiragana}0-9０-９\-－ー]+)?" +
        @"|[\p{IsCJKUnifiedIdeographs}]{1,12}(?:都|道|府|県|市|区|町|村)[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}\p{IsHiragana}]*[0-9０-９]{1,4}(?:(?:丁目|番地|番|-|－|ー|の)[0-9０-９]{1,4}){1,3}(?:号)?" +
        @"|[\p{IsCJKUnifiedIdeographs}]{2,16}(?:路|街|道|巷|弄)[0-9０-９]{1,5}(?:号|號)" +
        @"|(?:[가-힣]+(?:시|도|구|군|동|읍|면) ){1,3}[가-힣0-9]+(?:로|길) ?[0-9]{1,4}(?:-[0-9]{1,4})?(?:,? [0-9]{1,4}(?:층|호|동)){0,3}" +
        // Turkish: neighbourhood, street word, "No:" and the door ("Moda Cad. No: 68", "Lale Sok. No: 88 Kat: 3 D: 8").
        @"|(?:[\p{Lu}][\p{Ll}]+ (?:Mah\.|Mahallesi) )?[\p{Lu}][\p{Ll}]+(?: [\p{Lu}][\p{Ll}]+)? (?:Cad\.|Caddesi|Sok\.|Sokak|Sk\.|Bulvarı|Blv\.|Bul\.) No ?: ?[0-9]{1,4}[A-Z]?(?:/[0-9]{1,4})?(?: (?:Kat|D|Daire) ?: ?[0-9]{1,3}){0,2}" +
        // Korean streets in Latin letters, number first ("29 Teheran-ro", "18 Sejong-daero", "7 Eulji-ro 3-gil").
        @"|[0-9]{1,4}(?:-[0-9]{1,3})? [A-Z][a-z]+-(?:ro|daero|gil)(?: [0-9]{1,3}(?:beon)?-gil)?" +
        // Arabic script: street word, name, number, then the district and city after Arabic commas ("شارع العليا 778، حي الملز، جدة 13551").
        @"|(?:شارع|طريق|ش\.|جادة|زقاق)(?: [\u0621-\u064A]+){1,4} [0-9٠-٩]{1,5}(?:، (?:[\u0621-\u064A]+ ){0,3}[\u0621-\u064A]+(?: [0-9٠-٩]{4,6})?){0,3}",
        Options);

    // Streets in the orders of other countries, kept apart from the pattern above to keep each automaton small.
    private static readonly Regex s_streetOtherOrder = new(
        // A number before a street word that usually leads ("1321 Calle Mayor", "45 Via Roma", "25 Jalan Sultan Ismail").
        @"[0-9]{1,5}[A-Za-z]? (?:Calle|Avenida|Via|Viale|Rua|Jalan|Jl\.|Carrer|Paseo|Corso|Piazza|Travessa|Alameda|Camino) (?:(?:de|del|de la|da|do|dos|das|dei|della|di) )?[\p{Lu}][\p{L}'’\-]+(?: [\p{Lu}][\p{L}'’\-]+){0,2}" +
        // Belgian and Swiss French, and Indonesian: street word, name, number ("Rue Neuve 45", "Jl. Sudirman No. 5"); kept only with a postal code.
        @"|(?:Rue|Avenue|Boulevard|Chaussée|Chemin|Quai|Impasse|Allée|Jalan|Jl\.) (?:(?:de|du|des|de la|de l'|d') ?)?[\p{Lu}][\p{L}'’\-]+(?: [\p{Lu}][\p{L}'’\-]+){0,2},? (?:No\. ?)?[0-9]{1,4}[a-zA-Z]?",
        Options);

    // Post-office boxes ("PO Box 1422", "P.O. Box 30125-00100" with Kenya's postcode, "Postbus 123", "Apartado 45").
    private static readonly Regex s_poBox = new(
        @"P\.? ?O\.? ?Box ?[0-9]{1,6}(?:-[0-9]{5})?|GPO Box [0-9]{1,6}|Postfach [0-9]{1,6}|BP [0-9]{1,5}|Postbus [0-9]{1,6}|Postboks [0-9]{1,6}" +
        @"|Apartado(?: de [Cc]orreos)? [0-9]{1,6}|Caixa Postal [0-9]{1,6}|Casilla(?: de [Cc]orreo)? [0-9]{1,6}|(?:Locked|Private) Bag [0-9]{1,5}",
        Options);

    // A street with a house number and no street word, but a postal code and a city after it ("Unter den Linden 77,
    // 10117 Berlin", "Damrak 1, 1012 LG Amsterdam"): the code and city make the house number a home's.
    private static readonly Regex s_streetBeforePostcode = new(
        @"[\p{Lu}][\p{Ll}ß]+(?: (?:[\p{Ll}]{2,4}|[\p{Lu}][\p{Ll}ß]+)){0,3} [0-9]{1,4}[a-z]?(?:[/\-][0-9]{1,4}[a-z]?|-[A-Z]{1,3})?, (?:[A-Z]{1,2}-)?(?:[0-9]{4,5}|[0-9]{3} [0-9]{2})(?: [A-Z]{2})? [\p{Lu}][\p{Ll}]+",
        Options);

    // A flat or house written first, then the building, the street and the locality after commas ("Flat 12, Lotus
    // Residency, 4th Cross, Jayanagar, Bengaluru 560041"); kept only where a postal code follows.
    private static readonly Regex s_unitFirst = new(
        @"(?:Flat|Plot|House|H\.? ?No\.?|Door|Shop|Apt\.?|Apartment|Unit|Suite)(?: No\.?)? ?[0-9]{1,5}[A-Z]?",
        Options);

    // Media and reference sites, whose titles name shows and songs after streets ("12 Elm Street - Netflix").
    private static readonly WordSet s_mediaSites = WordSet.Of(
        ["Netflix", "Prime Video", "Disney+", "Hulu", "HBO Max", "Max", "YouTube", "YouTube Music", "Spotify", "Apple Music", "Apple TV", "Apple TV+",
         "IMDb", "Letterboxd", "Goodreads", "Steam", "Twitch", "SoundCloud", "Deezer", "Tidal", "Crunchyroll", "Plex", "Wikipedia", "Rotten Tomatoes",
         "Audible", "Kindle", "Paramount+", "Peacock", "Genius", "Last.fm", "Bandcamp", "JustWatch", "Trakt", "TV Time", "Amazon Music", "Pandora"]);

    // Labels that make what follows them an address, up to the end of the title segment.
    private static readonly PhraseList s_addressLabels = PhraseList.Of(
        "address:", "shipping address", "billing address", "home address", "mailing address", "delivery address", "postal address",
        "ship to:", "deliver to", "delivering to", "delivered to", "pickup at", "pick up at", "lieferadresse:", "anschrift:", "adresse:", "adresse :",
        "dirección:", "direccion:", "indirizzo:", "endereço:", "adres:", "adress:", "osoite:",
        // The same labels in the languages of localised shops, couriers and forms.
        "dirección de envío:", "dirección de entrega:", "direccion de envio:", "domicilio:", "adresse de livraison:", "adresse de facturation:",
        "adresse postale:", "lieferanschrift:", "rechnungsadresse:", "postanschrift:", "wohnadresse:", "morada:", "endereço de entrega:",
        "endereço de cobrança:", "indirizzo di spedizione:", "indirizzo di consegna:", "indirizzo di fatturazione:", "bezorgadres:", "afleveradres:",
        "leveringsadres:", "factuuradres:", "adres dostawy:", "adres do wysyłki:", "adres zamieszkania:", "adres korespondencyjny:",
        "teslimat adresi:", "fatura adresi:", "ev adresi:", "adresa:", "адрес:", "адрес доставки:", "住所:", "お届け先:", "配送先:", "配送先住所:",
        "地址:", "收货地址:", "送货地址:", "配送地址:", "收件地址:", "주소:", "배송지:", "배송 주소:", "पता:", "डिलीवरी पता:", "शिपिंग पता:",
        "العنوان:", "عنوان:", "عنوان التوصيل:", "عنوان الشحن:", "leveransadress:", "toimitusosoite:");

    private static readonly WordSet s_units = WordSet.Of(["apt", "apartment", "suite", "ste", "unit", "floor", "fl", "room", "rm", "flat", "bldg", "building", "#",
        "level", "lvl", "plot", "house", "shop", "office", "block", "door", "piso", "étage", "etage", "wohnung", "whg", "puerta", "escalera", "lgh", "leil", "sector",
        "apto", "ap", "sala", "conj", "bloco", "andar", "dpto", "depto", "bus", "bte", "stg", "tür",
        // Floors, staircases and flats in the languages of Europe and Turkey ("piano 3", "scala B", "boîte 12", "m. 4", "Kat: 3").
        "piano", "scala", "interno", "int", "boîte", "boite", "lok", "m", "kat", "daire", "d", "büro", "stiege", "stock", "top", "étg", "esc", "portal", "bloque"]);

    // Floor and side words that need no number ("bajo", "2.º Esq.", "5º dcha.", "355-hs").
    private static readonly WordSet s_bareFloors = WordSet.Of(["bajo", "bajos", "entlo", "entresuelo", "ático", "atico", "pral", "principal", "sótano",
        "esq", "dto", "frente", "dir", "izq", "izda", "dcha", "drcha", "dch", "cv", "rc", "r/c", "hs", "huis", "parterre", "rdc", "rez-de-chaussée", "tr", "sx", "dx"]);

    // Map, ride and stay sites, whose titles name the place they show ("Villa 827, Burj Views B, Al Khail Road, Dubai · Google Maps").
    private static readonly WordSet s_placeSites = WordSet.Of(["Google Maps", "Apple Maps", "Bing Maps", "OpenStreetMap", "Waze", "HERE WeGo", "Mapy.cz",
        "Yandex Maps", "Naver Map", "Kakao Map", "Baidu Maps", "Amap", "Airbnb", "Booking.com", "Vrbo", "Uber", "Lyft", "Bolt", "Grab", "Careem"]);

    // Danish floor sides: "2. tv" (left), "3. th" (right), "st. mf" (ground floor, middle).
    private static readonly WordSet s_floorSides = WordSet.Of(["tv", "th", "mf", "sal"]);

    // Lower-case words inside a city's name ("Rio de Janeiro", "Frankfurt am Main", "Stratford-upon-Avon").
    private static readonly WordSet s_cityParticles = WordSet.Of(["de", "do", "da", "dos", "das", "del", "di", "la", "le", "am", "an", "im", "upon", "on", "sur", "en", "y"]);

    // Street words; the pattern runs only when one is present.
    private static readonly SearchValues<string> s_streetWords = SearchValues.Create(
        [" St", " Ave", " Rd", " Road", " Blvd", " Boulevard", " Ln", " Lane", " Dr", " Way", " Ct", " Court", " Pl", " Place", " Sq", " Square",
         " Pkwy", " Parkway", " Ter", " Hwy", " Highway", " Cir", " Circle", " Trail", " Close", " Crescent", " Grove", " Gardens", " Row",
         " Mews", " Alley", " Plaza", " Loop", " Pike", " Path", " Walk", " Crossing", " Hill", " Park", " Green", " Wharf", " Quay",
         " Embankment", " Marg", " Nagar", " Salai", " Gali", " Chowk", " Vihar", " Enclave", " Layout", " Colony", "Broadway", "straße", "strasse", "str.", "weg ", "gasse", "platz", "allee", "ring ", "damm", "ufer",
         "chaussee", "steig", "pfad", "straat", "gracht", "laan", "plein", "kade", "singel", "vej ", "gatan", "gata ", "veien", "katu", "tie ",
         " rue ", " avenue ", " av. ", " boulevard ", " bd ", " place ", " chemin ", " impasse ", " allée ", " quai ", " route ", " cours ",
         "Calle ", "Avenida ", "Plaza ", "Paseo ", "Via ", "Viale ", "Piazza ", "Corso ", "Rua ", "Carrer ", " City", " Ward", "-ku", "-shi", "Box ", "-to,", "Postfach", "BP ", "Box", "Postbus", "Rue ", "Avenue ", "Boulevard ", "Chemin ", "Quai ", "Impasse ", "Allée ", ", Sector ", ", Block ", ", Phase ", "Postboks", "Apartado ", "Caixa Postal", "Casilla ", " Bag ", "Jalan ", "Jl. ", "Chaussée ", " Cres", " Parade",
         " Esplanade", " Promenade", " Causeway", " Expressway", " Expy", " Freeway", " Fwy", " Turnpike", " Heights", " Ridge", " Point", " Pt",
         " Vale", " Rise", " Wynd", " Circus", " Cove", " Bend", " Run", " View", " Commons", " Center", " Ctr", " Route", " Rte", " Rue ", " Avenue ",
         " Boulevard ", " Chemin ", " Impasse ", " Allée ", " Quai ", " passage ", " faubourg ", "Faubourg ", "Rond-Point", "Straße", "Str.", " Weg ",
         " Allee ", " Platz ", " Gasse ", " Ring ", " Damm ", " Ufer ", "markt ", "dijk", "dreef", "steeg", "burgwal", "gade ", "vägen", "gränd",
         "torget", "gaten", " gate ", " vei ", " väg ", " allé ", " plads ", " torg ", "C/", "Avda.", "Av.", "Pza.", "Pº", "Ronda ", "Rambla ", "Camino ",
         "Carretera ", "Travesía ", "Piazzale ", "Largo ", "Vicolo ", "Travessa ", "Praça ", "Estrada ", "Alameda ", "Passeig ", "Plaça ", "ul.",
         "ulica ", "al. ", "aleja ", "pl. ", "os. ", "ул.", "улица", "пр.", "просп", "пер.", "ulice ", "nám.", "náměstí", "třída", "nábřeží", "námestie",
         "Plot ", "House ", "No.", "Flat ", "Door ", "Shop ", "〒", "号", "號", "丁目", "番", "市", "区", "로", "길",
         " Cad.", " Caddesi", " Sok.", " Sokak", " Sk.", " Bulvarı", " Blv.", " Bul.", "-ro", "-daero", "-gil", "شارع", "طريق", "ش.", "جادة", "زقاق"],
        StringComparison.Ordinal);

    public static void Find(ReadOnlySpan<char> text, ref Findings found)
    {
        if (text.IndexOfAny(s_streetWords) >= 0)
        {
            FindStreets(s_street, text, ref found);
            FindStreets(s_streetOtherOrder, text, ref found);
            FindPoBoxes(text, ref found);
        }

        if (text.IndexOfAny('_', '-') >= 0 && text.IndexOfAnyInRange('0', '9') >= 0)
        {
            FindGlued(text, ref found);
        }

        if (text.Contains(", ", StringComparison.Ordinal))
        {
            foreach (ValueMatch m in s_unitFirst.EnumerateMatches(text))
            {
                int start = m.Index;
                int end = m.Index + m.Length;
                if (IsAlnum(At(text, start - 1)) || At(text, end) != ',' || found.Overlaps(start, end))
                {
                    continue;
                }

                int extended = Extend(text, end);
                // The parts after the unit must reach a postal code, or name a building or street and a locality after it:
                // "Flat 2, Block C" alone names no home, "Apt 1203, Marina Heights Tower, Dubai Marina, Dubai" does.
                if ((CountDigits(text[end..extended]) >= 4 || NamesBuildingAndLocality(text[end..extended])) && !found.Overlaps(start, extended))
                {
                    found.Add(start, extended - start, PiiKind.Address, 4);
                }
            }
        }

        if (text.Contains(", ", StringComparison.Ordinal))
        {
            foreach (ValueMatch m in s_streetBeforePostcode.EnumerateMatches(text))
            {
                int start = m.Index;
                int end = m.Index + m.Length;
                if (IsAlnum(At(text, start - 1)) || IsAlnum(At(text, end)) || found.Overlaps(start, end) || !IsStreetBeforePostcode(text[start..end]))
                {
                    continue;
                }

                found.Add(start, Extend(text, DistrictNumberAfter(text, end)) - start, PiiKind.Address, 4);
            }
        }

        FindLabelled(text, ref found);
        FindOnPlaceSite(text, ref found);
    }

    private static void FindStreets(Regex pattern, ReadOnlySpan<char> text, ref Findings found)
    {
        foreach (ValueMatch m in pattern.EnumerateMatches(text))
        {
            int start = m.Index;
            int end = m.Index + m.Length;

            // Scripts written without spaces (Japanese, Chinese) run into the words around them.
            bool cjk = IsCjk(text[start]) || text[start] == '〒';
            if ((!cjk && (IsAlnum(At(text, start - 1)) || IsAlnum(At(text, end)) && At(text, end - 1) != '.')) || found.Overlaps(start, end))
            {
                continue;
            }

            // A street named first and a number last reads as a title when prose goes on ("Via Ferrata 2 day trip"), and so
            // does a number before a leading street word ("5 Via Ferrata routes").
            bool leadingWordAfterNumber = char.IsAsciiDigit(text[start]) && IsLeadingStreetWordAfterNumber(text[start..end]);
            if (!cjk && (char.IsLetter(text[start]) || leadingWordAfterNumber) && At(text, end) == ' ' && char.IsLower(At(text, end + 1))
                && !IsUnitWordAt(text, end + 1))
            {
                continue;
            }

            int from = UnitBefore(text, SlashUnitBefore(text, start));
            int extended = Extend(text, end);
            // "Rue Neuve 45, 1000 Bruxelles": a French street word written first is an address only with its postal code.
            // In a file's name ("Bail_Rue Neuve 45.pdf") the street alone is the home's, like a ride's pickup.
            bool fileName = (At(text, start - 1) == '_' || At(text, extended) == '.' && char.IsAsciiLetterLower(At(text, extended + 1)))
                && !(end - start >= 4 && CountDigits(text[(end - 4)..end]) == 4 && text[end - 4] is '1' or '2' && text[end - 3] is '9' or '0');
            if (IsOneOf(NextWord(text, start), s_frenchStreetFirst) && char.IsAsciiDigit(text[end - 1]) && CountDigits(text[end..extended]) < 4 && !fileName)
            {
                continue;
            }

            // "B-14, Sector 62, Noida": a letter-dash house before a sector only with its locality ("F-16, Phase 2" is not one).
            bool letterDash = char.IsAsciiLetterUpper(text[start])
                && (At(text, start + 1) == '-' || char.IsAsciiLetterUpper(At(text, start + 1)) && At(text, start + 2) == '-');
            if (letterDash && extended == end)
            {
                continue;
            }

            // "19, Linking Road, Bandra West, Mumbai" (India writes a comma after the number) only with its locality.
            int firstSpace = text[start..end].IndexOf(' ');
            if (firstSpace > 0 && text[start + firstSpace - 1] == ',' && char.IsAsciiDigit(text[start]) && extended == end)
            {
                continue;
            }

            // A bare "number street" in a media site's title is a show's or a song's ("12 Elm Street - Netflix").
            if (extended == end && from == start && HasMediaSegment(text))
            {
                continue;
            }

            // "Lease_Flat 3, 14 High Street.docx": the dot of an abbreviation is kept, the dot of a file's extension is not.
            if (text[extended - 1] == '.' && IsAlnum(At(text, extended)))
            {
                extended--;
            }

            found.Add(from, extended - from, PiiKind.Address, 4);
        }
    }

    // French street words that Belgium and Switzerland write before the name and the number ("Rue Neuve 45").
    private static readonly WordSet s_frenchStreetFirst = WordSet.Of(["Rue", "Avenue", "Boulevard", "Chaussée", "Chemin", "Quai", "Impasse", "Allée"]);

    // Street words that lead a street's name but may follow a house number ("1321 Calle Mayor", "25 Jalan Sultan Ismail").
    private static readonly WordSet s_leadingAfterNumber = WordSet.Of(
        ["Calle", "Avenida", "Via", "Viale", "Rua", "Jalan", "Jl", "Carrer", "Paseo", "Corso", "Piazza", "Travessa", "Alameda", "Camino"]);

    // Words that name a building or a street among the parts after a flat ("Marina Heights Tower", "Lotus Residency").
    private static readonly WordSet s_buildingWords = WordSet.Of(
        ["Tower", "Towers", "Building", "Bldg", "Residency", "Residence", "Residences", "Apartments", "Apartment", "Heights", "Court", "Plaza", "House",
         "Mansion", "Mansions", "Complex", "Villas", "Estate", "Road", "Rd", "Street", "St", "Avenue", "Ave", "Lane", "Drive", "Way", "Marg", "Nagar"]);

    // English street words in a file name glued by "_" or "-" ("Invoice_12-Baker-St.pdf", "Lease_221B_Baker_Street.pdf").
    private static readonly Regex s_gluedStreet = new(
        @"[0-9]{1,5}[A-Za-z]?(?:(?:_[A-Z][a-z']+){1,3}_(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Place|Pl|Way|Terrace|Close|Crescent|Parkway|Pkwy)" +
        @"|(?:-[A-Z][a-z']+){1,3}-(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Place|Pl|Way|Terrace|Close|Crescent|Parkway|Pkwy))",
        Options);

    private static bool IsLeadingStreetWordAfterNumber(ReadOnlySpan<char> match)
    {
        int space = match.IndexOf(' ');
        return space > 0 && IsOneOf(NextWord(match, space + 1), s_leadingAfterNumber);
    }

    /// <summary>"P.O. Box 30125-00100, Nairobi": a box with what follows it; a box's number may have been read as a phone's.</summary>
    private static void FindPoBoxes(ReadOnlySpan<char> text, ref Findings found)
    {
        foreach (ValueMatch m in s_poBox.EnumerateMatches(text))
        {
            int start = m.Index;
            int end = m.Index + m.Length;
            if (IsAlnum(At(text, start - 1)) || IsAlnum(At(text, end)) || found.OverlapsOtherThan(start, end, PiiKind.Phone) && found.OverlapsOtherThan(start, end, PiiKind.Address))
            {
                continue;
            }

            // "Apartado 3 del contrato", "Casilla 5 del formulario": words that are also a clause's or a form field's, so only with a locality.
            int extended = Extend(text, end);
            if (text[start] is 'A' or 'C' or 'L' && extended == end)
            {
                continue;
            }

            found.Add(start, extended - start, PiiKind.Address, 4);
        }
    }

    /// <summary>"Invoice_12-Baker-St.pdf": a house number and a street glued into a file name, with a city glued after it when one is.</summary>
    private static void FindGlued(ReadOnlySpan<char> text, ref Findings found)
    {
        foreach (ValueMatch m in s_gluedStreet.EnumerateMatches(text))
        {
            int start = m.Index;
            int end = m.Index + m.Length;
            if (char.IsLetterOrDigit(At(text, start - 1)) || char.IsLetter(At(text, end)) || found.Overlaps(start, end))
            {
                continue;
            }

            char glue = text[start + CountLeadingAlnum(text[start..end])];
            // "Top_10_Park_Lane_hotels.pdf", "2-Player-Way-Out.mp4": words go on after the street word.
            ReadOnlySpan<char> after = At(text, end) == glue ? NextCityWord(text, end + 1) : [];
            if (after.Length > 0 && (!IsCapitalised(after) || Lexicon.IsCommonWord(after)))
            {
                continue;
            }

            for (int w = 0; w < 2 && At(text, end) == glue && IsCapitalised(NextCityWord(text, end + 1)) && !Lexicon.IsCommonWord(NextCityWord(text, end + 1))
                && !char.IsLetterOrDigit(At(text, end + 1 + NextCityWord(text, end + 1).Length)); w++)
            {
                // "…_Baker_Street_London.pdf"
                end += 1 + NextCityWord(text, end + 1).Length;
            }

            found.Add(start, end - start, PiiKind.Address, 4);
        }
    }

    private static int CountLeadingAlnum(ReadOnlySpan<char> value)
    {
        int i = 0;
        while (i < value.Length && char.IsAsciiLetterOrDigit(value[i]))
        {
            i++;
        }

        return i;
    }

    private static ReadOnlySpan<char> NextCityWord(ReadOnlySpan<char> text, int start)
    {
        int end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return start < text.Length ? text[start..end] : [];
    }

    /// <summary>", Marina Heights Tower, Dubai Marina, Dubai": at least two parts after a flat, one naming a building or a street.</summary>
    private static bool NamesBuildingAndLocality(ReadOnlySpan<char> parts)
    {
        if (parts.Count(", ") < 2)
        {
            return false;
        }

        foreach (Range r in parts.Split(' '))
        {
            if (IsOneOf(parts[r].TrimEnd(',').TrimEnd('.'), s_buildingWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Unter den Linden 77, 10117 Berlin" is a home; "Windows 10, 2004 Update" and "Season 2, 1999 Edition" are not.</summary>
    private static bool IsStreetBeforePostcode(ReadOnlySpan<char> match)
    {
        int comma = match.IndexOf(", ", StringComparison.Ordinal);
        ReadOnlySpan<char> street = match[..comma];
        ReadOnlySpan<char> tail = match[(comma + 2)..];
        int space = tail.LastIndexOf(' ');
        ReadOnlySpan<char> city = tail[(space + 1)..];
        ReadOnlySpan<char> code = tail[..tail.IndexOf(' ')];
        if (Lexicon.IsCommonWord(city) || (code.Length == 4 && code[0] is '1' or '2' && code[1] is '9' or '0'))
        {
            return false;
        }

        // The street: its first word must not be a common word on its own ("Chapter 3", "Version 2", "Page 12").
        int firstSpace = street.IndexOf(' ');
        ReadOnlySpan<char> first = street[..firstSpace];
        ReadOnlySpan<char> rest = street[(firstSpace + 1)..];
        return !(Lexicon.IsCommonWord(first) && rest.Length > 0 && char.IsAsciiDigit(rest[0]));
    }

    /// <summary>"Shipping address: Unter den Linden 77, 10117 Berlin", "Deliver to 9 Elm Row": the rest of the segment after an address label.</summary>
    private static void FindLabelled(ReadOnlySpan<char> text, ref Findings found)
    {
        for (int i = text.IndexOf(' '); i > 0 && i < text.Length - 1; i = IndexFrom(text, i + 1, " "))
        {
            if (!s_addressLabels.EndsWithAny(text[..(i + 1)]) && !(text[i - 1] == ':' && s_addressLabels.EndsWithAny(text[..i])))
            {
                continue;
            }

            int start = i + 1;
            while (start < text.Length && text[start] == ' ')
            {
                start++;
            }

            int end = start;
            while (end < text.Length && (!IsSegmentSeparator(text, end) || IsStateAfterDash(text, end)) && text[end] is not ('|' or '·' or '—' or '(' or ')' or '[' or ']'))
            {
                end++;
            }

            while (end > start && text[end - 1] is ' ' or '.' or ',')
            {
                end--;
            }

            start = SkipRecipient(text, start, end);
            start = SkipToFoundStreet(text, start, end, ref found);
            ReadOnlySpan<char> value = text[start..end];
            // A street found inside the labelled value is part of it: the label's span replaces the shorter one.
            if (value.Length is < 6 or > 120 || CountDigits(value) == 0 || value.IndexOfAnyInRange('A', 'Z') < 0 && !HasNonAsciiLetter(value)
                || found.OverlapsOtherThan(start, end, PiiKind.Address))
            {
                continue;
            }

            found.Add(start, end - start, PiiKind.Address, 4);
        }
    }

    /// <summary>
    /// "Lieferadresse: Sergio Domínguez, 東京都…", "お届け先: 渡辺 葵 様 東京都…": where a street was already found inside the
    /// value and nothing before it has a number, what comes first is the recipient, and the address starts at the street.
    /// </summary>
    private static int SkipToFoundStreet(ReadOnlySpan<char> text, int start, int end, ref Findings found)
    {
        for (int p = start; p < end; p++)
        {
            if (char.IsAsciiDigit(text[p]))
            {
                return start;
            }

            if (found.OverlapsKind(p, p + 1, PiiKind.Address))
            {
                return p;
            }
        }

        return start;
    }

    /// <summary>"Curitiba - PR, 01310-100": the dash before a Brazilian state's two letters is inside the address, not a title separator.</summary>
    private static bool IsStateAfterDash(ReadOnlySpan<char> text, int dash) =>
        text[dash] == '-' && char.IsAsciiLetterUpper(At(text, dash + 2)) && char.IsAsciiLetterUpper(At(text, dash + 3))
        && (dash + 4 >= text.Length || text[dash + 4] == ',');

    /// <summary>"Villa 827, Burj Views B, Al Khail Road, Dubai · Google Maps": a map or stay site's title segment with a number and a comma is the place it shows.</summary>
    private static void FindOnPlaceSite(ReadOnlySpan<char> text, ref Findings found)
    {
        Span<int> bounds = stackalloc int[32];
        int n = Segments(text, bounds);
        if (n < 2 || !IsOneOf(text[bounds[(n - 1) * 2]..bounds[((n - 1) * 2) + 1]], s_placeSites))
        {
            return;
        }

        for (int i = 0; i < n - 1; i++)
        {
            int start = bounds[i * 2];
            int end = bounds[(i * 2) + 1];
            ReadOnlySpan<char> part = text[start..end];
            int commas = part.Count(',') + part.Count('،');
            // Coordinates ("44.3129, 8.3041") have a comma and digits but no words.
            if (commas == 0 || CountDigits(part) == 0 || CountLetters(part) < 3 || part.Length > 120 || found.OverlapsOtherThan(start, end, PiiKind.Address))
            {
                continue;
            }

            // "Pickup: 88 Nathan Road, …": a short label without digits before a colon is the page's, not the place's.
            int colon = part.IndexOf(": ", StringComparison.Ordinal);
            if (colon > 0 && colon <= 24 && CountDigits(part[..colon]) == 0 && part[..colon].Count(' ') <= 2 && IsAlnum(At(text, start + colon + 2)))
            {
                start += colon + 2;
                if (char.IsLower(text[start]))
                {
                    // "Pickup: tomorrow, 9 am": a time, not a place.
                    continue;
                }
            }

            // "Check-in-Details • …" names the page; the address is the segment with the number and the comma.
            found.Add(start, end - start, PiiKind.Address, 4);
        }
    }

    /// <summary>Whether a unit or floor word ("m. 4", "boîte 12", "piano 3", "bajo,") starts at <paramref name="start"/>.</summary>
    private static bool IsUnitWordAt(ReadOnlySpan<char> text, int start)
    {
        ReadOnlySpan<char> word = NextWord(text, start);
        int after = start + word.Length;
        if (IsOneOf(word, s_bareFloors))
        {
            return !IsAlnum(At(text, after));
        }

        if (!IsOneOf(word, s_units))
        {
            return false;
        }

        if (At(text, after) is '.' or ':')
        {
            after++;
        }

        return At(text, after) == ' ' && (char.IsAsciiDigit(At(text, after + 1)) || char.IsAsciiLetterUpper(At(text, after + 1)) && !IsAlnum(At(text, after + 2)));
    }

    private static bool HasMediaSegment(ReadOnlySpan<char> text)
    {
        Span<int> bounds = stackalloc int[32];
        int n = Segments(text, bounds);
        for (int i = 1; i < n; i++)
        {
            if (IsOneOf(text[bounds[i * 2]..bounds[(i * 2) + 1]], s_mediaSites))
            {
                return true;
            }
        }

        return false;
    }

    // Street words that start a street's name ("Rua Augusta", "Calle Mayor"): a part so written is the street, not a person.
    private static readonly WordSet s_leadingStreetWords = WordSet.Of(
        ["Rua", "Calle", "Via", "Viale", "Avenida", "Av", "Avda", "Rue", "Avenue", "Boulevard", "Piazza", "Plaza", "Praça", "Strada", "Ulica", "ul",
         "Carrer", "Camino", "Paseo", "Travessa", "Largo", "Corso", "Alameda", "Estrada", "Chemin", "Allée", "Impasse", "Quai", "Place", "Route"]);

    /// <summary>
    /// "Deliver to Ada Okoro, Flat 2, …", "Lieferadresse: 山本 陽翔, …": a first part without digits, followed by a part
    /// that starts with a number or a unit, is the recipient's name, not the address.
    /// </summary>
    private static int SkipRecipient(ReadOnlySpan<char> text, int start, int end)
    {
        int comma = text[start..end].IndexOf(", ", StringComparison.Ordinal);
        if (comma <= 0)
        {
            return start;
        }

        ReadOnlySpan<char> first = text.Slice(start, comma);
        int next = start + comma + 2;
        ReadOnlySpan<char> nextWord = NextWord(text, next);
        bool numberOrUnit = char.IsAsciiDigit(At(text, next)) || IsOneOf(nextWord.TrimEnd('.'), s_units);
        int space = first.IndexOf(' ');
        ReadOnlySpan<char> firstWord = (space > 0 ? first[..space] : first).TrimEnd('.');
        return CountDigits(first) == 0 && numberOrUnit && !IsOneOf(firstWord, s_leadingStreetWords) ? next : start;
    }

    private static int CountLetters(ReadOnlySpan<char> value)
    {
        int n = 0;
        foreach (char c in value)
        {
            n += char.IsLetter(c) ? 1 : 0;
        }

        return n;
    }

    private static bool HasNonAsciiLetter(ReadOnlySpan<char> value)
    {
        foreach (char c in value)
        {
            if (c >= 0x80 && char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCjk(char c) => c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF';

    /// <summary>"4/22 Smith Street", "Unit 4/22 Smith Street": Australian unit before the street number.</summary>
    private static int SlashUnitBefore(ReadOnlySpan<char> text, int start)
    {
        if (At(text, start - 1) != '/' || !char.IsAsciiDigit(At(text, start - 2)))
        {
            return start;
        }

        int i = start - 2;
        while (i > 0 && char.IsAsciiLetterOrDigit(text[i - 1]))
        {
            i--;
        }

        if (i >= 2 && text[i - 1] == ' ')
        {
            int wordEnd = i - 1;
            int wordStart = wordEnd;
            while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
            {
                wordStart--;
            }

            if (IsOneOf(text[wordStart..wordEnd], s_units))
            {
                return wordStart;
            }
        }

        return i;
    }

    /// <summary>", Apt 12B", ", SF", ", CA 94104", ", Boston", " 10115 Berlin", ", Tokyo 107-0052": up to four parts after the street.</summary>
    private static int Extend(ReadOnlySpan<char> text, int end)
    {
        for (int part = 0; part < 6; part++)
        {
            int i = end;
            if (At(text, i) == ' ' && At(text, i + 1) == '-' && At(text, i + 2) == ' ' && TryDashedPart(text, i + 3, out int dashedEnd))
            {
                // Brazil: "Avenida Paulista, 1000 - Bela Vista, São Paulo - SP, 01310-100".
                end = dashedEnd;
                continue;
            }

            if (At(text, i) == ' ' && At(text, i + 1) == '-' && At(text, i + 2) == ' ' && NextWord(text, i + 3) is { Length: 6 } pin && CountDigits(pin) == 6
                && char.IsLetter(At(text, i - 1)))
            {
                // India: "Civil Lines, Jaipur - 302006".
                end = i + 9;
                continue;
            }

            if (At(text, i) == ' ' && char.IsAsciiLetterUpper(At(text, i + 1)) && !IsAlnum(At(text, i + 2)) && char.IsAsciiDigit(At(text, i - 1)))
            {
                // Finland and Sweden: the staircase and flat after the house number ("Mannerheimintie 12 B 7").
                end = i + 2;
                if (At(text, end) == ' ' && char.IsAsciiDigit(At(text, end + 1)) && NextWord(text, end + 1) is { Length: <= 3 } flat && CountDigits(flat) == flat.Length)
                {
                    end += 1 + flat.Length;
                }

                continue;
            }

            bool comma = At(text, i) == ',';
            if (comma)
            {
                i++;
            }

            if (i + 1 >= text.Length || text[i] != ' ')
            {
                break;
            }

            i++;
            int wordEnd = i;
            while (wordEnd < text.Length && (char.IsLetterOrDigit(text[wordEnd]) || text[wordEnd] is '-' or '#'
                || text[wordEnd] == '.' && !char.IsAsciiLetterLower(At(text, wordEnd + 1))))
            {
                wordEnd++;
            }

            ReadOnlySpan<char> word = text[i..wordEnd].TrimEnd('.');
            if (word.IsEmpty)
            {
                break;
            }

            if (IsOneOf(word, s_units) || word[0] == '#')
            {
                // "Apt 12B", "Suite 400", "#5".
                int valueEnd = wordEnd;
                if (word[0] != '#' || word.Length == 1)
                {
                    if (At(text, valueEnd) == ':')
                    {
                        // Turkish "Kat: 3 D: 8".
                        valueEnd++;
                    }

                    if (At(text, valueEnd) != ' ' || !IsAlnum(At(text, valueEnd + 1)))
                    {
                        break;
                    }

                    valueEnd++;
                    while (valueEnd < text.Length && (IsAlnum(text[valueEnd]) || text[valueEnd] == '-'))
                    {
                        valueEnd++;
                    }
                }

                end = valueEnd;
                continue;
            }

            if (comma && (CountDigits(word) == word.Length && word.Length <= 2 || word.Equals("st", StringComparison.OrdinalIgnoreCase)) && text[wordEnd - 1] == '.'
                && At(text, wordEnd) == ' ' && IsOneOf(NextWord(text, wordEnd + 1), s_floorSides))
            {
                // Denmark: "Nørrebrogade 12, 2. tv".
                end = wordEnd + 1 + NextWord(text, wordEnd + 1).Length;
                continue;
            }

            if (comma && part == 0 && word.Length <= 4 && char.IsAsciiDigit(word[0]) && CountDigits(word) is >= 1 and <= 3 && At(text, wordEnd) == ' '
                && IsCapitalised(NextWord(text, wordEnd + 1)) && IsUnitAddress(text, end))
            {
                // After a flat or house, its street: "House No. 25A, 14 Anna Salai".
                end = wordEnd;
                for (int w = 0; w < 3 && At(text, end) == ' ' && IsCapitalised(NextWord(text, end + 1)); w++)
                {
                    end += 1 + NextWord(text, end + 1).Length;
                }

                continue;
            }

            if (comma && IsOrdinal(word) && At(text, wordEnd) == ' ' && IsCapitalised(NextWord(text, wordEnd + 1)))
            {
                // India: "14th Cross", "2nd Main", "12th Main Road".
                end = wordEnd + 1 + NextWord(text, wordEnd + 1).Length;
                for (int w = 0; w < 2 && At(text, end) == ' ' && IsCapitalised(NextWord(text, end + 1)); w++)
                {
                    end += 1 + NextWord(text, end + 1).Length;
                }

                continue;
            }

            if (comma && word.Length is >= 2 and <= 4 && char.IsAsciiDigit(word[0]) && word[^1] is 'º' or 'ª')
            {
                // Spanish and Portuguese floor and door: "Calle Mayor 5, 3º B", "5º dcha.", "Rua do Ouro 35, 2.º Esq.".
                end = wordEnd;
                if (At(text, end) == ' ' && char.IsAsciiLetterUpper(At(text, end + 1)) && !IsAlnum(At(text, end + 2)))
                {
                    end += 2;
                }
                else if (At(text, end) == ' ' && IsOneOf(NextWord(text, end + 1), s_bareFloors))
                {
                    end += 1 + NextWord(text, end + 1).Length;
                    end += At(text, end) == '.' ? 1 : 0;
                }

                continue;
            }

            if (comma && IsOneOf(word, s_bareFloors) && (At(text, wordEnd) == ',' || At(text, wordEnd) == ' ' && char.IsAsciiDigit(At(text, wordEnd + 1))))
            {
                // "C/ Gran Vía 13, bajo, 28013 Madrid".
                end = wordEnd;
                continue;
            }

            if (word.Length == 3 && CountDigits(word) == 3 && At(text, wordEnd) == ' ' && NextWord(text, wordEnd + 1) is { Length: 2 } pair && CountDigits(pair) == 2)
            {
                // Swedish "111 51 Stockholm".
                end = wordEnd + 3;
                if (At(text, end) == ' ' && IsCapitalised(NextWord(text, end + 1)))
                {
                    end = DistrictNumberAfter(text, end + 1 + NextWord(text, end + 1).Length);
                }

                continue;
            }

            if (IsPostalCode(word) || (IsStateCode(word) && At(text, wordEnd) == ' ' && IsPostalCode(NextWord(text, wordEnd + 1))))
            {
                end = IsStateCode(word) ? wordEnd + 1 + NextWord(text, wordEnd + 1).Length : wordEnd;
                ReadOnlySpan<char> letters = At(text, end) == ' ' ? NextWord(text, end + 1) : [];
                if (word.Length == 4 && letters.Length == 2 && letters.IndexOfAnyExceptInRange('A', 'Z') < 0)
                {
                    // "1015 CJ Amsterdam": a Dutch postcode has two letters.
                    end += 3;
                }

                if (IsStateCode(word) == false && At(text, end) == ' ' && IsUpperCity(NextWord(text, end + 1)))
                {
                    // "75011 PARIS", "C1043AAZ CABA": shipping labels write the city in capitals.
                    end = end + 1 + NextWord(text, end + 1).Length;
                }
                else if (IsStateCode(word) == false && At(text, end) == ' ' && IsCapitalised(NextWord(text, end + 1)))
                {
                    // "10115 Berlin", "05859 Ciudad de México", "21457 Konak/İzmir"
                    end = end + 1 + NextWord(text, end + 1).Length;
                    ReadOnlySpan<char> particle = At(text, end) == ' ' ? NextWord(text, end + 1) : [];
                    if (IsOneOf(particle, s_cityParticles) && At(text, end + 1 + particle.Length) == ' ' && IsCapitalised(NextWord(text, end + 2 + particle.Length)))
                    {
                        end += 2 + particle.Length + NextWord(text, end + 2 + particle.Length).Length;
                    }

                    if (At(text, end) == '/' && IsCapitalised(NextWord(text, end + 1)))
                    {
                        end += 1 + NextWord(text, end + 1).Length;
                    }

                    if (At(text, end) == ' ' && char.IsUpper(At(text, end + 1)) && !IsAlnum(At(text, end + 2)))
                    {
                        // A city's district letter: "2200 København N", "8000 Aarhus C".
                        end += 2;
                    }
                    else if (At(text, end) == ' ' && NextWord(text, end + 1) is { Length: 2 } province && IsStateCode(province) && !IsAlnum(At(text, end + 3)))
                    {
                        // An Italian province after the city: "80121 Napoli NA".
                        end += 3;
                    }
                    else
                    {
                        end = DistrictNumberAfter(text, end);
                    }
                }

                continue;
            }

            if (comma && (IsCapitalised(word) || IsStateCode(word)) && !IsSegmentSeparator(text, i))
            {
                // A city (one to three capitalised words), a state or a country; a postal code may follow.
                int cityEnd = wordEnd;
                for (int w = 0; w < 3 && At(text, cityEnd) == ' '; w++)
                {
                    ReadOnlySpan<char> next = NextWord(text, cityEnd + 1);
                    if (IsOneOf(next, s_cityParticles) && At(text, cityEnd + 1 + next.Length) == ' ' && IsCapitalised(NextWord(text, cityEnd + 2 + next.Length)))
                    {
                        // "Rio de Janeiro"
                        cityEnd += 1 + next.Length;
                        next = NextWord(text, cityEnd + 1);
                    }

                    if (!IsCapitalised(next) || IsStateCode(next))
                    {
                        break;
                    }

                    cityEnd = cityEnd + 1 + next.Length;
                }

                if (At(text, cityEnd) == '/' && IsCapitalised(NextWord(text, cityEnd + 1)))
                {
                    // Turkey: "Çankaya/Ankara".
                    cityEnd += 1 + NextWord(text, cityEnd + 1).Length;
                }

                if (At(text, cityEnd) == ' ' && IsPostalCode(NextWord(text, cityEnd + 1)))
                {
                    cityEnd = cityEnd + 1 + NextWord(text, cityEnd + 1).Length;
                }
                else
                {
                    cityEnd = DistrictNumberAfter(text, cityEnd);
                }

                end = cityEnd;
                continue;
            }

            break;
        }

        return end;
    }

    /// <summary>"Dublin 4", "Praha 10": a city's district number, where a comma or the end of the segment follows it.</summary>
    private static int DistrictNumberAfter(ReadOnlySpan<char> text, int end)
    {
        if (At(text, end) != ' ' || NextWord(text, end + 1) is not { Length: 1 or 2 } number || CountDigits(number) != number.Length || number[0] == '0')
        {
            return end;
        }

        int after = end + 1 + number.Length;
        return after == text.Length || At(text, after) == ',' || IsSegmentSeparator(text, after) || At(text, after) == ' ' && after + 1 < text.Length && IsSegmentSeparator(text, after + 1) ? after : end;
    }

    /// <summary>A city in capitals after a postal code ("PARIS", "CABA", "SÃO PAULO"'s first word).</summary>
    private static bool IsUpperCity(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
        {
            return false;
        }

        foreach (char c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the address so far ends in a unit's number ("Flat 12", "House No. 25A"): the street may follow it.</summary>
    private static bool IsUnitAddress(ReadOnlySpan<char> text, int end)
    {
        int i = end;
        while (i > 0 && char.IsAsciiLetterOrDigit(text[i - 1]))
        {
            i--;
        }

        while (i > 0 && text[i - 1] is ' ' or '.')
        {
            i--;
        }

        int wordEnd = i;
        while (i > 0 && char.IsLetter(text[i - 1]))
        {
            i--;
        }

        ReadOnlySpan<char> word = text[i..wordEnd];
        if (word.Equals("No", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IsOneOf(word, s_units);
    }

    private static bool IsOrdinal(ReadOnlySpan<char> word)
    {
        int digits = CountDigits(word);
        return digits is >= 1 and <= 3 && word.Length == digits + 2 && CountDigits(word[..digits]) == digits
            && (word[digits..] is "st" or "nd" or "rd" or "th");
    }

    /// <summary>
    /// After " - ": a neighbourhood followed by a comma ("Bela Vista,") or a two-letter state at the end of the city
    /// ("São Paulo - SP"), as Brazilian addresses write them.
    /// </summary>
    private static bool TryDashedPart(ReadOnlySpan<char> text, int start, out int end)
    {
        end = start;
        ReadOnlySpan<char> word = NextWord(text, start);
        if (word.Length == 2 && IsStateCode(word))
        {
            end = start + 2;
            return !IsAlnum(At(text, end)) && At(text, end) != '-';
        }

        int i = start;
        for (int w = 0; w < 3 && IsCapitalised(NextWord(text, i)); w++)
        {
            i += NextWord(text, i).Length;
            if (At(text, i) == ',')
            {
                end = i;
                return true;
            }

            if (At(text, i) != ' ')
            {
                return false;
            }

            i++;
        }

        return false;
    }

    /// <summary>
    /// "Flat 2, 15 Queen's Road", "Apt 4B, 123 Main St", "House No. 12B, 7 Cathedral Salai": a unit written before the
    /// street; "Flat 21, Lotus Enclave": a unit whose number the street's match began with.
    /// </summary>
    private static int UnitBefore(ReadOnlySpan<char> text, int start)
    {
        if (start >= 2 && text[start - 1] == ' ' && char.IsAsciiDigit(At(text, start)))
        {
            int unitWord = UnitWordBefore(text, start - 1);
            if (unitWord >= 0)
            {
                return unitWord;
            }
        }

        if (start < 4 || text[start - 1] != ' ' || text[start - 2] != ',')
        {
            return start;
        }

        int valueEnd = start - 2;
        int valueStart = valueEnd;
        while (valueStart > 0 && (IsAlnum(text[valueStart - 1]) || text[valueStart - 1] == '-'))
        {
            valueStart--;
        }

        if (valueStart == valueEnd || At(text, valueStart - 1) != ' ')
        {
            return start;
        }

        int wordEnd = valueStart - 1;
        int wordStart = wordEnd;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        if (IsOneOf(text[wordStart..wordEnd].TrimEnd('.'), s_units) && !IsAlnum(At(text, wordStart - 1)))
        {
            return wordStart;
        }

        int numbered = UnitWordBefore(text, valueStart - 1);
        return numbered >= 0 ? numbered : BuildingBefore(text, start);
    }

    /// <summary>"Apartment 4, Riverside House, 9 Wharf Street": a flat, then its building's name, then the street.</summary>
    private static int BuildingBefore(ReadOnlySpan<char> text, int start)
    {
        // The building: one to three capitalised words, the last a building word, between ", " and ", ".
        int nameEnd = start - 2;
        int i = nameEnd;
        bool buildingWord = false;
        for (int w = 0; w < 3; w++)
        {
            int wordEnd = i;
            while (i > 0 && char.IsLetter(text[i - 1]))
            {
                i--;
            }

            ReadOnlySpan<char> word = text[i..wordEnd];
            if (!IsCapitalised(word))
            {
                return start;
            }

            buildingWord |= w == 0 && IsOneOf(word, s_buildingWords);
            if (i >= 2 && text[i - 1] == ' ' && text[i - 2] == ',')
            {
                break;
            }

            if (i < 1 || text[i - 1] != ' ')
            {
                return start;
            }

            i--;
        }

        if (!buildingWord || i < 4 || text[i - 1] != ' ' || text[i - 2] != ',')
        {
            return start;
        }

        int unit = UnitBefore(text, i);
        return unit < i ? unit : start;
    }

    /// <summary>The start of a unit word ("Flat", "House No.") that ends at <paramref name="end"/> (exclusive), or -1.</summary>
    private static int UnitWordBefore(ReadOnlySpan<char> text, int end)
    {
        int wordEnd = end;
        int wordStart = wordEnd;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        ReadOnlySpan<char> word = text[wordStart..wordEnd].TrimEnd('.');
        if (word.Equals("No", StringComparison.OrdinalIgnoreCase) && (wordStart == 0 || wordStart >= 2 && text[wordStart - 1] == ' '))
        {
            // "House No. 12B"
            int unit = wordStart == 0 ? -1 : UnitWordBefore(text, wordStart - 1);
            if (unit < 0 && word[0] == 'N' && (wordStart < 2 || !char.IsLetterOrDigit(text[wordStart - 2])))
            {
                // "No. 88 Jianguo Road" at the start of a part: the number's own word.
                return wordStart;
            }

            return unit;
        }

        return word.Length > 0 && IsOneOf(word, s_units) && char.IsUpper(word[0]) && !IsAlnum(At(text, wordStart - 1)) ? wordStart : -1;
    }

    private static ReadOnlySpan<char> NextWord(ReadOnlySpan<char> text, int start)
    {
        int end = start;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '-'))
        {
            end++;
        }

        return start < text.Length ? text[start..end] : [];
    }

    private static bool IsStateCode(ReadOnlySpan<char> word) => word.Length is 2 or 3 && word.IndexOfAnyExceptInRange('A', 'Z') < 0;

    /// <summary>US ZIP (12345, 12345-6789), 4 to 5 digit European codes, Japanese 123-4567, UK outward codes (SW1A, EC1).</summary>
    private static bool IsPostalCode(ReadOnlySpan<char> word)
    {
        int digits = CountDigits(word);
        if (digits == word.Length)
        {
            // 4 (AT, CH, DK, NL, AU), 5 (US, DE, FR, ES, IT), 6 (IN, CN, RU, SG).
            return digits is >= 4 and <= 6;
        }

        // The inward half of a UK or Canadian code ("6XE", "2T6").
        if (word.Length == 3 && char.IsAsciiLetterOrDigit(word[0]) && word.IndexOfAnyInRange('a', 'z') < 0 && digits is 1 or 2)
        {
            return true;
        }

        if (word.Length == 10 && word[5] == '-' && digits == 9)
        {
            return true;
        }

        if (word.Length == 8 && word[3] == '-' && digits == 7)
        {
            return true;
        }

        // Brazil 01310-200, Portugal 1100-053, Poland 00-590.
        if ((word.Length == 9 && word[5] == '-' && digits == 8) || (word.Length == 8 && word[4] == '-' && digits == 7) || (word.Length == 6 && word[2] == '-' && digits == 5))
        {
            return true;
        }

        // Argentina: "C1043AAZ".
        if (word.Length == 8 && char.IsAsciiLetterUpper(word[0]) && digits == 4 && CountDigits(word[1..5]) == 4 && word[5..].IndexOfAnyExceptInRange('A', 'Z') < 0)
        {
            return true;
        }

        return word.Length is >= 2 and <= 4 && char.IsAsciiLetterUpper(word[0]) && digits >= 1 && word.IndexOfAnyInRange('a', 'z') < 0;
    }
}
