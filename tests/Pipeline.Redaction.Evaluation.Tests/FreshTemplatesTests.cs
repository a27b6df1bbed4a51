using Pipeline.Redaction.Evaluation.Corpus;
using Pipeline.Redaction.Evaluation.Generation;
using Pipeline.Redaction.Evaluation.Generation.Fresh;

namespace Pipeline.Redaction.Evaluation.Tests;

/// <summary>
/// Checks the fresh family as a corpus, generated with its fixed seed: determinism, size, share of negatives, offsets
/// and that each planted value is a value of its class. Nothing here scores the redactor.
/// </summary>
public sealed class FreshTemplatesTests
{
    private static readonly IReadOnlyList<CorpusLine> s_fresh = CorpusGenerator.GenerateFresh();

    [Fact]
    public void GenerateFresh_FreshSeed_IsDeterministic()
    {
        IReadOnlyList<CorpusLine> again = CorpusGenerator.GenerateFresh(CorpusGenerator.FreshSeed);
        Assert.Equal(s_fresh.Count, again.Count);
        for (int i = 0; i < s_fresh.Count; i++)
        {
            Assert.Equal(s_fresh[i].Id, again[i].Id);
            Assert.Equal(s_fresh[i].Text, again[i].Text);
            Assert.Equal(s_fresh[i].Spans, again[i].Spans);
        }
    }

    [Fact]
    public void GenerateFresh_OtherSeed_WritesOtherLines()
    {
        // Guards the determinism test: if the seed were ignored, both runs would agree for the wrong reason.
        IReadOnlyList<CorpusLine> other = CorpusGenerator.GenerateFresh(CorpusGenerator.FreshSeed + 1);
        int same = s_fresh.Select(l => l.Text).Intersect(other.Select(l => l.Text), StringComparer.Ordinal).Count();
        Assert.True(same < s_fresh.Count / 2, $"{same} of {s_fresh.Count} lines equal under another seed");
    }

    [Fact]
    public void GenerateFresh_FreshSeed_HasAtLeast2000LinesFrom250Templates()
    {
        Assert.Equal(20_261_203UL, CorpusGenerator.FreshSeed);
        Assert.True(s_fresh.Count >= 2000, $"{s_fresh.Count} lines");
        Assert.True(FreshTemplates.All.Count >= 250, $"{FreshTemplates.All.Count} templates");
        int writing = s_fresh.Select(l => l.Template).Distinct(StringComparer.Ordinal).Count();
        Assert.True(writing >= 250, $"{writing} templates wrote lines");
        Assert.Equal(FreshTemplates.All.Count, FreshTemplates.All.Select(t => t.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void GenerateFresh_FreshSeed_IsTheSizeTheReadmeStates()
    {
        // README.md ("The fresh family") states these figures; change them together.
        Assert.Equal(3034, s_fresh.Count);
        Assert.Equal(1396, s_fresh.Count(l => l.IsNegative));
        Assert.Equal(2172, s_fresh.Sum(l => l.Spans.Count));
        Assert.Equal(415, FreshTemplates.All.Count);
    }

    [Fact]
    public void GenerateFresh_FreshSeed_AtLeast40PercentOfLinesAreNegative()
    {
        int negatives = s_fresh.Count(l => l.IsNegative);
        Assert.True(negatives >= 0.40 * s_fresh.Count, $"{negatives} of {s_fresh.Count} lines are negative");
    }

    [Fact]
    public void GenerateFresh_FreshSeed_EveryLineIsOfTheFreshFamilyWithAUniqueIdAndText()
    {
        Assert.All(s_fresh, l => Assert.Equal(CorpusFamily.Fresh, l.Family));
        Assert.Equal(s_fresh.Count, s_fresh.Select(l => l.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(s_fresh.Count, s_fresh.Select(l => l.Text).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void GenerateFresh_FreshSeed_EverySpanLiesInsideItsLineAndHoldsThePlantedValue() =>
        FamilyCorpusAssertions.SpansLieInsideTheirLines(s_fresh);

    [Fact]
    public void GenerateFresh_FreshSeed_EveryLabelHasAtLeast20Spans()
    {
        var counts = s_fresh.SelectMany(l => l.Spans).GroupBy(s => s.Label).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (string label in GoldLabel.All)
        {
            Assert.True(counts.GetValueOrDefault(label) >= 20, $"{label}: {counts.GetValueOrDefault(label)} spans");
        }
    }

    [Fact]
    public void GenerateFresh_FreshSeed_EveryPlantedValueHasTheShapeOfItsClass() =>
        FamilyCorpusAssertions.PlantedValuesAreValidForTheirClass(s_fresh);

    [Fact]
    public void GenerateFresh_FreshSeed_CardLookAlikesFailLuhn()
    {
        var references = s_fresh.Where(l => l.Template == "fresh.neg.num.badcard").ToList();
        Assert.NotEmpty(references);
        foreach (CorpusLine line in references)
        {
            string number = line.Text.Split(' ', 2)[1][..19];
            Assert.False(Checksums.PassesLuhn(number), $"{line.Id}: {number} passes Luhn");
        }
    }

    [Fact]
    public void FreshTemplates_All_NameOnlyFreshGenerators()
    {
        Assert.All(FreshTemplates.All, t => Assert.Same(FreshForge.Generators, t.Generators));
    }

    [Fact]
    public void FreshTemplates_Negatives_PlantNothingAndPositivesPlantSomething()
    {
        foreach (Template template in FreshTemplates.All)
        {
            bool negative = template.Name.StartsWith("fresh.neg.", StringComparison.Ordinal);
            Assert.True(negative != template.Pattern.PlantsValues, $"{template.Name}: negative={negative}, plants={template.Pattern.PlantsValues}");
        }
    }
}
