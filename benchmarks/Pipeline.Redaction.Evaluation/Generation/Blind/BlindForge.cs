using System.Globalization;
using System.Text;

namespace Pipeline.Redaction.Evaluation.Generation.Blind;

/// <summary>
/// The generators blind templates may name, by name. They draw only from <see cref="BlindPools"/> and share no code
/// with <see cref="ValueForge"/> beyond the template syntax, so a rule fitted to how dev and held-out values are made
/// (their handle and e-mail forms, their phone shapes) is not fitted to these.
/// </summary>
internal static partial class BlindForge
{
    public static IReadOnlyDictionary<string, ValueGenerator> Generators { get; } = Build();

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

    /// <summary>Title separators of real apps, weighted by how often they are seen.</summary>
    private static readonly string[] s_separators = [" - ", " - ", " – ", " — ", " | ", " | ", " · ", " • ", " :: ", " » "];

    private static void AddStructure(Dictionary<string, ValueGenerator> g)
    {
        g["sep"] = (c, _) => c.Pick(s_separators);
        g["one"] = (c, a) => c.Pick(Required(a, "one").Split('|'));
        g["int"] = (c, a) =>
        {
            string[] bounds = Required(a, "int").Split('-');
            return c.Random.Between(Int(bounds[0]), Int(bounds[1])).ToString(CultureInfo.InvariantCulture);
        };
        g["shape"] = (c, a) => c.Shape(Required(a, "shape"));
        g["mix"] = (c, a) =>
        {
            string name = Required(a, "mix");
            if (!BlindPools.Mixes.TryGetValue(name, out IReadOnlyList<string>? patterns))
            {
                throw new FormatException($"the blind family has no mix {name}");
            }
            return Expand(c, c.Pick(patterns));
        };
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, TemplatePattern> s_expansions = new(StringComparer.Ordinal);

    /// <summary>Writes a pattern of blind generators as plain text (a pool entry that holds placeholders).</summary>
    private static string Expand(GenerationContext c, string pattern)
    {
        TemplatePattern parsed = s_expansions.GetOrAdd(pattern, static p => TemplatePattern.Parse(p, Generators));
        if (parsed.PlantsValues)
        {
            throw new FormatException($"blind pool pattern \"{pattern}\" may not plant labelled values");
        }
        var builder = new LineBuilder();
        c.Render(parsed, builder);
        return builder.Text;
    }

    private static string Required(string? argument, string generator) =>
        argument ?? throw new FormatException($"generator {generator} needs an argument");

    private static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Lower-case ASCII for logins and mailbox names: Łukasz Wójcik → lukasz wojcik, Þóra → thora. A table,
    /// not Unicode decomposition, so the fold is the same with or without ICU (invariant globalization).</summary>
    private static string Ascii(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (char ch in text.ToLowerInvariant())
        {
            if (ch < 128)
            {
                if (ch != '\'')
                {
                    folded.Append(ch);
                }
                continue;
            }
            int at = FoldFrom.IndexOf(ch, StringComparison.Ordinal);
            if (at >= 0)
            {
                folded.Append(FoldTo[at]);
            }
            else if (ch == 'þ')
            {
                folded.Append("th");
            }
            else if (ch is 'æ' or 'ß')
            {
                folded.Append(ch == 'æ' ? "ae" : "ss");
            }
        }
        return folded.ToString();
    }

    // Each letter of the blind names with diacritics, and its plain letter at the same index.
    private const string FoldFrom = "ặứáàâäãåāăąạảấầậắéèêëěęễệíìîïıịóòôöõøőọốộơờởúùûüůűủưừữçčćñńšśşșžźżğřłđðťțýÿ";
    private const string FoldTo = "auaaaaaaaaaaaaaaaeeeeeeeeiiiiiiooooooooooooouuuuuuuuuucccnnsssszzzgrlddttyy";
}
