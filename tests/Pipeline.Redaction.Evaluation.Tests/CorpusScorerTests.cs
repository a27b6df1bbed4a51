using Pipeline.Redaction.Evaluation.Corpus;
using Pipeline.Redaction.Evaluation.Scoring;
using static Pipeline.Redaction.Evaluation.Tests.ScriptedPredictor;

namespace Pipeline.Redaction.Evaluation.Tests;

public sealed class CorpusScorerTests
{
    private static CorpusLine Line(string text, params (string Part, string Label)[] gold)
    {
        var spans = new List<GoldSpan>();
        foreach ((string part, string label) in gold)
        {
            int start = text.IndexOf(part, StringComparison.Ordinal);
            spans.Add(new GoldSpan(start, start + part.Length, label, part));
        }
        return new CorpusLine("t#1", text, "window", spans, CorpusFamily.Dev, "t");
    }

    [Fact]
    public void Evaluate_SameLabelWithIouAtLeastHalf_IsCaughtButLeaks()
    {
        const string text = "Call Ana Souza now";
        CorpusLine line = Line(text, ("Ana Souza", GoldLabel.Person));
        // "Souza" is 5 of 9 characters: IoU 0.56, caught by the typed rule, yet "Ana" still shows.
        LineOutcome outcome = CorpusScorer.Evaluate(line, new ScriptedPredictor().Answer(text, At(text, "Souza", GoldLabel.Person)));
        Assert.True(outcome.GoldCaught[0]);
        Assert.False(outcome.GoldHidden[0]);
        Assert.True(outcome.PredictionCorrect[0]);
    }

    [Fact]
    public void Evaluate_SameLabelWithIouBelowHalf_IsMissedAndTheSpanIsAFalseHit()
    {
        const string text = "Call Ana Souza now";
        CorpusLine line = Line(text, ("Ana Souza", GoldLabel.Person));
        LineOutcome outcome = CorpusScorer.Evaluate(line, new ScriptedPredictor().Answer(text, At(text, "Ana", GoldLabel.Person)));
        Assert.False(outcome.GoldCaught[0]);
        Assert.False(outcome.PredictionCorrect[0]);
    }

    [Fact]
    public void Evaluate_SameLabelCoveringWithLowIou_IsCaughtAndHidden()
    {
        const string text = "curl -H \"Authorization: Bearer abcdef0123456789\" https://api";
        CorpusLine line = Line(text, ("abcdef0123456789", GoldLabel.Secret));
        // The whole header is replaced: IoU 16/38, but the token is gone.
        LineOutcome outcome = CorpusScorer.Evaluate(line, new ScriptedPredictor().Answer(text, At(text, "Authorization: Bearer abcdef0123456789", GoldLabel.Secret)));
        Assert.True(outcome.GoldCaught[0]);
        Assert.True(outcome.GoldHidden[0]);
    }

    [Fact]
    public void Evaluate_OtherLabelCovering_IsHiddenButNotCaught()
    {
        const string text = "https://app.example/reset/0f8fad5b-d9cb-469f-a165-70867728950e";
        CorpusLine line = Line(text, ("0f8fad5b-d9cb-469f-a165-70867728950e", GoldLabel.Secret));
        LineOutcome outcome = CorpusScorer.Evaluate(line, new ScriptedPredictor().Answer(text, At(text, "0f8fad5b-d9cb-469f-a165-70867728950e", GoldLabel.UrlQuery)));
        Assert.False(outcome.GoldCaught[0]);
        Assert.True(outcome.GoldHidden[0]);
        Assert.False(outcome.PredictionCorrect[0]);
    }

    [Fact]
    public void Evaluate_TwoAdjacentPredictions_HideTheGoldSpanTogether()
    {
        const string text = "IBAN DE89 3704 0044 0532 0130 00";
        CorpusLine line = Line(text, ("DE89 3704 0044 0532 0130 00", GoldLabel.Iban));
        LineOutcome outcome = CorpusScorer.Evaluate(line, new ScriptedPredictor().Answer(
            text, At(text, "DE89 3704 0044", GoldLabel.Iban), At(text, " 0532 0130 00", GoldLabel.Iban)));
        Assert.True(outcome.GoldHidden[0]);
        Assert.True(outcome.GoldCaught[0]);
        // The smaller half is under IoU 0.5 and covers nothing: it counts against precision.
        Assert.Equal([true, false], outcome.PredictionCorrect);
    }

    [Fact]
    public void Evaluate_OneSpanOverTwoNames_CatchesBoth()
    {
        const string text = "1:1 Priya / Tom - Zoom";
        CorpusLine line = Line(text, ("Priya", GoldLabel.Person), ("Tom", GoldLabel.Person));
        LineOutcome outcome = CorpusScorer.Evaluate(line, new ScriptedPredictor().Answer(text, At(text, "Priya / Tom", GoldLabel.Person)));
        Assert.Equal([true, true], outcome.GoldCaught);
    }

    [Fact]
    public void Evaluate_OrdinaryWords_CountsWordsOutsideGoldAndThoseAPredictionTouches()
    {
        const string text = "Agent 2.4.1.7 - Settings for ana@x.io";
        CorpusLine line = Line(text, ("ana@x.io", GoldLabel.Email));
        LineOutcome outcome = CorpusScorer.Evaluate(line, new ScriptedPredictor().Answer(text, At(text, "2.4.1.7", GoldLabel.Ip), At(text, "ana@x.io", GoldLabel.Email)));
        // Agent, 2, 4, 1, 7, Settings, for: seven words outside the gold span; the IP hit alters four.
        Assert.Equal(7, outcome.OrdinaryWords);
        Assert.Equal(4, outcome.OrdinaryWordsAltered);
    }

    [Fact]
    public void Evaluate_SpanOutsideTheText_Throws()
    {
        const string text = "Settings";
        CorpusLine line = Line(text);
        Assert.Throws<InvalidOperationException>(() =>
            CorpusScorer.Evaluate(line, new ScriptedPredictor().Answer(text, new PredictedSpan(3, 20, GoldLabel.Ip))));
    }

    [Fact]
    public void Score_MixedLines_CountsLinesLabelsAndOtherKinds()
    {
        CorpusLine negative = Line("Page 3 of 10 - Adobe Acrobat Reader");
        CorpusLine untouched = Line("Settings");
        CorpusLine positive = Line("Chat with Ana Souza | Microsoft Teams", ("Ana Souza", GoldLabel.Person));
        var predictor = new ScriptedPredictor()
            .Answer(negative.Text, At(negative.Text, "3", "DATE"))
            .Answer(positive.Text, At(positive.Text, "Ana Souza", GoldLabel.Person));
        CorpusScore score = CorpusScorer.Score("dev", new[] { negative, untouched, positive }.Select(l => CorpusScorer.Evaluate(l, predictor)).ToList());

        Assert.Equal(3, score.Lines);
        Assert.Equal(2, score.NegativeLines);
        Assert.Equal(1, score.NegativeLinesAltered);
        Assert.Equal(0.5, score.NegativeLinesAlteredShare);
        Assert.Equal(1, score.ZeroLeakLines);
        LabelScore person = score.Labels.Single(l => l.Label == GoldLabel.Person);
        Assert.Equal((1, 1, 1, 1), (person.Gold, person.Caught, person.Predicted, person.PredictedCorrect));
        LabelScore other = score.Labels.Single(l => l.Label == CorpusScorer.OtherLabel);
        Assert.Equal((1, 0), (other.Predicted, other.PredictedCorrect));
        Assert.Equal(0.5, score.Total.Precision);
        Assert.Null(score.Labels.Single(l => l.Label == GoldLabel.Iban).Recall);
    }
}
