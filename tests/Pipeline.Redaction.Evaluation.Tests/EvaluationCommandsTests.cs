using Pipeline.Redaction.Evaluation.Corpus;
using Pipeline.Redaction.Evaluation.Generation;

namespace Pipeline.Redaction.Evaluation.Tests;

public sealed class EvaluationCommandsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("redaction-eval-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static (int Exit, string Output, string Error) Run(params string[] args) => RunWith(new ScriptedPredictor(), string.Empty, args);

    private static (int Exit, string Output, string Error) RunWith(ScriptedPredictor predictor, string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = EvaluationCommands.Run(args, new StringReader(input), output, error, predictor);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Run_ShowErrorsOnHeldout_RefusesWithExitTwo()
    {
        (int exit, string output, string error) = Run("score", "--family", "heldout", "--show-errors");
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains("tuning families only", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ShowErrorsOnBlind_ListsItsErrors()
    {
        // Blind became a tuning family on 2026-12-02, so its errors may be read.
        (int exit, _, string error) = Run("score", "--family", "blind", "--show-errors");
        Assert.Equal(0, exit);
        Assert.Empty(error);
    }

    [Fact]
    public void Run_ScoreBlind_ScoresTheBlindFamilyOfItsOwnSeed()
    {
        int count = CorpusGenerator.GenerateBlind().Count;
        (int exit, string output, _) = Run("score", "--family", "blind");
        Assert.Equal(0, exit);
        Assert.Contains($"seed {CorpusGenerator.BlindSeed}, family blind: {count} lines", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_GenerateAndScoreAll_LeaveTheBlindFamilyOut()
    {
        (int exit, string output, _) = Run("generate");
        Assert.Equal(0, exit);
        Assert.DoesNotContain("\"family\":\"blind\"", output, StringComparison.Ordinal);
        (exit, output, _) = Run("score", "--family", "all");
        Assert.Equal(0, exit);
        Assert.Contains($"family all: {CorpusGenerator.Generate().Count} lines", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ShowErrorsOnFresh_ListsItsErrors()
    {
        (int exit, _, string error) = Run("score", "--family", "fresh", "--show-errors");
        Assert.Equal(0, exit);
        Assert.Empty(error);
    }

    [Fact]
    public void Run_ScoreFresh_ScoresTheFreshFamilyOfItsOwnSeed()
    {
        int count = CorpusGenerator.GenerateFresh().Count;
        (int exit, string output, _) = Run("score", "--family", "fresh");
        Assert.Equal(0, exit);
        Assert.Contains($"seed {CorpusGenerator.FreshSeed}, family fresh: {count} lines", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_GenerateAndScoreAll_LeaveTheFreshFamilyOut()
    {
        (int exit, string output, _) = Run("generate");
        Assert.Equal(0, exit);
        Assert.DoesNotContain("\"family\":\"fresh\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ShowErrorsOnAll_RefusesWithExitTwo()
    {
        Assert.Equal(2, Run("score", "--show-errors").Exit);
    }

    [Theory]
    [InlineData("score", "--familly", "dev")]
    [InlineData("score", "--family", "test")]
    [InlineData("generate", "--seed", "-1")]
    [InlineData("score", "--corpus")]
    [InlineData("frobnicate")]
    [InlineData("score-screenleak")]
    public void Run_BadCommandLine_OneLineAndExitTwo(params string[] args)
    {
        (int exit, _, string error) = Run(args);
        Assert.Equal(2, exit);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public void Run_ScoreMissingCorpus_OneLineAndExitTwo()
    {
        (int exit, _, string error) = Run("score", "--corpus", Path.Combine(_directory, "absent.jsonl"));
        Assert.Equal(2, exit);
        Assert.Contains("cannot read corpus", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ScoreCorpusWithSpanPastTheText_OneLineAndExitTwo()
    {
        string path = Path.Combine(_directory, "bad.jsonl");
        File.WriteAllText(path, """{"id":"x","text":"abc","source":"window","spans":[{"start":1,"end":9,"label":"EMAIL","text":"bc"}],"family":"dev","template":"x"}""" + "\n");
        (int exit, _, string error) = Run("score", "--corpus", path);
        Assert.Equal(2, exit);
        Assert.Contains("bad.jsonl:1", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_GenerateToFileThenScoreIt_ScoresEveryLine()
    {
        string path = Path.Combine(_directory, "corpus.jsonl");
        (int exit, string output, _) = Run("generate", "--out", path);
        Assert.Equal(0, exit);
        int count = CorpusGenerator.Generate().Count;
        Assert.Contains($"wrote {count} lines", output, StringComparison.Ordinal);

        (exit, output, _) = Run("score", "--corpus", path, "--family", "all");
        Assert.Equal(0, exit);
        Assert.Contains($"family all: {count} lines", output, StringComparison.Ordinal);
        // A redactor that finds nothing: every label's recall 0, no negative line touched.
        Assert.Contains("negative lines altered        0 /", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ScoreDevWithShowErrors_ListsTheMissedSpans()
    {
        CorpusLine first = CorpusGenerator.Generate().First(l => l.Family == CorpusFamily.Dev && !l.IsNegative);
        (int exit, string output, _) = Run("score", "--family", "dev", "--show-errors");
        Assert.Equal(0, exit);
        Assert.Contains(first.Id + "  " + first.Text, output, StringComparison.Ordinal);
        Assert.Contains($"miss       {first.Spans[0].Label,-9} \"{first.Spans[0].Text}\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ScoreJson_IsOneJsonDocument()
    {
        (int exit, string output, _) = Run("score", "--family", "heldout", "--json");
        Assert.Equal(0, exit);
        using var document = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal("heldout", document.RootElement.GetProperty("score").GetProperty("family").GetString());
    }

    [Fact]
    public void Run_Predict_PrintsEachLinesSpans()
    {
        var predictor = new ScriptedPredictor().Answer("mail ana@x.io", new Scoring.PredictedSpan(5, 13, GoldLabel.Email));
        (int exit, string output, _) = RunWith(predictor, "mail ana@x.io\nSettings\n", "predict");
        Assert.Equal(0, exit);
        string[] lines = output.Trim().Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Contains("\"label\":\"EMAIL\",\"text\":\"ana@x.io\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"spans\":[]", lines[1], StringComparison.Ordinal);
    }
}
