using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Pipeline.Redaction.Evaluation.Corpus;
using Pipeline.Redaction.Evaluation.Generation;
using Pipeline.Redaction.Evaluation.Generation.Sixth;

namespace Pipeline.Redaction.Evaluation.Tests;

/// <summary>
/// The sixth family as a corpus at its fixed seed: determinism, size, negatives, offsets, that each planted value is
/// a value of its class, and how the command line serves it. Nothing here runs or scores the redactor.
/// </summary>
public sealed class SixthTemplatesTests
{
    private static readonly IReadOnlyList<CorpusLine> s_sixth = CorpusGenerator.GenerateSixth();

    private static IEnumerable<(CorpusLine Line, GoldSpan Span)> Spans(string label) =>
        s_sixth.SelectMany(l => l.Spans.Where(s => s.Label == label).Select(s => (l, s)));

    [Fact]
    public void GenerateSixth_Seed_IsDeterministicAndAnotherSeedWritesOtherLines()
    {
        Assert.Equal(20_261_206UL, CorpusGenerator.SixthSeed);
        FamilyCorpusAssertions.SeedIsDeterministicAndAnotherSeedDiffers(s_sixth, seed => CorpusGenerator.GenerateSixth(seed), CorpusGenerator.SixthSeed);
    }

    [Fact]
    public void GenerateSixth_Seed_HasTheSizeTheReadmeStates()
    {
        // README.md ("The sixth family") states these figures; change them together.
        Assert.Equal(3779, s_sixth.Count);
        Assert.Equal(1779, s_sixth.Count(l => l.IsNegative));
        Assert.Equal(2688, s_sixth.Sum(l => l.Spans.Count));
        Assert.Equal(402, SixthTemplates.All.Count);
        Assert.True(s_sixth.Count >= 2000);
        Assert.True(s_sixth.Select(l => l.Template).Distinct(StringComparer.Ordinal).Count() >= 250);
        Assert.True(s_sixth.Count(l => l.IsNegative) >= 0.40 * s_sixth.Count);
        Assert.Equal(SixthTemplates.All.Count, SixthTemplates.All.Select(t => t.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void GenerateSixth_Seed_LinesAreUniqueOfTheSixthFamilyAndFromEverySource()
    {
        Assert.All(s_sixth, l => Assert.Equal(CorpusFamily.Sixth, l.Family));
        Assert.Equal(s_sixth.Count, s_sixth.Select(l => l.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(s_sixth.Count, s_sixth.Select(l => l.Text).Distinct(StringComparer.Ordinal).Count());
        string[] sources = ["tab", "window", "path", "chat", "terminal", "mail", "meeting", "ide"];
        Assert.All(sources, s => Assert.True(s_sixth.Count(l => l.Source == s) >= 100, $"{s}: fewer than 100 lines"));
        Assert.All(s_sixth, l => Assert.Contains(l.Source, sources));
    }

    [Fact]
    public void GenerateSixth_Seed_SpansLieInsideTheirLinesHoldTheValueAndDoNotOverlap()
    {
        foreach (CorpusLine line in s_sixth)
        {
            int previousEnd = 0;
            foreach (GoldSpan span in line.Spans)
            {
                Assert.True(GoldLabel.IsKnown(span.Label), $"{line.Id}: {span.Label}");
                Assert.True(span.Start >= previousEnd && span.Start < span.End && span.End <= line.Text.Length, $"{line.Id}: [{span.Start},{span.End})");
                Assert.Equal(span.Text, line.Text[span.Start..span.End]);
                Assert.False(char.IsWhiteSpace(span.Text[0]) || char.IsWhiteSpace(span.Text[^1]), $"{line.Id}: \"{span.Text}\"");
                previousEnd = span.End;
            }
        }
    }

    [Fact]
    public void GenerateSixth_Seed_EveryLabelHasAtLeast40Spans()
    {
        foreach (string label in GoldLabel.All)
        {
            Assert.True(Spans(label).Count() >= 40, $"{label}: {Spans(label).Count()} spans");
        }
    }

    [Fact]
    public void GenerateSixth_Seed_PlantedNumbersAreValidForTheirClass()
    {
        Assert.All(Spans(GoldLabel.Card), x =>
        {
            Assert.True(Checksums.PassesLuhn(x.Span.Text), $"{x.Line.Id}: {x.Span.Text} fails Luhn");
            Assert.InRange(x.Span.Text.Count(char.IsAsciiDigit), 14, 19);
        });
        Assert.All(Spans(GoldLabel.Iban), x => Assert.True(Checksums.IsValidIban(x.Span.Text), $"{x.Line.Id}: {x.Span.Text} fails mod 97"));
        Assert.All(Spans(GoldLabel.Ip), x => Assert.True(IPAddress.TryParse(x.Span.Text, out _), $"{x.Line.Id}: {x.Span.Text}"));
        Assert.All(Spans(GoldLabel.Ssn), x =>
        {
            string d = new(x.Span.Text.Where(char.IsAsciiDigit).ToArray());
            Assert.Equal(9, d.Length);
            int area = int.Parse(d[..3], CultureInfo.InvariantCulture);
            Assert.True(area is > 0 and < 900 and not 666 && d[3..5] != "00" && d[5..] != "0000", $"{x.Line.Id}: SSN {x.Span.Text}");
        });
        Assert.All(Spans(GoldLabel.Phone), x =>
        {
            Assert.InRange(x.Span.Text.Count(char.IsAsciiDigit), 7, 15);
            Assert.True(char.IsAsciiDigit(x.Span.Text[^1]), $"{x.Line.Id}: {x.Span.Text}");
        });
    }

    [Fact]
    public void GenerateSixth_Seed_PlantedTextValuesHaveTheShapeOfTheirClass()
    {
        Assert.All(Spans(GoldLabel.Email), x =>
        {
            string v = x.Span.Text;
            Assert.Equal(1, v.Count(c => c == '@'));
            Assert.Contains('.', v[v.IndexOf('@', StringComparison.Ordinal)..]);
        });
        Assert.Contains(Spans(GoldLabel.Email), x => x.Span.Text.Any(c => c > 127));
        Assert.All(Spans(GoldLabel.Repo), x => Assert.Matches("^[a-z0-9-]+/[a-z0-9-]+$", x.Span.Text));
        Assert.All(Spans(GoldLabel.Handle), x => Assert.DoesNotContain(' ', x.Span.Text));
        Assert.All(Spans(GoldLabel.Channel), x => Assert.False(x.Span.Text.StartsWith('#')));
        Assert.All(Spans(GoldLabel.Url), x => Assert.Contains('/', x.Span.Text));
        // JWTs: base64url of JSON headers naming an algorithm, three parts.
        var jwts = Spans(GoldLabel.Secret).Where(x => x.Span.Text.StartsWith("eyJ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(jwts);
        Assert.All(jwts, x =>
        {
            string[] parts = x.Span.Text.Split('.');
            Assert.Equal(3, parts.Length);
            string header = parts[0].Replace('-', '+').Replace('_', '/');
            header = header.PadRight(header.Length + ((4 - (header.Length % 4)) % 4), '=');
            using JsonDocument json = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(header)));
            Assert.True(json.RootElement.TryGetProperty("alg", out _));
        });
    }

    [Fact]
    public void GenerateSixth_Seed_CardLookAlikesFailLuhn()
    {
        var numbers = s_sixth
            .Where(l => l.Template is "sixth.neg.card.badref" or "sixth.neg.card.badserial")
            .Select(l => Regex.Match(l.Text, @"\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{4}").Value)
            .ToList();
        Assert.True(numbers.Count >= 16);
        Assert.All(numbers, n => Assert.False(n.Length == 0 || Checksums.PassesLuhn(n), $"\"{n}\" passes Luhn"));
    }

    [Fact]
    public void GenerateSixth_Seed_PhonesOfAtLeast12CountriesInInternationalForm()
    {
        string[] codes = SixthPoolsNumbers.Phones.Select(p => p.CallingCode).Distinct().OrderByDescending(c => c.Length).ToArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach ((CorpusLine _, GoldSpan span) in Spans(GoldLabel.Phone))
        {
            string v = span.Text;
            string? digits = v.StartsWith('+') ? v[1..] : v.StartsWith("00", StringComparison.Ordinal) ? v[2..] : null;
            string? code = digits is null ? null : codes.FirstOrDefault(c => digits.StartsWith(c, StringComparison.Ordinal));
            if (code is not null)
            {
                seen.Add(code);
            }
        }
        Assert.True(seen.Count >= 12, $"calling codes seen: {string.Join(", ", seen)}");
    }

    [Fact]
    public void SixthTemplates_All_NameOnlySixthGeneratorsAndNegativesPlantNothing()
    {
        foreach (Template template in SixthTemplates.All)
        {
            Assert.Same(SixthForge.Generators, template.Generators);
            bool negative = template.Name.StartsWith("sixth.neg.", StringComparison.Ordinal);
            Assert.True(negative != template.Pattern.PlantsValues, $"{template.Name}: negative={negative}");
        }
    }

    [Fact]
    public void Run_ScoreSixth_GeneratesItInMemoryAndKeepsItsErrorsUnread()
    {
        // A scripted predictor that finds nothing: this checks the command line, not the redactor.
        static (int Exit, string Output, string Error) Run(params string[] args)
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            int exit = EvaluationCommands.Run(args, new StringReader(string.Empty), output, error, new ScriptedPredictor());
            return (exit, output.ToString(), error.ToString());
        }

        Assert.True(CorpusFamily.IsTuning(CorpusFamily.Sixth)); // a tuning family since its aggregate steered a round
        (int exit, string text, _) = Run("score", "--family", "sixth");
        Assert.Equal(0, exit);
        Assert.Contains($"seed {CorpusGenerator.SixthSeed}, family sixth: {s_sixth.Count} lines", text, StringComparison.Ordinal);
        Assert.Equal(0, Run("score", "--family", "sixth", "--show-errors").Exit);
        Assert.DoesNotContain("\"family\":\"sixth\"", Run("generate").Output, StringComparison.Ordinal);
        Assert.Contains("sixth", Run("score", "--family", "ninth").Error, StringComparison.Ordinal);
    }
}
