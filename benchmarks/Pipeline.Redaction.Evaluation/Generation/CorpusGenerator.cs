using Pipeline.Redaction.Evaluation.Corpus;
using Pipeline.Redaction.Evaluation.Generation.Blind;
using Pipeline.Redaction.Evaluation.Generation.Eighth;
using Pipeline.Redaction.Evaluation.Generation.Fifth;
using Pipeline.Redaction.Evaluation.Generation.Fresh;
using Pipeline.Redaction.Evaluation.Generation.Seventh;
using Pipeline.Redaction.Evaluation.Generation.Sixth;

namespace Pipeline.Redaction.Evaluation.Generation;

/// <summary>
/// Writes the corpus: every template of dev and held-out (<see cref="Generate"/>), or of the blind family on its own
/// (<see cref="GenerateBlind"/>), each template from its own random stream of the seed.
/// </summary>
internal static class CorpusGenerator
{
    /// <summary>The seed of the published figures. Change it only to check that a result is not an accident of one draw.</summary>
    public const ulong DefaultSeed = 20_260_312;

    /// <summary>The blind family's own seed (the day it was written), so its lines do not move when dev's seed is changed.</summary>
    public const ulong BlindSeed = 20_261_202;

    /// <summary>The fresh family's own seed (the day it was written), independent of the other families' seeds.</summary>
    public const ulong FreshSeed = 20_261_203;

    /// <summary>The fifth family's own seed, independent of the other families' seeds.</summary>
    public const ulong FifthSeed = 20_261_205;
    /// <summary>The sixth family's own seed, independent of the other families' seeds.</summary>
    public const ulong SixthSeed = 20_261_206;
    /// <summary>The seventh family's own seed, independent of the other families' seeds.</summary>
    public const ulong SeventhSeed = 20_261_207;
    /// <summary>The eighth family's own seed, independent of the other families' seeds.</summary>
    public const ulong EighthSeed = 20_261_215;

    /// <summary>Draws per wanted line before a template is taken to have run out of distinct values.</summary>
    private const int AttemptsPerLine = 12;

    /// <summary>The labels whose values are drawn from name-like pools: a blind value equal to a dev or held-out one
    /// would let a rule that memorised those families pass on blind.</summary>
    private static readonly string[] s_pooledLabels =
        [GoldLabel.Person, GoldLabel.Org, GoldLabel.Repo, GoldLabel.Channel, GoldLabel.Address, GoldLabel.Email, GoldLabel.Handle, GoldLabel.Url];

    public static IReadOnlyList<Template> Templates(string family) => family switch
    {
        CorpusFamily.Dev => DevTemplates.All,
        CorpusFamily.Heldout => HeldoutTemplates.All,
        CorpusFamily.Blind => BlindTemplates.All,
        CorpusFamily.Fresh => FreshTemplates.All,
        CorpusFamily.Fifth => FifthTemplates.All,
        CorpusFamily.Sixth => SixthTemplates.All,
        CorpusFamily.Seventh => SeventhTemplates.All,
        CorpusFamily.Eighth => EighthTemplates.All,
        _ => throw new ArgumentOutOfRangeException(nameof(family), family, "dev, heldout, blind, fresh, fifth, sixth, seventh or eighth"),
    };

    /// <summary>Dev and held-out lines, dev first. The blind family is not in it: it is generated only when asked for.</summary>
    public static IReadOnlyList<CorpusLine> Generate(ulong seed = DefaultSeed)
    {
        var lines = new List<CorpusLine>(2048);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Emit(DevTemplates.All, DevPools.Create(), CorpusFamily.Dev, seed, lines, seen, null);
        Emit(HeldoutTemplates.All, HeldoutPools.Create(), CorpusFamily.Heldout, seed, lines, seen, null);
        return lines;
    }

    /// <summary>
    /// The blind family's lines. A line whose text, or one of whose name-like planted values (person, organisation,
    /// repository, channel, address, e-mail, handle, personal link), is also in dev or held-out at
    /// <see cref="DefaultSeed"/> is drawn again, so blind shares no line and no such value with the other families.
    /// </summary>
    public static IReadOnlyList<CorpusLine> GenerateBlind(ulong seed = BlindSeed)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var otherValues = new HashSet<string>(StringComparer.Ordinal);
        foreach (CorpusLine other in Generate(DefaultSeed))
        {
            seen.Add(other.Text);
            foreach (GoldSpan span in other.Spans)
            {
                if (Array.IndexOf(s_pooledLabels, span.Label) >= 0)
                {
                    otherValues.Add(span.Text);
                }
            }
        }
        var lines = new List<CorpusLine>(1600);
        Emit(BlindTemplates.All, null, CorpusFamily.Blind, seed, lines, seen, otherValues);
        return lines;
    }

    /// <summary>
    /// The fresh family's lines, generated from its own templates and generators only. Unlike blind it is not drawn
    /// against the other families' values: it was written without them, and its pools are its own.
    /// </summary>
    public static IReadOnlyList<CorpusLine> GenerateFresh(ulong seed = FreshSeed)
    {
        var lines = new List<CorpusLine>(3200);
        Emit(FreshTemplates.All, null, CorpusFamily.Fresh, seed, lines, new HashSet<string>(StringComparer.Ordinal), null);
        return lines;
    }

    /// <summary>The fifth family's lines, from its own templates and generators only (like fresh, not drawn against
    /// the other families' values: its pools were written without them).</summary>
    public static IReadOnlyList<CorpusLine> GenerateFifth(ulong seed = FifthSeed)
    {
        var lines = new List<CorpusLine>(4096);
        Emit(FifthTemplates.All, null, CorpusFamily.Fifth, seed, lines, new HashSet<string>(StringComparer.Ordinal), null);
        return lines;
    }

    /// <summary>The sixth family's lines, from its own templates and generators only (like fresh, not drawn against
    /// the other families: it was written without them).</summary>
    public static IReadOnlyList<CorpusLine> GenerateSixth(ulong seed = SixthSeed)
    {
        var lines = new List<CorpusLine>(3800);
        Emit(SixthTemplates.All, null, CorpusFamily.Sixth, seed, lines, new HashSet<string>(StringComparer.Ordinal), null);
        return lines;
    }

    /// <summary>The seventh family's lines, from its own templates and generators only (written without the other
    /// families or the redactor, so not drawn against their values).</summary>
    public static IReadOnlyList<CorpusLine> GenerateSeventh(ulong seed = SeventhSeed)
    {
        var lines = new List<CorpusLine>(3000);
        Emit(SeventhTemplates.All, null, CorpusFamily.Seventh, seed, lines, new HashSet<string>(StringComparer.Ordinal), null);
        return lines;
    }

    /// <summary>The eighth family's lines, from its own templates and generators only (written without the other
    /// families or the redactor, so not drawn against their values).</summary>
    public static IReadOnlyList<CorpusLine> GenerateEighth(ulong seed = EighthSeed)
    {
        var lines = new List<CorpusLine>(3200);
        Emit(EighthTemplates.All, null, CorpusFamily.Eighth, seed, lines, new HashSet<string>(StringComparer.Ordinal), null);
        return lines;
    }

    private static void Emit(
        IReadOnlyList<Template> templates, ValuePools? pools, string family, ulong seed, List<CorpusLine> lines, HashSet<string> seen,
        HashSet<string>? forbiddenValues)
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
                IReadOnlyList<GoldSpan> spans = builder.Spans;
                if (forbiddenValues is not null && PlantsAny(spans, forbiddenValues))
                {
                    continue;
                }
                // The same text twice would count one title twice; the same text in two families would leak one family's lines into another.
                if (!seen.Add(text))
                {
                    continue;
                }
                written++;
                lines.Add(new CorpusLine($"{template.Name}#{written}", text, template.Source, spans, family, template.Name));
            }
        }
    }

    private static bool PlantsAny(IReadOnlyList<GoldSpan> spans, HashSet<string> values)
    {
        foreach (GoldSpan span in spans)
        {
            if (values.Contains(span.Text))
            {
                return true;
            }
        }
        return false;
    }
}
