using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Pipeline.Redaction.Evaluation.Corpus;
using Pipeline.Redaction.Evaluation.Generation;
using Pipeline.Redaction.Evaluation.Generation.Seventh;
using Pipeline.Redaction.Evaluation.Scoring;

namespace Pipeline.Redaction.Evaluation.Tests;

/// <summary>
/// The seventh family as a corpus at its fixed seed: determinism, size, negatives, sources, offsets, that each planted
/// value is a value of its class (and each look-alike is not), and how the command line serves it. Nothing here runs
/// or scores the redactor: the commands are run with a <see cref="ScriptedPredictor"/>.
/// </summary>
public sealed class SeventhTemplatesTests
{
    private static readonly IReadOnlyList<CorpusLine> s_seventh = CorpusGenerator.GenerateSeventh();

    private static IEnumerable<(CorpusLine Line, GoldSpan Span)> Spans(string label) =>
        s_seventh.SelectMany(l => l.Spans.Where(s => s.Label == label).Select(s => (l, s)));

    private static IEnumerable<string> SpansOf(string template, string label) =>
        s_seventh.Where(l => l.Template == "seventh." + template).SelectMany(l => l.Spans.Where(s => s.Label == label).Select(s => s.Text));

    private static (int Exit, string Output, string Error) Run(ISpanPredictor predictor, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = EvaluationCommands.Run(args, new StringReader(string.Empty), output, error, predictor);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void GenerateSeventh_Seed_IsDeterministicAndAnotherSeedWritesOtherLines()
    {
        Assert.Equal(20_261_207UL, CorpusGenerator.SeventhSeed);
        FamilyCorpusAssertions.SeedIsDeterministicAndAnotherSeedDiffers(s_seventh, seed => CorpusGenerator.GenerateSeventh(seed), CorpusGenerator.SeventhSeed);
    }

    [Fact]
    public void GenerateSeventh_Seed_HasTheSizeTheReadmeStates()
    {
        // README.md ("The seventh family") states these figures; change them together.
        Assert.Equal(4428, s_seventh.Count);
        Assert.Equal(2055, s_seventh.Count(l => l.IsNegative));
        Assert.Equal(3395, s_seventh.Sum(l => l.Spans.Count));
        Assert.Equal(462, SeventhTemplates.All.Count);
        Assert.True(s_seventh.Count >= 2500);
        Assert.True(s_seventh.Select(l => l.Template).Distinct(StringComparer.Ordinal).Count() >= 350);
        Assert.True(s_seventh.Count(l => l.IsNegative) >= 0.45 * s_seventh.Count);
        Assert.Equal(SeventhTemplates.All.Count, SeventhTemplates.All.Select(t => t.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void GenerateSeventh_Seed_LinesAreUniqueOfTheSeventhFamilyAndFromEverySource()
    {
        Assert.All(s_seventh, l => Assert.Equal(CorpusFamily.Seventh, l.Family));
        Assert.Equal(s_seventh.Count, s_seventh.Select(l => l.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(s_seventh.Count, s_seventh.Select(l => l.Text).Distinct(StringComparer.Ordinal).Count());
        string[] sources = ["tab", "window", "path", "chat", "terminal", "mail", "meeting", "ide"];
        Assert.All(sources, s => Assert.True(s_seventh.Count(l => l.Source == s) >= 150, $"{s}: fewer than 150 lines"));
        Assert.All(s_seventh, l => Assert.Contains(l.Source, sources));
        // The emphasis: window titles, tabs, paths and terminal titles are most of the family.
        int screens = s_seventh.Count(l => l.Source is "tab" or "window" or "path" or "terminal");
        Assert.InRange((double)screens / s_seventh.Count, 0.6, 0.75);
    }

    [Fact]
    public void GenerateSeventh_Seed_SpansLieInsideTheirLinesHoldTheValueAndDoNotOverlap()
    {
        FamilyCorpusAssertions.SpansLieInsideTheirLines(s_seventh);
        FamilyCorpusAssertions.PlantedValuesAreValidForTheirClass(s_seventh);
    }

    [Fact]
    public void GenerateSeventh_Seed_EveryLabelHasAtLeast60Spans()
    {
        foreach (string label in GoldLabel.All)
        {
            Assert.True(Spans(label).Count() >= 60, $"{label}: {Spans(label).Count()} spans");
        }
        Assert.True(Spans(GoldLabel.Person).Count() >= 600);
    }

    [Fact]
    public void GenerateSeventh_Seed_PlantedNumbersAreValidForTheirClass()
    {
        Assert.All(Spans(GoldLabel.Card), x =>
        {
            Assert.True(Checksums.PassesLuhn(x.Span.Text), $"{x.Line.Id}: {x.Span.Text} fails Luhn");
            Assert.InRange(x.Span.Text.Count(char.IsAsciiDigit), 14, 19);
        });
        Assert.All(Spans(GoldLabel.Iban), x => Assert.True(Checksums.IsValidIban(x.Span.Text), $"{x.Line.Id}: {x.Span.Text} fails mod 97"));
        Assert.All(Spans(GoldLabel.Ssn), x =>
        {
            string d = new(x.Span.Text.Where(char.IsAsciiDigit).ToArray());
            Assert.Equal(9, d.Length);
            int area = int.Parse(d[..3], CultureInfo.InvariantCulture);
            Assert.True(area is > 0 and < 900 and not 666 && d[3..5] != "00" && d[5..] != "0000", $"{x.Line.Id}: SSN {x.Span.Text}");
        });
        var ips = Spans(GoldLabel.Ip).Select(x => IPAddress.TryParse(x.Span.Text, out IPAddress? ip) ? ip : null).ToList();
        Assert.All(ips, ip => Assert.NotNull(ip));
        Assert.Contains(ips, ip => ip!.AddressFamily == AddressFamily.InterNetwork);
        Assert.Contains(ips, ip => ip!.AddressFamily == AddressFamily.InterNetworkV6);
        Assert.All(Spans(GoldLabel.Phone), x =>
        {
            Assert.InRange(x.Span.Text.Count(char.IsAsciiDigit), 7, 15);
            Assert.True(char.IsAsciiDigit(x.Span.Text[^1]), $"{x.Line.Id}: {x.Span.Text}");
        });
    }

    [Fact]
    public void GenerateSeventh_Seed_NationalIdsCarryTheirCheckDigits()
    {
        Assert.All(SpansOf("tab.gov.dni", GoldLabel.Id).Concat(SpansOf("path.win.dni", GoldLabel.Id)), v =>
            Assert.Equal("TRWAGMYFPDXBNJZSQVHLCKE"[int.Parse(v[..8], CultureInfo.InvariantCulture) % 23], v[8]));
        Assert.All(SpansOf("tab.gov.bsn", GoldLabel.Id).Concat(SpansOf("path.linux.bsn", GoldLabel.Id)), v =>
        {
            int sum = 0;
            for (int i = 0; i < 8; i++)
            {
                sum += (v[i] - '0') * (9 - i);
            }
            Assert.Equal(0, (sum - (v[8] - '0')) % 11);
        });
        Assert.All(SpansOf("tab.gov.cpf", GoldLabel.Id).Concat(SpansOf("path.dl.cpf", GoldLabel.Id)), v =>
        {
            int[] d = v.Where(char.IsAsciiDigit).Select(c => c - '0').ToArray();
            Assert.Equal(11, d.Length);
            Assert.Equal(d.Take(9).Select((x, i) => x * (10 - i)).Sum() * 10 % 11 % 10, d[9]);
            Assert.Equal(d.Take(10).Select((x, i) => x * (11 - i)).Sum() * 10 % 11 % 10, d[10]);
        });
        Assert.All(SpansOf("tab.gov.pnr", GoldLabel.Id), v => Assert.True(Checksums.PassesLuhn(v), v));
        Assert.All(SpansOf("path.dl.nhs", GoldLabel.Id), v =>
        {
            int[] d = v.Where(char.IsAsciiDigit).Select(c => c - '0').ToArray();
            int check = 11 - (d.Take(9).Select((x, i) => x * (10 - i)).Sum() % 11);
            Assert.Equal(check == 11 ? 0 : check, d[9]);
        });
        Assert.All(SpansOf("path.pesel", GoldLabel.Id), v =>
        {
            int[] w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
            int sum = v.Take(10).Select((c, i) => (c - '0') * w[i]).Sum();
            Assert.Equal((10 - (sum % 10)) % 10, v[10] - '0');
        });
        Assert.All(SpansOf("tab.gov.tckn", GoldLabel.Id), v =>
        {
            int[] d = v.Select(c => c - '0').ToArray();
            Assert.Equal(((((d[0] + d[2] + d[4] + d[6] + d[8]) * 7) - (d[1] + d[3] + d[5] + d[7])) % 10 + 10) % 10, d[9]);
            Assert.Equal(d.Take(10).Sum() % 10, d[10]);
        });
        Assert.All(SpansOf("tab.gov.rrn", GoldLabel.Id), v =>
        {
            string d = new(v.Where(char.IsAsciiDigit).ToArray());
            Assert.Equal(97 - (long.Parse(d[..9], CultureInfo.InvariantCulture) % 97), long.Parse(d[9..], CultureInfo.InvariantCulture));
        });
        Assert.NotEmpty(SpansOf("tab.gov.tckn", GoldLabel.Id));
    }

    [Fact]
    public void GenerateSeventh_Seed_PlantedTextValuesHaveTheShapeOfTheirClass()
    {
        Assert.Contains(Spans(GoldLabel.Email), x => x.Span.Text.Any(c => c > 127));
        Assert.All(Spans(GoldLabel.Repo), x => Assert.Matches("^[a-z0-9-]+/[a-z0-9-]+$", x.Span.Text));
        Assert.All(Spans(GoldLabel.Handle), x => Assert.DoesNotContain(' ', x.Span.Text));
        Assert.All(Spans(GoldLabel.Channel), x => Assert.False(x.Span.Text.StartsWith('#')));
        Assert.All(Spans(GoldLabel.Url), x => Assert.Contains('/', x.Span.Text));
        Assert.Contains(Spans(GoldLabel.Person), x => x.Span.Text.Any(c => c > 0x2E80)); // names in CJK, Hangul or Thai script
        var jwts = Spans(GoldLabel.Secret).Where(x => x.Span.Text.StartsWith("eyJ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(jwts);
        Assert.All(jwts, x =>
        {
            string[] parts = x.Span.Text.Split('.');
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
    public void GenerateSeventh_Seed_CardLookAlikesFailLuhn()
    {
        var numbers = s_seventh
            .Where(l => l.Template is "seventh.neg.tab.card.badluhn" or "seventh.neg.win.badluhn" or "seventh.neg.mail.badluhn")
            .Select(l => Regex.Match(l.Text, @"\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{4}").Value)
            .ToList();
        Assert.True(numbers.Count >= 30);
        Assert.All(numbers, n => Assert.False(n.Length == 0 || Checksums.PassesLuhn(n), $"\"{n}\" passes Luhn"));
    }

    [Fact]
    public void GenerateSeventh_Seed_PhonesOfAtLeast15CountriesInInternationalForm()
    {
        string[] codes = SeventhForge.PhoneCallingCodes.OrderByDescending(c => c.Length).ToArray();
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
        Assert.True(seen.Count >= 15, $"calling codes seen: {string.Join(", ", seen)}");
    }

    [Fact]
    public void SeventhTemplates_All_NameOnlySeventhGeneratorsAndNegativesPlantNothing()
    {
        foreach (Template template in SeventhTemplates.All)
        {
            Assert.Same(SeventhForge.Generators, template.Generators);
            Assert.StartsWith("seventh.", template.Name, StringComparison.Ordinal);
            bool negative = template.Name.StartsWith("seventh.neg.", StringComparison.Ordinal);
            Assert.True(negative != template.Pattern.PlantsValues, $"{template.Name}: negative={negative}");
        }
        Assert.Same(SeventhTemplates.All, CorpusGenerator.Templates(CorpusFamily.Seventh));
    }

    [Fact]
    public void Run_ScoreSeventh_ScoresItInMemoryWithAScriptedPredictorAndKeepsItsErrorsUnread()
    {
        // A scripted predictor that answers every gold span exactly: this checks the command line and the scorer's
        // reading of the family, not the redactor.
        var perfect = new ScriptedPredictor();
        foreach (CorpusLine line in s_seventh)
        {
            perfect.Answer(line.Text, line.Spans.Select(s => new PredictedSpan(s.Start, s.End, s.Label)).ToArray());
        }
        (int exit, string text, _) = Run(perfect, "score", "--family", "seventh");
        Assert.Equal(0, exit);
        Assert.Contains($"seed {CorpusGenerator.SeventhSeed}, family seventh: {s_seventh.Count} lines", text, StringComparison.Ordinal);
        (exit, string json, _) = Run(perfect, "score", "--family", "seventh", "--json");
        Assert.Equal(0, exit);
        using (JsonDocument document = JsonDocument.Parse(json))
        {
            JsonElement total = document.RootElement.GetProperty("score").GetProperty("total");
            int gold = s_seventh.Sum(l => l.Spans.Count);
            Assert.Equal(gold, total.GetProperty("gold").GetInt32());
            Assert.Equal(gold, total.GetProperty("caught").GetInt32());
            Assert.Equal(0, document.RootElement.GetProperty("score").GetProperty("negativeLinesAltered").GetInt32());
        }

        Assert.True(CorpusFamily.IsTuning(CorpusFamily.Seventh)); // a tuning family since its aggregate steered round 4
        Assert.Equal(0, Run(new ScriptedPredictor(), "score", "--family", "seventh", "--show-errors").Exit);
        Assert.DoesNotContain("\"family\":\"seventh\"", Run(new ScriptedPredictor(), "generate").Output, StringComparison.Ordinal);
        Assert.DoesNotContain("family seventh", Run(new ScriptedPredictor(), "score", "--family", "all").Output, StringComparison.Ordinal);
        Assert.Contains("seventh", Run(new ScriptedPredictor(), "score", "--family", "ninth").Error, StringComparison.Ordinal);
        Assert.Contains("seventh", EvaluationCommands.Usage, StringComparison.Ordinal);
    }
}
