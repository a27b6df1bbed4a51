using System.Text.RegularExpressions;
using Pipeline.Redaction.Evaluation.Corpus;
using Pipeline.Redaction.Evaluation.Generation;
using Pipeline.Redaction.Evaluation.Generation.Fifth;
using Pipeline.Redaction.Evaluation.Scoring;

namespace Pipeline.Redaction.Evaluation.Tests;

/// <summary>
/// The fifth family as a corpus, generated with its fixed seed: determinism, size, negatives, offsets, valid values,
/// only fifth generators, every label, phones of many countries. Nothing here scores the redactor.
/// </summary>
public sealed class FifthTemplatesTests
{
    private static readonly IReadOnlyList<CorpusLine> s_fifth = CorpusGenerator.GenerateFifth();

    [Fact]
    public void GenerateFifth_SameSeedTwice_WritesTheSameLines()
    {
        IReadOnlyList<CorpusLine> again = CorpusGenerator.GenerateFifth(CorpusGenerator.FifthSeed);
        Assert.Equal(s_fifth.Select(l => (l.Id, l.Text)), again.Select(l => (l.Id, l.Text)));
        Assert.Equal(s_fifth.SelectMany(l => l.Spans), again.SelectMany(l => l.Spans));
    }

    [Fact]
    public void GenerateFifth_AnotherSeed_WritesMostlyOtherLines()
    {
        var other = CorpusGenerator.GenerateFifth(CorpusGenerator.FifthSeed + 1).Select(l => l.Text).ToHashSet(StringComparer.Ordinal);
        int same = s_fifth.Count(l => other.Contains(l.Text));
        Assert.True(same < s_fifth.Count / 2, $"{same} of {s_fifth.Count} lines equal under another seed");
    }

    [Fact]
    public void GenerateFifth_FifthSeed_IsLargeEnoughAndMostlyNegativeLookAlikes()
    {
        Assert.Equal(20_261_205UL, CorpusGenerator.FifthSeed);
        Assert.True(CorpusFamily.IsTuning(CorpusFamily.Fifth)); // since its second round: sixth is the check now
        Assert.True(s_fifth.Count >= 2000, $"{s_fifth.Count} lines");
        Assert.True(FifthTemplates.All.Count >= 250, $"{FifthTemplates.All.Count} templates");
        Assert.True(s_fifth.Select(l => l.Template).Distinct(StringComparer.Ordinal).Count() >= 250);
        Assert.Equal(FifthTemplates.All.Count, FifthTemplates.All.Select(t => t.Name).Distinct(StringComparer.Ordinal).Count());
        int negatives = s_fifth.Count(l => l.IsNegative);
        Assert.True(negatives >= 0.40 * s_fifth.Count, $"{negatives} of {s_fifth.Count} lines are negative");
        Assert.All(s_fifth, l => Assert.Equal(CorpusFamily.Fifth, l.Family));
        Assert.Equal(s_fifth.Count, s_fifth.Select(l => l.Text).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void GenerateFifth_FifthSeed_IsTheSizeTheReadmeStates()
    {
        // README.md ("The fifth family") states these figures; change them together.
        Assert.Equal(4175, s_fifth.Count);
        Assert.Equal(2220, s_fifth.Count(l => l.IsNegative));
        Assert.Equal(2147, s_fifth.Sum(l => l.Spans.Count));
        Assert.Equal(510, FifthTemplates.All.Count);
    }

    [Fact]
    public void GenerateFifth_FifthSeed_SpansLieInsideTheirLinesWithoutOverlap() =>
        FamilyCorpusAssertions.SpansLieInsideTheirLines(s_fifth);

    [Fact]
    public void GenerateFifth_FifthSeed_PlantedValuesAreValidForTheirClass() =>
        FamilyCorpusAssertions.PlantedValuesAreValidForTheirClass(s_fifth);

    [Fact]
    public void GenerateFifth_FifthSeed_EveryLabelIsPlantedAtLeast20Times()
    {
        var counts = s_fifth.SelectMany(l => l.Spans).GroupBy(s => s.Label).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Assert.All(GoldLabel.All, label => Assert.True(counts.GetValueOrDefault(label) >= 20, $"{label}: {counts.GetValueOrDefault(label)} spans"));
    }

    [Fact]
    public void GenerateFifth_FifthSeed_SourcesCoverEveryKindOfScreen()
    {
        var sources = s_fifth.Select(l => l.Source).ToHashSet(StringComparer.Ordinal);
        Assert.Subset(sources, new HashSet<string>(["tab", "window", "path", "chat", "terminal", "mail", "meeting", "ide"], StringComparer.Ordinal));
        Assert.Equal(8, sources.Count);
    }

    [Fact]
    public void GenerateFifth_FifthSeed_PhonesOfAtLeast15CountriesInInternationalForm()
    {
        // A country counts when a planted phone starts with "+code" or "00code" followed by a non-digit, or a deep
        // link's E.164 digits start with its code.
        var countries = new HashSet<string>(StringComparer.Ordinal);
        foreach (GoldSpan span in s_fifth.SelectMany(l => l.Spans).Where(s => s.Label == GoldLabel.Phone))
        {
            foreach (FifthPhonePlan plan in FifthPools.PhonePlans)
            {
                if (Regex.IsMatch(span.Text, $@"^(\+|00){plan.Code}[ \-.(]"))
                {
                    countries.Add(plan.Iso);
                }
            }
        }
        Assert.True(countries.Count >= 15, $"{countries.Count} countries: {string.Join(' ', countries)}");
    }

    [Fact]
    public void GenerateFifth_FifthSeed_CardLookAlikesFailLuhn()
    {
        var lookAlikes = s_fifth.Where(l => l.Template.StartsWith("fifth.neg.num.luhnbad.", StringComparison.Ordinal)).ToList();
        Assert.True(lookAlikes.Count >= 20, $"{lookAlikes.Count} look-alike lines");
        foreach (CorpusLine line in lookAlikes)
        {
            Match number = Regex.Match(line.Text, @"\d{4}([ .\-]?)\d{4}\1\d{4}\1\d{4}");
            Assert.True(number.Success, $"{line.Id}: no 16-digit number");
            Assert.False(Checksums.PassesLuhn(number.Value), $"{line.Id}: {number.Value} passes Luhn");
        }
    }

    [Fact]
    public void FifthTemplates_All_NameOnlyFifthGeneratorsAndNegativesPlantNothing()
    {
        foreach (Template template in FifthTemplates.All)
        {
            Assert.Same(FifthForge.Generators, template.Generators);
            Assert.StartsWith("fifth.", template.Name, StringComparison.Ordinal);
            bool negative = template.Name.StartsWith("fifth.neg.", StringComparison.Ordinal);
            Assert.True(negative != template.Pattern.PlantsValues, $"{template.Name}: negative={negative}, plants={template.Pattern.PlantsValues}");
        }
    }

    [Fact]
    public void FifthForge_PoolEntries_ParseWithFifthGeneratorsOnlyAndPlantNothing()
    {
        IEnumerable<string> entries = FifthPools.Words.Values.SelectMany(e => e)
            .Concat(FifthPools.Addresses.Values.SelectMany(e => e))
            .Concat(FifthPools.Orgs.Values.SelectMany(e => e));
        Assert.All(entries, e => Assert.False(TemplatePattern.Parse(e, FifthForge.Generators).PlantsValues, e));
    }

    [Fact]
    public void Score_FifthWithShowErrors_ListsItsErrors()
    {
        // Fifth became a tuning family after the round it checked, so its errors may be read now.
        var predictor = new CountingPredictor();
        var output = new StringWriter();
        var error = new StringWriter();
        int code = EvaluationCommands.Run(["score", "--family", CorpusFamily.Fifth, "--show-errors"], TextReader.Null, output, error, predictor);
        Assert.Equal(0, code);
        Assert.True(predictor.Calls > 0);
        Assert.Contains("fifth", EvaluationCommands.Usage, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_UnknownFamily_NamesFifthAmongTheFamilies()
    {
        var error = new StringWriter();
        int code = EvaluationCommands.Run(["score", "--family", "sixtyfirst"], TextReader.Null, new StringWriter(), error, new CountingPredictor());
        Assert.Equal(2, code);
        Assert.Contains("fifth", error.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Predicts nothing and counts calls: these tests check the command line, not any redactor.</summary>
    private sealed class CountingPredictor : ISpanPredictor
    {
        public int Calls { get; private set; }

        public IReadOnlyList<PredictedSpan> Predict(string text)
        {
            Calls++;
            return [];
        }
    }
}
