using System.Globalization;

namespace Pipeline.Redaction.Evaluation.Generation.Sixth;

/// <summary>
/// The sixth family's generators. Every sixth template names only <see cref="Generators"/>, so none of its values come
/// from another family's code or pools. The person of a line is kept in <see cref="GenerationContext.FamilyState"/>
/// so a name, its e-mail and its handle agree.
/// </summary>
internal static partial class SixthForge
{
    private static readonly string[] s_separators = [" - ", " — ", " | ", " · ", " – "];

    private static readonly string[] s_badges = ["", "", "", "(3) ", "(12) ", "● ", "🔴 ", "[1] ", "(99+) ", "* ", "💬 "];

    public static IReadOnlyDictionary<string, ValueGenerator> Generators { get; } = new Dictionary<string, ValueGenerator>(StringComparer.Ordinal)
    {
        // structure and mess
        ["one"] = One,
        ["sep"] = (c, _) => c.Pick(s_separators),
        ["n"] = Number,
        ["badge"] = (c, _) => c.Pick(s_badges),
        ["word"] = Word,
        // people
        ["person"] = Person,
        ["given"] = (c, _) => CurrentOrNew(c, null).Given,
        ["email"] = Email,
        ["handle"] = Handle,
        // numbers
        ["phone"] = Phone,
        ["card"] = Card,
        ["badcard"] = BadCard,
        ["iban"] = Iban,
        ["bic"] = (c, _) => c.Shape(c.Pick(SixthPoolsNumbers.BicShapes)),
        ["ssn"] = Ssn,
        ["ip"] = Ip,
        ["id"] = Identifier,
        ["fake"] = LookAlike,
        // secrets
        ["envname"] = EnvName,
        ["envval"] = EnvValue,
        ["envsafe"] = (c, _) => c.Pick(SixthPoolsWords.SafeSettings),
        ["key"] = ProviderKey,
        ["jwt"] = Jwt,
        ["password"] = Password,
        ["capability"] = Capability,
        ["uuid"] = (c, _) => Uuid(c),
        ["hex"] = Hex,
        // web and parties
        ["query"] = Query,
        ["url"] = PersonalUrl,
        ["repo"] = Repo,
        ["channel"] = (c, _) => c.Pick(SixthPoolsParties.Channels),
        ["org"] = Org,
        ["workspace"] = (c, _) => c.Pick(SixthPoolsParties.Workspaces),
        ["address"] = (c, a) => Expand(c, c.Pick(a == "short" ? SixthPoolsParties.ShortAddresses : SixthPoolsParties.Addresses)),
    };

    private static readonly Dictionary<string, TemplatePattern> s_poolPatterns = new(StringComparer.Ordinal);

    private static string One(GenerationContext c, string? argument) =>
        c.Pick((argument ?? throw new FormatException("{one:…} needs choices")).Split('|'));

    /// <summary><c>{n:min-max}</c>, or <c>{n:min-max:width}</c> zero-padded.</summary>
    private static string Number(GenerationContext c, string? argument)
    {
        string[] parts = (argument ?? "0-99").Split(':');
        string[] range = parts[0].Split('-');
        int value = c.Random.Between(int.Parse(range[0], CultureInfo.InvariantCulture), int.Parse(range[1], CultureInfo.InvariantCulture));
        return parts.Length > 1 ? value.ToString("D" + parts[1], CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture);
    }

    private static string Word(GenerationContext c, string? argument) =>
        c.Pick(SixthPoolsWords.Pools.TryGetValue(argument ?? string.Empty, out string[]? pool)
            ? pool
            : throw new FormatException($"no sixth word pool \"{argument}\""));

    /// <summary>A pool entry that is itself a pattern of sixth generators (addresses).</summary>
    private static string Expand(GenerationContext c, string pattern)
    {
        TemplatePattern? parsed;
        lock (s_poolPatterns)
        {
            if (!s_poolPatterns.TryGetValue(pattern, out parsed))
            {
                parsed = TemplatePattern.Parse(pattern, Generators);
                s_poolPatterns.Add(pattern, parsed);
            }
        }
        var builder = new LineBuilder();
        c.Render(parsed, builder);
        return builder.Text;
    }

    private static string Hex(GenerationContext c, string? argument)
    {
        int length = int.Parse(argument ?? "40", CultureInfo.InvariantCulture);
        return c.Shape(new string('!', length));
    }

    private static string Uuid(GenerationContext c)
    {
        string hex = c.Shape(new string('!', 32));
        char variant = "89ab"[c.Random.Next(4)];
        return $"{hex[..8]}-{hex[8..12]}-4{hex[13..16]}-{variant}{hex[17..20]}-{hex[20..32]}";
    }
}
