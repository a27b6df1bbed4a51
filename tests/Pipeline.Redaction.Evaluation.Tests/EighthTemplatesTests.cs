using System.Net;
using System.Text;
using System.Text.Json;
using Pipeline.Redaction.Evaluation.Corpus;
using Pipeline.Redaction.Evaluation.Generation;
using Pipeline.Redaction.Evaluation.Generation.Eighth;
using Pipeline.Redaction.Evaluation.Scoring;

namespace Pipeline.Redaction.Evaluation.Tests;

/// <summary>
/// The eighth family as a corpus at its fixed seed: determinism, size, offsets, that planted numbers are valid for
/// their class, and how the command line serves it (aggregate only). Nothing here runs or scores the redactor: the
/// commands are run with a <see cref="ScriptedPredictor"/>.
/// </summary>
public sealed class EighthTemplatesTests
{
    private static readonly IReadOnlyList<CorpusLine> s_eighth = CorpusGenerator.GenerateEighth();

    private static IEnumerable<GoldSpan> Spans(string label) => s_eighth.SelectMany(l => l.Spans.Where(s => s.Label == label));

    private static (int Exit, string Output, string Error) Run(ISpanPredictor predictor, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = EvaluationCommands.Run(args, new StringReader(string.Empty), output, error, predictor);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void GenerateEighth_Seed_IsDeterministicAndAnotherSeedWritesOtherLines()
    {
        Assert.Equal(20_261_215UL, CorpusGenerator.EighthSeed);
        FamilyCorpusAssertions.SeedIsDeterministicAndAnotherSeedDiffers(s_eighth, seed => CorpusGenerator.GenerateEighth(seed), CorpusGenerator.EighthSeed);
    }

    [Fact]
    public void GenerateEighth_Seed_HasTheSizeTheReadmeStates()
    {
        // README.md ("The eighth family") states these figures; change them together.
        string figures = $"{s_eighth.Count} lines, {s_eighth.Count(l => l.IsNegative)} negative, {s_eighth.Sum(l => l.Spans.Count)} spans, "
            + $"{EighthTemplates.All.Count} templates; " + string.Join(", ", GoldLabel.All.Select(g => $"{g} {Spans(g).Count()}"));
        Assert.True(figures == ExpectedFigures, figures);
        Assert.True(s_eighth.Count >= 1200);
        Assert.True(EighthTemplates.All.Count >= 150);
        Assert.InRange((double)s_eighth.Count(l => l.IsNegative) / s_eighth.Count, 0.40, 0.50);
        Assert.Equal(EighthTemplates.All.Count, EighthTemplates.All.Select(t => t.Name).Distinct(StringComparer.Ordinal).Count());
    }

    private const string ExpectedFigures =
        "1841 lines, 785 negative, 1400 spans, 220 templates; EMAIL 56, PHONE 48, CARD 32, IBAN 32, IP 96, SSN 32, SECRET 88, "
        + "URL_QUERY 32, PERSON 536, HANDLE 72, CHANNEL 40, REPO 64, ADDRESS 40, ORG 128, ID 56, URL 48";

    [Fact]
    public void GenerateEighth_Seed_LinesAreUniqueAndOfTheEighthFamily()
    {
        Assert.All(s_eighth, l => Assert.Equal(CorpusFamily.Eighth, l.Family));
        Assert.Equal(s_eighth.Count, s_eighth.Select(l => l.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(s_eighth.Count, s_eighth.Select(l => l.Text).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void GenerateEighth_Seed_SpansLieInsideTheirLinesAndValuesAreValidForTheirClass()
    {
        FamilyCorpusAssertions.SpansLieInsideTheirLines(s_eighth);
        FamilyCorpusAssertions.PlantedValuesAreValidForTheirClass(s_eighth);
        Assert.All(Spans(GoldLabel.Card), s => Assert.True(Checksums.PassesLuhn(s.Text), s.Text));
        Assert.All(Spans(GoldLabel.Iban), s => Assert.True(Checksums.IsValidIban(s.Text), s.Text));
        Assert.All(Spans(GoldLabel.Ip), s => Assert.True(IPAddress.TryParse(s.Text, out _), s.Text));
        Assert.Contains(Spans(GoldLabel.Ip), s => s.Text.Contains(':', StringComparison.Ordinal));
        Assert.Contains(Spans(GoldLabel.Person), s => s.Text.Any(c => c > 0x2E80));
        foreach (string label in GoldLabel.All)
        {
            Assert.True(Spans(label).Count() >= 25, $"{label}: {Spans(label).Count()} spans");
        }
        var jwts = Spans(GoldLabel.Secret).Where(s => s.Text.StartsWith("eyJ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(jwts);
        Assert.All(jwts, s =>
        {
            string[] parts = s.Text.Split('.');
            Assert.Equal(3, parts.Length);
            foreach (string part in parts[..2])
            {
                string b64 = part.Replace('-', '+').Replace('_', '/');
                b64 = b64.PadRight(b64.Length + ((4 - (b64.Length % 4)) % 4), '=');
                using JsonDocument json = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(b64)));
                Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
            }
        });
    }

    [Fact]
    public void EighthTemplates_All_NameOnlyEighthGeneratorsAndNegativesPlantNothing()
    {
        foreach (Template template in EighthTemplates.All)
        {
            Assert.Same(EighthForge.Generators, template.Generators);
            Assert.StartsWith("eighth.", template.Name, StringComparison.Ordinal);
            bool negative = template.Name.StartsWith("eighth.neg.", StringComparison.Ordinal);
            Assert.True(negative != template.Pattern.PlantsValues, $"{template.Name}: negative={negative}");
        }
        Assert.Same(EighthTemplates.All, CorpusGenerator.Templates(CorpusFamily.Eighth));
    }

    [Fact]
    public void Run_ScoreEighth_ScoresItInMemoryAggregateOnlyAndRefusesItsErrors()
    {
        // A scripted predictor that answers every gold span exactly: this checks the command line, not the redactor.
        var perfect = new ScriptedPredictor();
        foreach (CorpusLine line in s_eighth)
        {
            perfect.Answer(line.Text, line.Spans.Select(s => new PredictedSpan(s.Start, s.End, s.Label)).ToArray());
        }
        (int exit, string text, _) = Run(perfect, "score", "--family", "eighth");
        Assert.Equal(0, exit);
        Assert.Contains($"seed {CorpusGenerator.EighthSeed}, family eighth: {s_eighth.Count} lines", text, StringComparison.Ordinal);
        (exit, string json, _) = Run(perfect, "score", "--family", "eighth", "--json");
        Assert.Equal(0, exit);
        using (JsonDocument document = JsonDocument.Parse(json))
        {
            JsonElement total = document.RootElement.GetProperty("score").GetProperty("total");
            int gold = s_eighth.Sum(l => l.Spans.Count);
            Assert.Equal(gold, total.GetProperty("gold").GetInt32());
            Assert.Equal(gold, total.GetProperty("caught").GetInt32());
        }

        Assert.False(CorpusFamily.IsTuning(CorpusFamily.Eighth));
        Assert.Equal(2, Run(new ScriptedPredictor(), "score", "--family", "eighth", "--show-errors").Exit);
        Assert.DoesNotContain("\"family\":\"eighth\"", Run(new ScriptedPredictor(), "generate").Output, StringComparison.Ordinal);
        Assert.DoesNotContain("family eighth", Run(new ScriptedPredictor(), "score", "--family", "all").Output, StringComparison.Ordinal);
        Assert.Contains("eighth", EvaluationCommands.Usage, StringComparison.Ordinal);
    }
}
