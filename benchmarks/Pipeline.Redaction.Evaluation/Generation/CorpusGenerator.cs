using Pipeline.Redaction.Evaluation.Corpus;

namespace Pipeline.Redaction.Evaluation.Generation;

/// <summary>Writes the corpus: every template of both families, each from its own random stream of the seed.</summary>
internal static class CorpusGenerator
{
    /// <summary>The seed of the published figures. Change it only to check that a result is not an accident of one draw.</summary>
    public const ulong DefaultSeed = 20_260_312;

    /// <summary>Draws per wanted line before a template is taken to have run out of distinct values.</summary>
    private const int AttemptsPerLine = 12;

    public static IReadOnlyList<Template> Templates(string family) => family switch
    {
        CorpusFamily.Dev => DevTemplates.All,
        CorpusFamily.Heldout => HeldoutTemplates.All,
        _ => throw new ArgumentOutOfRangeException(nameof(family), family, "dev or heldout"),
    };

    public static IReadOnlyList<CorpusLine> Generate(ulong seed = DefaultSeed)
    {
        var lines = new List<CorpusLine>(2048);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Emit(DevTemplates.All, DevPools.Create(), CorpusFamily.Dev, seed, lines, seen);
        Emit(HeldoutTemplates.All, HeldoutPools.Create(), CorpusFamily.Heldout, seed, lines, seen);
        return lines;
    }

    private static void Emit(
        IReadOnlyList<Template> templates, ValuePools pools, string family, ulong seed, List<CorpusLine> lines, HashSet<string> seen)
    {
        foreach (Template template in templates)
        {
            var context = new GenerationContext(SeededRandom.ForStream(seed, template.Name), pools);
            int written = 0;
            for (int attempt = 0; written < template.Count && attempt < template.Count * AttemptsPerLine; attempt++)
            {
                context.StartLine();
                var builder = new LineBuilder();
                context.Render(template.Pattern, builder);
                string text = builder.Text;
                // The same text twice would count one title twice; the same text in both families would leak held-out lines into dev.
                if (!seen.Add(text))
                {
                    continue;
                }
                written++;
                lines.Add(new CorpusLine($"{template.Name}#{written}", text, template.Source, builder.Spans, family, template.Name));
            }
        }
    }
}
