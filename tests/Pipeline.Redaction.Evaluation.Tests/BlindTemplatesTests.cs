using System.Net;
using Pipeline.Redaction.Evaluation.Corpus;
using Pipeline.Redaction.Evaluation.Generation;
using Pipeline.Redaction.Evaluation.Generation.Blind;

namespace Pipeline.Redaction.Evaluation.Tests;

/// <summary>
/// Checks the blind family as a corpus, generated with its fixed seed: size, share of negatives, offsets, that each
/// planted value is a value of its class, and that it shares nothing with dev and held-out. Nothing here scores the
/// redactor, and no figure of the redactor on blind is asserted or printed.
/// </summary>
public sealed class BlindTemplatesTests
{
    private static readonly IReadOnlyList<CorpusLine> s_blind = CorpusGenerator.GenerateBlind();

    [Fact]
    public void GenerateBlind_BlindSeed_WritesAtLeast1000Lines()
    {
        Assert.True(s_blind.Count >= 1000, $"{s_blind.Count} lines");
    }

    [Fact]
    public void GenerateBlind_BlindSeed_IsTheSizeTheReadmeStates()
    {
        // README.md ("The blind family") and docs/processing.md state these figures; change them together.
        Assert.Equal(20_261_202UL, CorpusGenerator.BlindSeed);
        Assert.Equal(2560, s_blind.Count);
        Assert.Equal(1154, s_blind.Count(l => l.IsNegative));
        Assert.Equal(1634, s_blind.Sum(l => l.Spans.Count));
        Assert.Equal(312, BlindTemplates.All.Count);
    }

    [Fact]
    public void GenerateBlind_BlindSeed_AtLeast40PercentOfLinesAreNegative()
    {
        int negatives = s_blind.Count(l => l.IsNegative);
        Assert.True(negatives >= 0.40 * s_blind.Count, $"{negatives} of {s_blind.Count} lines are negative");
    }

    [Fact]
    public void GenerateBlind_BlindSeed_EveryLineIsOfTheBlindFamilyWithAUniqueIdAndText()
    {
        Assert.All(s_blind, l => Assert.Equal(CorpusFamily.Blind, l.Family));
        Assert.Equal(s_blind.Count, s_blind.Select(l => l.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(s_blind.Count, s_blind.Select(l => l.Text).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void GenerateBlind_BlindSeed_EverySpanLiesInsideItsLineAndHoldsThePlantedValue() =>
        FamilyCorpusAssertions.SpansLieInsideTheirLines(s_blind);

    [Fact]
    public void GenerateBlind_BlindSeed_EveryLabelHasAtLeast25Spans()
    {
        var counts = s_blind.SelectMany(l => l.Spans).GroupBy(s => s.Label).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (string label in GoldLabel.All)
        {
            Assert.True(counts.GetValueOrDefault(label) >= 25, $"{label}: {counts.GetValueOrDefault(label)} spans");
        }
    }

    [Fact]
    public void GenerateBlind_BlindSeed_EveryPlantedValueHasTheShapeOfItsClass()
    {
        foreach (CorpusLine line in s_blind)
        {
            foreach (GoldSpan span in line.Spans)
            {
                Assert.True(HasShapeOf(span.Label, span.Text), $"{line.Id}: \"{span.Text}\" is not a {span.Label}");
            }
        }
    }

    [Fact]
    public void GenerateBlind_BlindSeed_InternationalPhonesComeFromAtLeast12Countries()
    {
        // The country code is read by the longest prefix that ITU assigns among the codes the pools use.
        string[] codes = ["1", "20", "27", "31", "33", "34", "39", "41", "44", "46", "48", "49", "52", "54", "55", "61", "65", "81", "82", "90", "91", "234", "353", "971"];
        var countries = new HashSet<string>(StringComparer.Ordinal);
        foreach (GoldSpan span in s_blind.SelectMany(l => l.Spans).Where(s => s.Label == GoldLabel.Phone))
        {
            string text = span.Text.StartsWith("00", StringComparison.Ordinal) ? span.Text[2..] : span.Text.StartsWith('+') ? span.Text[1..] : string.Empty;
            string digits = new(text.TakeWhile(c => char.IsAsciiDigit(c)).ToArray());
            string? code = codes.Where(c => digits.StartsWith(c, StringComparison.Ordinal)).OrderByDescending(c => c.Length).FirstOrDefault();
            if (code is not null)
            {
                countries.Add(code);
            }
        }
        Assert.True(countries.Count >= 12, $"international phones from {countries.Count} countries: {string.Join(", ", countries)}");
    }

    [Fact]
    public void GenerateBlind_InvalidLuhnTemplate_WritesNumbersThatFailTheCheck()
    {
        var lines = s_blind.Where(l => l.Template == "blind.neg-card-invalid-luhn").ToList();
        Assert.NotEmpty(lines);
        foreach (CorpusLine line in lines)
        {
            string digits = new(line.Text.Where(char.IsAsciiDigit).ToArray());
            Assert.True(digits.Length is >= 13 and <= 19, $"{line.Id}: {digits}");
            Assert.False(Checksums.PassesLuhn(digits), $"{line.Id}: {line.Text} passes Luhn");
        }
    }

    [Fact]
    public void GenerateBlind_BlindSeed_SharesNoLineAndNoNamedValueWithDevOrHeldout()
    {
        IReadOnlyList<CorpusLine> others = CorpusGenerator.Generate();
        var otherTexts = others.Select(l => l.Text).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(s_blind, l => otherTexts.Contains(l.Text));
        string[] named = [GoldLabel.Person, GoldLabel.Org, GoldLabel.Repo, GoldLabel.Channel, GoldLabel.Address, GoldLabel.Email, GoldLabel.Handle, GoldLabel.Url];
        var otherValues = others.SelectMany(l => l.Spans).Where(s => named.Contains(s.Label)).Select(s => s.Text).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(s_blind.SelectMany(l => l.Spans), s => otherValues.Contains(s.Text));
    }

    [Fact]
    public void GenerateBlind_SameSeed_WritesTheSameLines()
    {
        IReadOnlyList<CorpusLine> again = CorpusGenerator.GenerateBlind();
        Assert.Equal(s_blind.Count, again.Count);
        for (int i = 0; i < s_blind.Count; i++)
        {
            Assert.Equal(s_blind[i].Text, again[i].Text);
            Assert.Equal(s_blind[i].Spans, again[i].Spans);
        }
    }

    [Fact]
    public void GenerateBlind_SeedWhoseEarlyPeopleHaveNoHyphen_StillWritesItsLines()
    {
        // Seed 31337 drew fifty names without a hyphen in a row for the hyphenated-name generator, which then threw.
        Assert.NotEmpty(CorpusGenerator.GenerateBlind(31337));
    }

    [Fact]
    public void GenerateBlind_OtherSeed_WritesOtherLines()
    {
        IReadOnlyList<CorpusLine> other = CorpusGenerator.GenerateBlind(7);
        int same = s_blind.Select(l => l.Text).Intersect(other.Select(l => l.Text), StringComparer.Ordinal).Count();
        // Only templates with few possible values (a fixed negative title) may repeat.
        Assert.True(same < s_blind.Count / 4, $"{same} identical lines");
    }

    [Fact]
    public void All_AtLeast150UniquelyNamedTemplatesOfTheirOwn()
    {
        IReadOnlyList<Template> blind = BlindTemplates.All;
        Assert.True(blind.Count >= 150, $"{blind.Count} templates");
        Assert.Equal(blind.Count, blind.Select(t => t.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(blind, t => Assert.StartsWith("blind.", t.Name, StringComparison.Ordinal));
        // The wording of a real app's title ("Issues · owner/repo · GitHub") may equal another family's template;
        // what must differ is every line and every named value (GenerateBlind_BlindSeed_SharesNoLine…).
    }

    [Fact]
    public void All_EveryPlaceholderNamesABlindGenerator()
    {
        // Blind values must not come from the dev and held-out generators (ValueForge) or their pools.
        var blindGenerators = BlindForge.Generators.Values.ToHashSet();
        foreach (Template template in BlindTemplates.All)
        {
            foreach (PatternSegment segment in template.Pattern.Segments)
            {
                if (segment.Generator is { } generator)
                {
                    Assert.Contains(generator, blindGenerators);
                }
            }
        }
    }

    [Fact]
    public void All_EveryTemplateWritesAtLeastThreeLines()
    {
        var written = s_blind.GroupBy(l => l.Template).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Assert.All(BlindTemplates.All, t => Assert.True(written.GetValueOrDefault(t.Name) >= Math.Min(3, t.Count), $"{t.Name}: {written.GetValueOrDefault(t.Name)} lines"));
    }

    private static bool HasShapeOf(string label, string value)
    {
        string digits = new(value.Where(char.IsAsciiDigit).ToArray());
        switch (label)
        {
            case GoldLabel.Email:
                int at = value.IndexOf('@', StringComparison.Ordinal);
                return at > 0 && value.IndexOf('@', at + 1) < 0 && value[(at + 1)..].Contains('.', StringComparison.Ordinal) && !value.Contains(' ', StringComparison.Ordinal);
            case GoldLabel.Phone:
                return digits.Length is >= 7 and <= 15 && !value.Any(char.IsLetter) && (char.IsAsciiDigit(value[0]) || value[0] is '+' or '(') && char.IsAsciiDigit(value[^1]);
            case GoldLabel.Card:
                return digits.Length is >= 13 and <= 19 && Checksums.PassesLuhn(digits) && !value.Any(char.IsLetter);
            case GoldLabel.Iban:
                return Checksums.IsValidIban(value);
            case GoldLabel.Ip:
                return IPAddress.TryParse(value, out _) && !value.Contains('/', StringComparison.Ordinal) && !value.Contains('[', StringComparison.Ordinal);
            case GoldLabel.Ssn:
                if (digits.Length != 9 || value.Any(char.IsLetter))
                {
                    return false;
                }
                int area = int.Parse(digits[..3]), group = int.Parse(digits[3..5]), serial = int.Parse(digits[5..]);
                return area is > 0 and < 900 and not 666 && group > 0 && serial > 0;
            case GoldLabel.Secret:
                return value.Length >= 8 && !value.Contains(' ', StringComparison.Ordinal) && !value.Contains('"', StringComparison.Ordinal);
            case GoldLabel.UrlQuery:
                return value.Length > 0 && !value.Contains('&', StringComparison.Ordinal) && !value.Contains('=', StringComparison.Ordinal) && !value.Contains(' ', StringComparison.Ordinal);
            case GoldLabel.Person:
                // Particles may lead ("dos Santos, Larissa"), but a name has a capital somewhere or is in a script without case.
                return value.Any(char.IsLetter) && !value.Any(char.IsDigit) && (value.Any(char.IsUpper) || !char.IsAscii(value[0])) && !value.EndsWith("'s", StringComparison.Ordinal);
            case GoldLabel.Handle:
                return !value.Contains(' ', StringComparison.Ordinal) && value.Any(char.IsLetter);
            case GoldLabel.Channel:
                return value.Any(char.IsLetter) && (value.StartsWith('#') ? !value.Contains(' ', StringComparison.Ordinal) : value.Length > 2);
            case GoldLabel.Repo:
                return value.Count(c => c == '/') == 1 && !value.Contains(' ', StringComparison.Ordinal) && !value.EndsWith(".git", StringComparison.Ordinal);
            case GoldLabel.Address:
                return digits.Length > 0 && value.Any(char.IsLetter);
            case GoldLabel.Org:
                return char.IsUpper(value[0]) && value.Length > 3;
            case GoldLabel.Id:
                // Passport numbers may be mostly letters (C01X00T47); national ids and account numbers are mostly digits.
                return digits.Length >= 1 && value.Length >= 6 && !value.Contains("  ", StringComparison.Ordinal);
            case GoldLabel.Url:
                return value.Contains('/', StringComparison.Ordinal) && value.Contains('.', StringComparison.Ordinal) && !value.Contains(' ', StringComparison.Ordinal);
            default:
                return false;
        }
    }
}
