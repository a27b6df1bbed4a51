using Pipeline.Redaction.Evaluation.Corpus;
using Pipeline.Redaction.Evaluation.Generation;
using Pipeline.Redaction.Evaluation.Scoring;

namespace Pipeline.Redaction.Evaluation.Tests;

/// <summary>
/// A regression guard for <c>Pipeline.Privacy.Redactor</c> on the held-out family of the default seed, the
/// out-of-sample figure in docs/processing.md. The floors sit slightly below what was measured when they were set
/// (the measured figure beside each); they are not targets and not the goal (0.98): they fail when a change
/// loses what the redactor already does on text it was not tuned to. Raise them with the figures in the docs when the
/// redactor improves; never lower one to make a change pass without saying so in the docs. Held-out errors are not
/// printed here (nobody tunes against them): a failure names only the figure.
/// </summary>
public sealed class RedactorHeldoutFloorTests
{
    private static readonly Lazy<CorpusScore> s_heldout = new(() =>
    {
        var predictor = new RedactorPredictor();
        var outcomes = new List<LineOutcome>();
        foreach (CorpusLine line in CorpusGenerator.Generate())
        {
            if (line.Family == CorpusFamily.Heldout)
            {
                outcomes.Add(CorpusScorer.Evaluate(line, predictor));
            }
        }

        return CorpusScorer.Score(CorpusFamily.Heldout, outcomes);
    });

    [Fact]
    public void Score_Heldout_OverallAboveFloors()
    {
        CorpusScore score = s_heldout.Value;
        Assert.True(score.Total.Recall >= 0.93, $"held-out recall {score.Total.Recall:F3} < floor 0.93 (measured 0.947)");
        Assert.True(score.Total.Precision >= 0.95, $"held-out precision {score.Total.Precision:F3} < floor 0.95 (measured 0.970)");
        Assert.True(score.ZeroLeakShare >= 0.92, $"held-out zero-leak lines {score.ZeroLeakShare:F3} < floor 0.92 (measured 0.943)");
        Assert.True(score.NegativeLinesAlteredShare <= 0.025, $"held-out negative lines altered {score.NegativeLinesAlteredShare:F3} > ceiling 0.025 (measured 0.015)");
        Assert.True(score.OrdinaryWordsAlteredShare <= 0.012, $"held-out ordinary words altered {score.OrdinaryWordsAlteredShare:F3} > ceiling 0.012 (measured 0.008)");
    }

    // Per label: recall floor, precision floor (each about one or two spans below the measured figure, in comments).
    [Theory]
    [InlineData(GoldLabel.Email, 0.86, 0.96)] // 0.900, 1.000
    [InlineData(GoldLabel.Phone, 0.88, 0.95)] // 0.920, 0.979
    [InlineData(GoldLabel.Card, 0.96, 0.96)] // 1.000, 1.000
    [InlineData(GoldLabel.Iban, 0.95, 0.95)] // 1.000, 1.000
    [InlineData(GoldLabel.Ip, 0.96, 0.96)] // 1.000, 1.000
    [InlineData(GoldLabel.Ssn, 0.95, 0.95)] // 1.000, 1.000
    [InlineData(GoldLabel.Secret, 0.96, 0.90)] // 0.984, 0.923
    [InlineData(GoldLabel.UrlQuery, 0.96, 0.96)] // 1.000, 1.000
    [InlineData(GoldLabel.Person, 0.92, 0.95)] // 0.945, 0.972
    [InlineData(GoldLabel.Handle, 0.94, 0.84)] // 0.971, 0.872
    [InlineData(GoldLabel.Channel, 0.88, 0.95)] // 0.920, 1.000
    [InlineData(GoldLabel.Repo, 0.80, 0.86)] // 0.833, 0.893
    [InlineData(GoldLabel.Address, 0.96, 0.96)] // 1.000, 1.000
    [InlineData(GoldLabel.Org, 0.76, 0.95)] // 0.800, 1.000
    [InlineData(GoldLabel.Id, 0.88, 0.96)] // 0.914, 1.000
    [InlineData(GoldLabel.Url, 0.96, 0.96)] // 1.000, 1.000
    public void Score_HeldoutLabel_AboveFloors(string label, double recallFloor, double precisionFloor)
    {
        LabelScore score = s_heldout.Value.Labels.Single(l => l.Label == label);
        Assert.True(score.Recall >= recallFloor, $"held-out {label} recall {score.Recall:F3} < floor {recallFloor}");
        Assert.True(score.Precision >= precisionFloor, $"held-out {label} precision {score.Precision:F3} < floor {precisionFloor}");
    }
}
