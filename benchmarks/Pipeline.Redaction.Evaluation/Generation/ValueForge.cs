using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Pipeline.Redaction.Evaluation.Generation;

/// <summary>
/// Every generator a template may name, by name. Generators read their values from the family's
/// <see cref="ValuePools"/> (labelled classes) or from <see cref="FillerWords"/> (the ordinary words around them).
/// </summary>
internal static partial class ValueForge
{
    private static readonly Dictionary<string, ValueGenerator> s_generators = Build();

    public static bool TryGet(string name, [NotNullWhen(true)] out ValueGenerator? generator) =>
        s_generators.TryGetValue(name, out generator);

    public static IReadOnlyCollection<string> Names => s_generators.Keys;

    /// <summary>Every generator of the dev and held-out families, by name.</summary>
    public static IReadOnlyDictionary<string, ValueGenerator> Generators => s_generators;

    private static Dictionary<string, ValueGenerator> Build()
    {
        var g = new Dictionary<string, ValueGenerator>(StringComparer.Ordinal);
        AddStructure(g);
        AddPeople(g);
        AddNumbers(g);
        AddSecrets(g);
        AddWeb(g);
        AddFiller(g);
        return g;
    }

    private static void AddStructure(Dictionary<string, ValueGenerator> g)
    {
        g["sep"] = (c, _) => c.Pick(c.Pools.Separators);
        g["one"] = (c, a) => c.Pick(Required(a, "one").Split('|'));
        g["int"] = (c, a) =>
        {
            string[] bounds = Required(a, "int").Split('-');
            int value = c.Random.Between(Int(bounds[0]), Int(bounds[1]));
            return value.ToString(CultureInfo.InvariantCulture);
        };
        g["shape"] = (c, a) => c.Shape(Required(a, "shape"));
        g["hex4"] = (c, _) => c.Shape(c.Random.Chance(0.7) ? "!!!!" : "!!!").TrimStart('0') is { Length: > 0 } h ? h : "0";
        g["hex2"] = (c, _) => c.Shape("!!");
    }

    private static string Required(string? argument, string generator) =>
        argument ?? throw new FormatException($"generator {generator} needs an argument");

    private static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>Lower-case ASCII for handles, slugs and e-mail local parts: José Núñez → jose nunez.</summary>
    private static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (char ch in text.ToLowerInvariant())
        {
            string? replacement = ch switch
            {
                'á' or 'à' or 'â' or 'ä' or 'ã' or 'å' or 'ā' => "a",
                'é' or 'è' or 'ê' or 'ë' or 'ě' or 'ę' => "e",
                'í' or 'ì' or 'î' or 'ï' or 'ı' => "i",
                'ó' or 'ò' or 'ô' or 'ö' or 'õ' or 'ø' or 'ő' => "o",
                'ú' or 'ù' or 'û' or 'ü' or 'ů' or 'ű' => "u",
                'ç' or 'č' or 'ć' => "c",
                'ñ' or 'ń' => "n",
                'ß' => "ss",
                'ł' => "l",
                'š' or 'ś' or 'ş' => "s",
                'ž' or 'ź' or 'ż' => "z",
                'ğ' => "g",
                'ř' => "r",
                'ă' => "a",
                'ạ' or 'ả' => "a",
                'ễ' or 'ệ' => "e",
                'ị' => "i",
                'ơ' or 'ố' or 'ộ' => "o",
                'ư' or 'ủ' => "u",
                'đ' => "d",
                'ầ' or 'ấ' or 'ậ' or 'ắ' => "a",
                'æ' => "ae",
                'œ' => "oe",
                _ => null,
            };
            if (replacement is not null)
            {
                folded.Append(replacement);
            }
            else if (ch < 128)
            {
                folded.Append(ch);
            }
        }
        return folded.ToString();
    }
}
