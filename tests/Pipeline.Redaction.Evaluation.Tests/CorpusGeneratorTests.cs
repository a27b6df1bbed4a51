using System.Net;
using Pipeline.Redaction.Evaluation.Corpus;
using Pipeline.Redaction.Evaluation.Generation;

namespace Pipeline.Redaction.Evaluation.Tests;

/// <summary>
/// Checks the corpus itself, generated with the fixed seed: its size and balance, its offsets, and that each planted
/// value is a value of its class (a card passes Luhn, an IBAN mod-97, an SSN the issuing rules). Nothing here scores
/// the redactor; the integrator adds those thresholds.
/// </summary>
public sealed class CorpusGeneratorTests
{
    private static readonly IReadOnlyList<CorpusLine> s_corpus = CorpusGenerator.Generate();

    [Fact]
    public void Generate_DefaultSeed_WritesAtLeast1000Lines()
    {
        Assert.True(s_corpus.Count >= 1000, $"{s_corpus.Count} lines");
    }

    [Fact]
    public void Generate_DefaultSeed_AtLeast40PercentOfLinesAreNegative()
    {
        int negatives = s_corpus.Count(l => l.IsNegative);
        Assert.True(negatives >= 0.40 * s_corpus.Count, $"{negatives} of {s_corpus.Count} lines are negative");
    }

    [Fact]
    public void Generate_DefaultSeed_EverySpanLabelIsACorpusLabel()
    {
        foreach (CorpusLine line in s_corpus)
        {
            foreach (GoldSpan span in line.Spans)
            {
                Assert.True(GoldLabel.IsKnown(span.Label), $"{line.Id}: label {span.Label}");
            }
        }
    }

    [Fact]
    public void Generate_DefaultSeed_SpansLieInsideTheTextAndHoldThePlantedValue()
    {
        foreach (CorpusLine line in s_corpus)
        {
            int previousEnd = 0;
            foreach (GoldSpan span in line.Spans)
            {
                Assert.True(span.Start >= previousEnd, $"{line.Id}: spans overlap or are out of order");
                Assert.True(span.Start >= 0 && span.End <= line.Text.Length && span.Start < span.End, $"{line.Id}: [{span.Start},{span.End}) outside {line.Text.Length}");
                Assert.Equal(span.Text, line.Text[span.Start..span.End]);
                Assert.False(char.IsWhiteSpace(span.Text[0]) || char.IsWhiteSpace(span.Text[^1]), $"{line.Id}: \"{span.Text}\" has surrounding space");
                previousEnd = span.End;
            }
        }
    }

    [Fact]
    public void Generate_DefaultSeed_EveryPlantedValueHasTheShapeOfItsClass()
    {
        foreach (CorpusLine line in s_corpus)
        {
            foreach (GoldSpan span in line.Spans)
            {
                Assert.True(HasShapeOf(span.Label, span.Text), $"{line.Id}: \"{span.Text}\" is not a {span.Label}");
            }
        }
    }

    [Fact]
    public void Generate_DefaultSeed_BothFamiliesCarryEveryLabel()
    {
        foreach (string family in new[] { CorpusFamily.Dev, CorpusFamily.Heldout })
        {
            var labels = s_corpus.Where(l => l.Family == family).SelectMany(l => l.Spans).Select(s => s.Label).ToHashSet();
            foreach (string label in GoldLabel.All)
            {
                Assert.True(labels.Contains(label), $"{family} has no {label}");
            }
            Assert.Contains(s_corpus, l => l.Family == family && l.IsNegative);
        }
    }

    [Fact]
    public void Generate_DefaultSeed_DevIsAboutSixtyPercentOfTheLines()
    {
        double dev = s_corpus.Count(l => l.Family == CorpusFamily.Dev) / (double)s_corpus.Count;
        Assert.InRange(dev, 0.55, 0.67);
    }

    [Fact]
    public void Generate_DefaultSeed_NoPlantedNameOrPartyIsInBothFamilies()
    {
        // The held-out family must not be learnable from dev values: names, parties, repositories, channels and
        // addresses are drawn from disjoint pools.
        string[] pooled = [GoldLabel.Person, GoldLabel.Org, GoldLabel.Repo, GoldLabel.Channel, GoldLabel.Address, GoldLabel.Email, GoldLabel.Handle];
        HashSet<string> Values(string family) => s_corpus
            .Where(l => l.Family == family)
            .SelectMany(l => l.Spans)
            .Where(s => pooled.Contains(s.Label))
            .Select(s => s.Text)
            .ToHashSet(StringComparer.Ordinal);
        HashSet<string> shared = Values(CorpusFamily.Dev);
        shared.IntersectWith(Values(CorpusFamily.Heldout));
        Assert.Empty(shared);
    }

    [Fact]
    public void Generate_DefaultSeed_NoTextAppearsTwice()
    {
        Assert.Equal(s_corpus.Count, s_corpus.Select(l => l.Text).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(s_corpus.Count, s_corpus.Select(l => l.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Generate_InvalidLuhnTemplates_WriteNumbersThatFailTheCheck()
    {
        var lines = s_corpus.Where(l => l.Template.EndsWith("invalid-luhn", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(lines);
        foreach (CorpusLine line in lines)
        {
            string digitsOnly = DigitsIn(line.Text);
            Assert.True(digitsOnly.Length is >= 13 and <= 19, $"{line.Id}: {digitsOnly}");
            Assert.False(Checksums.PassesLuhn(digitsOnly), $"{line.Id}: {line.Text} passes Luhn");
        }
    }

    [Fact]
    public void Generate_SameSeed_WritesTheSameCorpus()
    {
        IReadOnlyList<CorpusLine> again = CorpusGenerator.Generate();
        Assert.Equal(s_corpus.Count, again.Count);
        for (int i = 0; i < s_corpus.Count; i++)
        {
            Assert.Equal(s_corpus[i].Text, again[i].Text);
            Assert.Equal(s_corpus[i].Spans, again[i].Spans);
        }
    }

    [Fact]
    public void Generate_OtherSeed_WritesOtherValuesFromTheSameTemplates()
    {
        IReadOnlyList<CorpusLine> other = CorpusGenerator.Generate(7);
        Assert.Equal(
            s_corpus.Select(l => l.Template).Distinct().OrderBy(t => t, StringComparer.Ordinal),
            other.Select(l => l.Template).Distinct().OrderBy(t => t, StringComparer.Ordinal));
        int same = s_corpus.Select(l => l.Text).Intersect(other.Select(l => l.Text)).Count();
        // Only templates without random values (a fixed title) may repeat.
        Assert.True(same < s_corpus.Count / 5, $"{same} identical lines");
    }

    [Fact]
    public void Templates_BothFamilies_AtLeast150UniquelyNamedTemplates()
    {
        var all = CorpusGenerator.Templates(CorpusFamily.Dev).Concat(CorpusGenerator.Templates(CorpusFamily.Heldout)).ToList();
        Assert.True(all.Count >= 150, $"{all.Count} templates");
        Assert.Equal(all.Count, all.Select(t => t.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(CorpusGenerator.Templates(CorpusFamily.Dev), t => Assert.StartsWith("dev.", t.Name, StringComparison.Ordinal));
        Assert.All(CorpusGenerator.Templates(CorpusFamily.Heldout), t => Assert.StartsWith("heldout.", t.Name, StringComparison.Ordinal));
        // Different wording per family, not the same templates under a second seed.
        var devTexts = CorpusGenerator.Templates(CorpusFamily.Dev).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(CorpusGenerator.Templates(CorpusFamily.Heldout), t => devTexts.Contains(t.Text));
    }

    [Fact]
    public void Generate_DefaultSeed_OffsetsAreUtf16CodeUnitsPastAstralCharacters()
    {
        // "💬 #channel | Slack": the emoji is two UTF-16 code units, so the channel starts at 3, not 2.
        CorpusLine line = s_corpus.First(l => l.Template == "dev.emoji-channel");
        Assert.Equal(3, line.Spans[0].Start);
        Assert.StartsWith("#", line.Spans[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void CorpusFile_WriteThenRead_GivesTheSameLines()
    {
        string path = Path.Combine(Path.GetTempPath(), $"corpus-{Guid.NewGuid():N}.jsonl");
        try
        {
            CorpusFile.Write(path, s_corpus);
            IReadOnlyList<CorpusLine> read = CorpusFile.Read(path);
            Assert.Equal(s_corpus.Count, read.Count);
            for (int i = 0; i < read.Count; i++)
            {
                Assert.Equal(s_corpus[i].Id, read[i].Id);
                Assert.Equal(s_corpus[i].Text, read[i].Text);
                Assert.Equal(s_corpus[i].Family, read[i].Family);
                Assert.Equal(s_corpus[i].Source, read[i].Source);
                Assert.Equal(s_corpus[i].Spans, read[i].Spans);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string DigitsIn(string text) => new(text.Where(char.IsAsciiDigit).ToArray());

    private static bool HasShapeOf(string label, string value)
    {
        string digits = DigitsIn(value);
        switch (label)
        {
            case GoldLabel.Email:
                int at = value.IndexOf('@', StringComparison.Ordinal);
                return at > 0 && value.IndexOf('@', at + 1) < 0 && value[(at + 1)..].Contains('.', StringComparison.Ordinal) && !value.Contains(' ', StringComparison.Ordinal);
            case GoldLabel.Phone:
                return digits.Length is >= 7 and <= 15 && !value.Any(char.IsLetter);
            case GoldLabel.Card:
                return digits.Length is >= 13 and <= 19 && Checksums.PassesLuhn(digits) && !value.Any(char.IsLetter);
            case GoldLabel.Iban:
                return Checksums.IsValidIban(value);
            case GoldLabel.Ip:
                return IPAddress.TryParse(value, out _);
            case GoldLabel.Ssn:
                if (digits.Length != 9)
                {
                    return false;
                }
                int area = int.Parse(digits[..3]), group = int.Parse(digits[3..5]), serial = int.Parse(digits[5..]);
                return area is > 0 and < 900 and not 666 && group > 0 && serial > 0;
            case GoldLabel.Secret:
                return value.Length >= 8 && !value.Contains(' ', StringComparison.Ordinal);
            case GoldLabel.UrlQuery:
                return !value.Contains('&', StringComparison.Ordinal) && !value.Contains('=', StringComparison.Ordinal) && !value.Contains(' ', StringComparison.Ordinal);
            case GoldLabel.Person:
                return value.Any(char.IsLetter) && !value.Any(char.IsDigit) && (char.IsUpper(value[0]) || !char.IsAscii(value[0]));
            case GoldLabel.Handle:
                return !value.Contains(' ', StringComparison.Ordinal) && value.Any(char.IsLetter);
            case GoldLabel.Channel:
                return value.Any(char.IsLetter) && (value.StartsWith('#') ? !value.Contains(' ', StringComparison.Ordinal) : value.Length > 2);
            case GoldLabel.Repo:
                return value.Count(c => c == '/') == 1 && !value.Contains(' ', StringComparison.Ordinal);
            case GoldLabel.Address:
                return digits.Length > 0 && value.Any(char.IsLetter);
            case GoldLabel.Org:
                return char.IsUpper(value[0]) && value.Length > 3;
            case GoldLabel.Id:
                return digits.Length >= 4 || value.Contains('_', StringComparison.Ordinal);
            case GoldLabel.Url:
                return value.Contains('/', StringComparison.Ordinal) && value.Contains('.', StringComparison.Ordinal) && !value.Contains(' ', StringComparison.Ordinal);
            default:
                return false;
        }
    }
}
