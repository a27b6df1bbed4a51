using Pipeline.Redaction.Evaluation.Corpus;

namespace Pipeline.Redaction.Evaluation.Generation;

/// <summary>
/// A template's text, parsed once. Syntax: literal text; <c>{gen}</c> or <c>{gen:arg}</c> fills in an unlabelled
/// value; <c>{LABEL=gen}</c> or <c>{LABEL=gen:arg}</c> plants a labelled value (a gold span); <c>{one:a|b|c}</c>
/// picks one literal; <c>{{</c> and <c>}}</c> are literal braces. Unknown generators and labels fail at parse time,
/// so a typo in a template is found by the first test run, not by a silently empty span.
/// </summary>
internal sealed class TemplatePattern
{
    private TemplatePattern(string text, IReadOnlyList<PatternSegment> segments)
    {
        Text = text;
        Segments = segments;
    }

    public string Text { get; }

    public IReadOnlyList<PatternSegment> Segments { get; }

    public bool PlantsValues
    {
        get
        {
            foreach (PatternSegment segment in Segments)
            {
                if (segment.Label is not null)
                {
                    return true;
                }
            }
            return false;
        }
    }

    public static TemplatePattern Parse(string text) => Parse(text, ValueForge.Generators);

    /// <summary>Parses <paramref name="text"/> with the generators of one family (<paramref name="generators"/>).</summary>
    public static TemplatePattern Parse(string text, IReadOnlyDictionary<string, ValueGenerator> generators)
    {
        var segments = new List<PatternSegment>();
        var literal = new System.Text.StringBuilder();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '{' && i + 1 < text.Length && text[i + 1] == '{')
            {
                literal.Append('{');
                i += 2;
                continue;
            }
            if (c == '}' && i + 1 < text.Length && text[i + 1] == '}')
            {
                literal.Append('}');
                i += 2;
                continue;
            }
            if (c == '}')
            {
                throw new FormatException($"template \"{text}\": unmatched '}}' at {i}");
            }
            if (c != '{')
            {
                literal.Append(c);
                i++;
                continue;
            }
            int close = text.IndexOf('}', i + 1);
            if (close < 0)
            {
                throw new FormatException($"template \"{text}\": unclosed '{{' at {i}");
            }
            if (literal.Length > 0)
            {
                segments.Add(new PatternSegment(literal.ToString(), null, null, null));
                literal.Clear();
            }
            segments.Add(ParsePlaceholder(text, text.Substring(i + 1, close - i - 1), generators));
            i = close + 1;
        }
        if (literal.Length > 0)
        {
            segments.Add(new PatternSegment(literal.ToString(), null, null, null));
        }
        return new TemplatePattern(text, segments);
    }

    private static PatternSegment ParsePlaceholder(string template, string body, IReadOnlyDictionary<string, ValueGenerator> generators)
    {
        string? label = null;
        int equals = body.IndexOf('=', StringComparison.Ordinal);
        int colon = body.IndexOf(':', StringComparison.Ordinal);
        if (equals > 0 && (colon < 0 || equals < colon))
        {
            label = body[..equals];
            if (!GoldLabel.IsKnown(label))
            {
                throw new FormatException($"template \"{template}\": unknown label {label}");
            }
            body = body[(equals + 1)..];
            colon = body.IndexOf(':', StringComparison.Ordinal);
        }
        string name = colon < 0 ? body : body[..colon];
        string? argument = colon < 0 ? null : body[(colon + 1)..];
        if (!generators.TryGetValue(name, out ValueGenerator? generator))
        {
            throw new FormatException($"template \"{template}\": unknown generator {name}");
        }
        return new PatternSegment(null, generator, argument, label);
    }
}
