using System.Text;

namespace Pipeline.Redaction.Evaluation.Generation;

/// <summary>
/// What a generator sees while one line is written: the template's random stream, its family's value pools, and
/// values chosen earlier on the same line (the person, the secret's provider).
/// </summary>
internal sealed class GenerationContext
{
    private readonly Dictionary<string, TemplatePattern> _expansions = new(StringComparer.Ordinal);
    private readonly ValuePools? _pools;

    /// <param name="random">The template's own stream.</param>
    /// <param name="pools">The family's pools; null for the blind family, whose generators carry their own values.</param>
    public GenerationContext(SeededRandom random, ValuePools? pools)
    {
        Random = random;
        _pools = pools;
    }

    public SeededRandom Random { get; }

    public ValuePools Pools => _pools
        ?? throw new InvalidOperationException("this family has no shared value pools: its generators carry their own values");

    /// <summary>The last person named on this line, or null.</summary>
    public PersonName? Person { get; set; }

    /// <summary>The value shape that goes with the secret's variable name chosen earlier on this line, or null.</summary>
    public string? SecretShape { get; set; }

    /// <summary>What a family's own generators keep for the rest of one line (the blind family's current person); null at each line's start.</summary>
    public object? FamilyState { get; set; }

    public void StartLine()
    {
        Person = null;
        SecretShape = null;
        FamilyState = null;
    }

    public T Pick<T>(IReadOnlyList<T> items) => Random.Pick(items);

    /// <summary>Writes <paramref name="pattern"/> (template syntax, no labels) as plain text: used by pools whose
    /// entries are themselves patterns (addresses, IPv4 ranges).</summary>
    public string Expand(string pattern)
    {
        if (!_expansions.TryGetValue(pattern, out TemplatePattern? parsed))
        {
            parsed = TemplatePattern.Parse(pattern);
            if (parsed.PlantsValues)
            {
                throw new FormatException($"pool pattern \"{pattern}\" may not plant labelled values");
            }
            _expansions.Add(pattern, parsed);
        }
        var builder = new LineBuilder();
        Render(parsed, builder);
        return builder.Text;
    }

    public void Render(TemplatePattern pattern, LineBuilder builder)
    {
        foreach (PatternSegment segment in pattern.Segments)
        {
            if (segment.Literal is not null)
            {
                builder.Append(segment.Literal);
                continue;
            }
            string value = segment.Generator!(this, segment.Argument);
            if (segment.Label is null)
            {
                builder.Append(value);
            }
            else
            {
                builder.Plant(segment.Label, value);
            }
        }
    }

    /// <summary>
    /// Writes a character-class shape: <c>#</c> digit, <c>%</c> digit 2–9, <c>&amp;</c> A–Z, <c>~</c> a–z0–9,
    /// <c>*</c> A–Za–z0–9, <c>!</c> hex 0–9a–f, <c>$</c> A–Z0–9, <c>^</c> base64url, <c>@</c> base64; a class
    /// followed by <c>{n}</c> or <c>{n,m}</c> repeats; <c>\</c> makes the next character literal; anything else is literal.
    /// </summary>
    public string Shape(string shape)
    {
        var text = new StringBuilder(shape.Length * 2);
        for (int i = 0; i < shape.Length; i++)
        {
            char c = shape[i];
            if (c == '\\' && i + 1 < shape.Length)
            {
                text.Append(shape[++i]);
                continue;
            }
            string? alphabet = ClassAlphabet(c);
            if (alphabet is null)
            {
                text.Append(c);
                continue;
            }
            int repeat = 1;
            if (i + 1 < shape.Length && shape[i + 1] == '{')
            {
                int close = shape.IndexOf('}', i + 2);
                string[] bounds = shape.Substring(i + 2, close - i - 2).Split(',');
                int min = int.Parse(bounds[0], System.Globalization.CultureInfo.InvariantCulture);
                int max = bounds.Length > 1 ? int.Parse(bounds[1], System.Globalization.CultureInfo.InvariantCulture) : min;
                repeat = Random.Between(min, max);
                i = close;
            }
            for (int r = 0; r < repeat; r++)
            {
                text.Append(alphabet[Random.Next(alphabet.Length)]);
            }
        }
        return text.ToString();
    }

    private const string Digits = "0123456789";
    private const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Lower = "abcdefghijklmnopqrstuvwxyz";

    private static string? ClassAlphabet(char c) => c switch
    {
        '#' => Digits,
        '%' => "23456789",
        '&' => Upper,
        '~' => Lower + Digits,
        '*' => Upper + Lower + Digits,
        '!' => "0123456789abcdef",
        '$' => Upper + Digits,
        '^' => Upper + Lower + Digits + "-_",
        '@' => Upper + Lower + Digits + "+/",
        _ => null,
    };
}
