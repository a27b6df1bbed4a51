using System.Globalization;
using System.Text;

namespace Pipeline.Redaction.Evaluation.Generation.Fifth;

/// <summary>
/// The fifth family's generators. Every fifth template names only these (<see cref="Generators"/>), so no value of
/// the family is made by another family's code. Pool entries (<see cref="FifthPools"/>) are themselves patterns in
/// the template syntax, rendered with these generators and never planting a label.
/// </summary>
internal static partial class FifthForge
{
    public static IReadOnlyDictionary<string, ValueGenerator> Generators { get; } = Build();

    private static readonly Dictionary<string, TemplatePattern> s_parsed = new(StringComparer.Ordinal);

    private static Dictionary<string, ValueGenerator> Build() => new(StringComparer.Ordinal)
    {
        // plumbing
        ["one"] = (c, a) => c.Pick(Arg(a, "one").Split('|')),
        ["sep"] = (c, _) => c.Pick(FifthPools.Separators),
        ["p"] = (c, a) => Pool(c, Arg(a, "p")),
        ["sh"] = (c, a) => c.Shape(Arg(a, "sh").Replace('<', '{').Replace('>', '}')),
        ["n"] = (c, a) => Number(c, Arg(a, "n")),
        ["lower"] = (c, a) => c.Shape("&{" + Arg(a, "lower") + "}").ToLowerInvariant(),
        // people
        ["person"] = (c, a) => People.Full(c, a),
        ["given"] = (c, a) => People.GivenOnly(c, a),
        ["dir"] = (c, a) => People.Directory(c, a),
        ["initial"] = (c, a) => People.WithInitial(c, a),
        ["glued"] = (c, a) => People.Glued(c, a),
        ["email"] = (c, a) => People.Email(c, a),
        ["handle"] = (c, a) => People.Handle(c, a),
        ["at"] = (c, a) => "@" + People.Handle(c, a),
        ["slug"] = (c, a) => People.Slug(c, a),
        ["same"] = (c, _) => People.Same(c),
        // numbers
        ["phone"] = (c, a) => Numbers.Phone(c, a, international: null),
        ["natl"] = (c, a) => Numbers.Phone(c, a, international: false),
        ["intl"] = (c, a) => Numbers.Phone(c, a, international: true),
        ["e164"] = (c, a) => Numbers.E164(c, a),
        ["e164p"] = (c, a) => "+" + Numbers.E164(c, a),
        ["card"] = (c, a) => Numbers.Card(c, a, valid: true),
        ["badcard"] = (c, a) => Numbers.Card(c, a, valid: false),
        ["iban"] = (c, a) => Numbers.Iban(c, a),
        ["ssn"] = (c, a) => Numbers.Ssn(c, a),
        ["pid"] = (c, a) => Numbers.PersonalId(c, Arg(a, "pid")),
        ["ip4"] = (c, a) => Numbers.Ip4(c, a),
        ["ip6"] = (c, _) => Numbers.Ip6(c),
        ["ver4"] = (c, _) => $"{c.Random.Between(1, 30)}.{c.Random.Between(0, 12)}.{c.Random.Between(0, 9999)}.{c.Random.Between(0, 250)}",
        ["ver"] = (c, _) => $"{c.Random.Between(0, 24)}.{c.Random.Between(0, 19)}.{c.Random.Between(0, 40)}",
        ["date"] = (c, a) => Numbers.Date(c, a),
        ["time"] = (c, _) => $"{c.Random.Between(0, 23):00}:{c.Random.Between(0, 59):00}",
        // secrets and web
        ["secret"] = (c, a) => Secrets.Key(c, a),
        ["envname"] = (c, a) => Secrets.EnvName(c, a),
        ["envvalue"] = (c, _) => Secrets.EnvValue(c),
        ["jwt"] = (c, _) => Secrets.Jwt(c),
        ["uuid"] = (c, _) => Secrets.Uuid(c),
        ["hex"] = (c, a) => c.Shape("!{" + (a ?? "40") + "}"),
        ["botid"] = (c, _) => Secrets.TelegramBot(c),
        ["slackhook"] = (c, _) => Shape(c, "T$<10>/B$<10>/*<24>"),
        ["pw"] = (c, _) => Secrets.Password(c),
        ["addr"] = (c, a) => Places.Address(c, a),
        ["org"] = (c, a) => Places.Org(c, a),
        ["orgglued"] = (c, a) => Places.Org(c, a).Replace(" & ", "_", StringComparison.Ordinal).Replace(", ", "_", StringComparison.Ordinal).Replace(' ', '_').Replace(".", string.Empty, StringComparison.Ordinal),
        ["repo"] = (c, _) => Places.Repo(c),
        ["channel"] = (c, a) => (a == "#" ? "#" : string.Empty) + Places.Channel(c),
    };

    private static string Arg(string? argument, string generator) =>
        argument ?? throw new FormatException($"fifth generator {generator} needs an argument");

    /// <summary>One entry of a named pool, rendered as a pattern when it holds placeholders.</summary>
    private static string Pool(GenerationContext context, string name)
    {
        if (!FifthPools.Words.TryGetValue(name, out string[]? entries))
        {
            throw new FormatException($"fifth pool {name} does not exist");
        }
        return Render(context, context.Pick(entries));
    }

    /// <summary>Renders <paramref name="pattern"/> with the fifth generators; a pool pattern may not plant labels.</summary>
    internal static string Render(GenerationContext context, string pattern)
    {
        if (pattern.IndexOf('{', StringComparison.Ordinal) < 0)
        {
            return pattern;
        }
        TemplatePattern? parsed;
        lock (s_parsed)
        {
            if (!s_parsed.TryGetValue(pattern, out parsed))
            {
                parsed = TemplatePattern.Parse(pattern, Generators);
                if (parsed.PlantsValues)
                {
                    throw new FormatException($"fifth pool entry \"{pattern}\" may not plant a label");
                }
                s_parsed.Add(pattern, parsed);
            }
        }
        var builder = new LineBuilder();
        context.Render(parsed, builder);
        return builder.Text;
    }

    /// <summary><c>min-max</c>; a minimum written with a leading zero pads to its width (<c>01-12</c>).</summary>
    private static string Number(GenerationContext context, string range)
    {
        int dash = range.IndexOf('-', 1);
        string low = range[..dash];
        int value = context.Random.Between(int.Parse(low, CultureInfo.InvariantCulture), int.Parse(range[(dash + 1)..], CultureInfo.InvariantCulture));
        string text = value.ToString(CultureInfo.InvariantCulture);
        return low.Length > 1 && low[0] == '0' ? text.PadLeft(low.Length, '0') : text;
    }

    internal static string Digits(GenerationContext context, int count, bool noLeadingZero = false)
    {
        var text = new StringBuilder(count);
        for (int i = 0; i < count; i++)
        {
            text.Append((char)('0' + (i == 0 && noLeadingZero ? context.Random.Between(1, 9) : context.Random.Next(10))));
        }
        return text.ToString();
    }
}
