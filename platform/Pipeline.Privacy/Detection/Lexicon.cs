using System.Collections.Frozen;
using System.Reflection;

namespace Pipeline.Privacy.Detection;

/// <summary>
/// The word lists the detectors consult, loaded once from the assembly's embedded resources (see Names/NOTICE):
/// first names, the most common English words, and which first names are also one of those words or a place or product.
/// Lookups take spans and allocate nothing.
/// </summary>
internal static class Lexicon
{
    // First names that are also places, months, languages, products or mythology more often than people in a
    // window title ("Paris", "June", "Julia", "Alexa", "Apollo"): like names that are English words, they count
    // only where the context says a person is meant ("Chat with Paris"). Entries that are not in the name lists are ignored.
    private static readonly string[] s_ambiguousExtra =
    [
        "Paris", "Jordan", "Georgia", "Victoria", "Sydney", "Austin", "Dallas", "Houston", "Phoenix", "Madison",
        "Lincoln", "Washington", "Florence", "Chelsea", "Charlotte", "Savannah", "Orlando", "Aurora", "Alexa", "Siri",
        "Maya", "Julia", "Hugo", "Django", "Kali", "Alma", "Mercedes", "Tesla", "Lexus", "Kia", "Dell", "Cisco", "Ada",
        "India", "Asia", "China", "Israel", "Kenya", "Africa", "America", "Jamaica", "Sierra", "Dakota", "Carolina",
        "Virginia", "Nevada", "Montana", "Indiana", "Arizona", "Tennessee", "Kentucky", "Cleveland", "Denver",
        "Memphis", "Boston", "Brooklyn", "London", "Berlin", "Vienna", "Milan", "Rome", "Sofia", "Lima", "Santiago",
        "Regina", "Adelaide", "Valencia", "Monaco", "Siena", "Verona", "Genoa", "Troy", "Salem", "Jackson", "Hudson",
        "June", "April", "August", "January", "February", "March", "May", "July", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
        "Nov", "Dec", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Del", "Max", "Mac", "Marina", "Alexandria", "Athena",
        "Apollo", "Artemis", "Atlas", "Hermes", "Zeus", "Juno", "Orion", "Titan", "Nova", "Luna", "Helios", "Venus",
        "Mars", "Electra", "Cortana", "Echo", "Aria", "Nike", "Haskell", "Pascal", "Travis", "Cassandra", "Luigi",
        "Gatsby", "Lua", "Chanel", "Tiffany", "Armani", "Porsche", "Ferrari", "Bixby", "Christian", "Ember", "Jasper",
        "Dash", "Ruby", "Crystal", "Scala", "Kotlin", "Ivy", "Rocky", "Jersey", "Olive", "Cherry", "Aspen", "Maple", "Juniper", "Cedar",
        "Sage", "Brooklyn", "Angel", "Harley", "Royce", "Bentley", "Camry", "Mazda", "Lincoln", "Chevy", "Jaguar", "Winston", "Marlboro",
        "Safari", "Miro", "Deno", "Audi", "Sony", "Dior", "Azure", "Ford", "Infiniti", "Canon", "Acer", "Vue", "Edge", "Asana", "Oracle",
        "Apache", "Java", "Linux", "Jenkins", "Django", "Excel", "Chrome", "Spring", "Honor", "Ram", "Dodge", "Mercedes", "Porsche",
        "Amazon", "Nvidia", "Intel", "Disney", "Pixar", "Canada", "Europe", "Nashville", "Atlanta", "Seattle", "Portland", "Miami",
        "Chicago", "Vegas", "Adobe", "Android", "Windows", "Google", "Nokia", "Toyota", "Adidas", "Rolex", "Cartier", "Versace", "Prada",
        "Gucci", "Hulu", "Netflix", "Uber", "Lyft", "Ubuntu", "Debian", "Fedora", "Alpine", "Arch", "Kubernetes", "Mongo", "Jira", "Figma",
        "Alabama", "Alaska", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Hawaii", "Idaho", "Illinois", "Iowa",
        "Kansas", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Nebraska",
        "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Texas", "Utah", "Vermont", "Wisconsin", "Wyoming", "Cheyenne", "Austin", "Tulsa",
        "Brazil", "Chile", "Cuba", "Egypt", "France", "Germany", "Greece", "Ireland", "Italia", "Italy", "Japan", "Korea", "Mexico", "Nepal",
        "Norway", "Peru", "Poland", "Russia", "Spain", "Sweden", "Syria", "Turkey", "Ukraine", "Wales", "Scotland", "England", "Britain",
        "Holland", "Belgium", "Austria", "Denmark", "Finland", "Iceland", "Portugal", "Morocco", "Nigeria", "Ghana", "Uganda", "Rwanda",
        "Zambia", "Somalia", "Sudan", "Libya", "Iran", "Iraq", "Qatar", "Oman", "Yemen", "Dubai", "Tokyo", "Kyoto", "Osaka", "Seoul",
        "Beijing", "Shanghai", "Delhi", "Mumbai", "Madrid", "Barcelona", "Lisbon", "Prague", "Warsaw", "Dublin", "Oslo", "Stockholm",
        "Geneva", "Zurich", "Munich", "Hamburg", "Cologne", "Naples", "Venice", "Florence", "Sicily", "Toronto", "Vancouver", "Montreal",
        "Quebec", "Ottawa", "Sydney", "Melbourne", "Perth", "Brisbane", "Auckland", "Manila", "Jakarta", "Bangkok", "Hanoi", "Cairo",
        "Lagos", "Nairobi", "Havana", "Bogota", "Quito", "Caracas", "Santiago", "Lima", "Montana", "Dakota", "Carolina", "Virginia",
        // The other countries and capitals that the lists also hold as given names ("Chad visa requirements", "Niger weather").
        "Chad", "Niger", "Mali", "Guinea", "Gabon", "Togo", "Benin", "Lebanon", "Bahrain", "Kuwait", "Cyprus", "Malta", "Serbia", "Croatia",
        "Albania", "Romania", "Bulgaria", "Hungary", "Estonia", "Latvia", "Lithuania", "Moldova", "Armenia", "Bolivia", "Paraguay",
        "Uruguay", "Argentina", "Colombia", "Panama", "Honduras", "Belize", "Guyana", "Haiti", "Dominica", "Grenada", "Bermuda", "Samoa",
        "Tonga", "Fiji", "Malaysia", "Indonesia", "Brunei", "Cambodia", "Laos", "Myanmar", "Bhutan", "Tibet", "Mongolia", "Taiwan", "Macau",
        "Senegal", "Liberia", "Angola", "Namibia", "Botswana", "Lesotho", "Malawi", "Tanzania", "Zimbabwe", "Mozambique", "Madagascar",
        "Eritrea", "Ethiopia", "Djibouti", "Algeria", "Tunisia", "Kosovo", "Andorra", "Luxembourg", "Ecuador", "Venezuela", "Nicaragua",
        "Salvador", "Cameroon", "Congo", "Sri", "Lanka", "Kiev", "Kyiv", "Riga", "Vilnius", "Tallinn", "Minsk", "Athens", "Ankara", "Baku",
        "Tbilisi", "Yerevan", "Amman", "Beirut", "Doha", "Riyadh", "Kabul", "Dhaka", "Colombo", "Kathmandu", "Lhasa", "Vientiane",
        "Canberra", "Wellington", "Suva", "Apia", "Nassau", "Kingston", "Managua", "Asuncion", "Montevideo", "Brasilia", "Dakar", "Accra",
        "Abuja", "Niamey", "Bamako", "Lome", "Luanda", "Harare", "Lusaka", "Maputo", "Kampala", "Kigali", "Asmara", "Khartoum", "Tripoli",
        "Tunis", "Algiers", "Rabat", "Valletta", "Nicosia", "Bern", "Brussels", "Amsterdam", "Budapest", "Bucharest", "Belgrade", "Zagreb",
        "Skopje", "Tirana", "Sarajevo", "Helsinki", "Copenhagen", "Reykjavik", "Damascus", "Baghdad", "Tehran", "Muscat", "Sana",
    ];

    private static readonly FrozenDictionary<string, bool> s_firstNames = LoadFirstNames();
    private static readonly FrozenDictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> s_firstNameLookup =
        s_firstNames.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, bool> s_familyNames = LoadNames("Pipeline.Privacy.Names.family-names.txt", s_ambiguousExtra);
    private static readonly FrozenDictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> s_familyNameLookup =
        s_familyNames.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> s_commonWords = LoadWords("Pipeline.Privacy.Names.common-words.txt");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_commonWordLookup =
        s_commonWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether <paramref name="word"/> is a first name (any case, accents folded: "José" is "Jose");
    /// <paramref name="ambiguous"/> says whether it is also a common word (or one with an "s": "Wells"), a place or a product.
    /// </summary>
    public static bool IsFirstName(ReadOnlySpan<char> word, out bool ambiguous)
    {
        ambiguous = false;
        if (word.Length is < 2 or > 32)
        {
            return false;
        }

        Span<char> folded = stackalloc char[32];
        if (!Fold(word, folded, out int length) || !s_firstNameLookup.TryGetValue(folded[..length], out ambiguous))
        {
            ambiguous = false;
            return false;
        }

        // Two-letter names (Al, Bo, Jo, Ty) are initials, abbreviations or words far more often.
        ambiguous |= length < 3 || (folded[length - 1] is 's' or 'S' && IsCommonWord(folded[..(length - 1)]));
        return true;
    }

    /// <summary>
    /// Whether <paramref name="word"/> is a family name of some culture (accents folded); <paramref name="ambiguous"/>
    /// says whether it is also an English word ("Brown", "King") or one of the redactor's places and products.
    /// </summary>
    public static bool IsFamilyName(ReadOnlySpan<char> word, out bool ambiguous)
    {
        ambiguous = false;
        Span<char> folded = stackalloc char[32];
        if (word.Length is < 2 or > 32 || !Fold(word, folded, out int length) || !s_familyNameLookup.TryGetValue(folded[..length], out ambiguous))
        {
            ambiguous = false;
            return false;
        }

        ambiguous |= length < 3;
        return true;
    }

    /// <summary>A family name that is not also a common word, place or product.</summary>
    public static bool IsClearFamilyName(ReadOnlySpan<char> word) => IsFamilyName(word, out bool ambiguous) && !ambiguous;

    /// <summary>Latin letters with diacritics to their base letter, so the gazetteer's ASCII spellings match; false for other scripts.</summary>
    private static bool Fold(ReadOnlySpan<char> word, Span<char> folded, out int length)
    {
        length = word.Length;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            if (c < 0x80)
            {
                folded[i] = c;
            }
            else if (c is >= FoldFirst and <= FoldLast && s_fold[c - FoldFirst] != '\0')
            {
                folded[i] = s_fold[c - FoldFirst];
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    private const char FoldFirst = '\u00C0';
    private const char FoldLast = '\u1EFF';

    private static readonly char[] s_fold = BuildFold();

    // The base letter of each letter from U+00C0 to U+024F (Latin-1 Supplement, Latin Extended-A and -B) and from
    // U+1E00 to U+1EFF (Latin Extended Additional: Vietnamese), "." where there is none ("ß", "æ", "þ").
    // Written out rather than computed with string.Normalize: the build sets InvariantGlobalization, under which
    // Normalize leaves non-ASCII letters as they are, so "José" never folded to "Jose". Generated from Unicode's
    // canonical decompositions, with "ø", "ł", "đ", "ð", "ı", "ħ", "ŧ", "ŀ" (which do not decompose) added by hand.
    private const string LatinFold =
        "AAAAAA.CEEEEIIIIDNOOOOO.OUUUUY..aaaaaa.ceeeeiiiidnooooo.ouuuuy.yAaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGg"
        + "HhHhIiIiIiIiIi..JjKk.LlLlLlLlLlNnNnNn...OoOoOo..RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZz........."
        + "..........f.............Oo.............Uu............................AaIiOoUuUuUuUuUu.AaAa....GgKkOo"
        + "Oo..j...Gg..NnAa....AaAaEeEeIiIiOoOoRrRrUuUuSsTt..Hh......AaEeOoOoOoOoYy............................";

    private const string VietnameseFold =
        "AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMmMmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSs"
        + "SsSsSsTtTtTtTtUuUuUuUuUuVvVvWwWwWwWwWwXxXxYyZzZzZzhtwy......AaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEe"
        + "IiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy......";

    private static char[] BuildFold()
    {
        var fold = new char[FoldLast - FoldFirst + 1];
        for (int i = 0; i < LatinFold.Length; i++)
        {
            fold[i] = LatinFold[i] == '.' ? '\0' : LatinFold[i];
        }

        for (int i = 0; i < VietnameseFold.Length; i++)
        {
            fold['\u1E00' - FoldFirst + i] = VietnameseFold[i] == '.' ? '\0' : VietnameseFold[i];
        }

        return fold;
    }

    /// <summary>A first name that needs no context: not a common word, place or product, three letters or more.</summary>
    public static bool IsClearFirstName(ReadOnlySpan<char> word) => IsFirstName(word, out bool ambiguous) && !ambiguous;

    /// <summary>Whether <paramref name="word"/> (any case) is among the ~10,000 most common English words.</summary>
    public static bool IsCommonWord(ReadOnlySpan<char> word) => s_commonWordLookup.Contains(word);

    private static FrozenDictionary<string, bool> LoadFirstNames() => LoadNames("Pipeline.Privacy.Names.first-names.txt", s_ambiguousExtra);

    private static FrozenDictionary<string, bool> LoadNames(string resource, string[] ambiguousExtra)
    {
        FrozenSet<string> common = LoadWords("Pipeline.Privacy.Names.common-words.txt");
        var names = new Dictionary<string, bool>(20_000, StringComparer.OrdinalIgnoreCase);
        foreach (string line in ReadLines(resource))
        {
            bool word = line.EndsWith('*');
            string name = word ? line[..^1] : line;
            names[name] = word || common.Contains(name);
        }

        foreach (string name in ambiguousExtra)
        {
            if (names.ContainsKey(name))
            {
                names[name] = true;
            }
        }

        return names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static FrozenSet<string> LoadWords(string resource) => ReadLines(resource).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The lines of an embedded word list, without empty lines and <c>#</c> comments.</summary>
    internal static List<string> ReadLines(string resource)
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded word list {resource} is missing from the assembly");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                lines.Add(line);
            }
        }

        return lines;
    }
}
