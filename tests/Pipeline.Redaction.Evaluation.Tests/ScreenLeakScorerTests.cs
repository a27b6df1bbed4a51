using Pipeline.Redaction.Evaluation.Corpus;
using Pipeline.Redaction.Evaluation.ScreenLeak;
using static Pipeline.Redaction.Evaluation.Tests.ScriptedPredictor;

namespace Pipeline.Redaction.Evaluation.Tests;

/// <summary>ScreenLeak's rule on cases written here in its sample format (not its data).</summary>
public sealed class ScreenLeakScorerTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"screenleak-{Guid.NewGuid():N}.jsonl");

    public void Dispose() => File.Delete(_path);

    private IReadOnlyList<ScreenLeakCase> Sample(params string[] lines)
    {
        File.WriteAllLines(_path, lines);
        return ScreenLeakSample.Read(_path);
    }

    [Fact]
    public void Read_Case_ScoresAppBarWindowWithGoldFoundInOrder()
    {
        IReadOnlyList<ScreenLeakCase> cases = Sample(
            """{"id": "x1", "app": "Slack", "window": "tom - DM with tom", "pii": [{"text": "tom", "label": "private_handle"}, {"text": "tom", "label": "private_handle"}]}""");
        ScreenLeakCase c = Assert.Single(cases);
        Assert.Equal("Slack | tom - DM with tom", c.Text);
        Assert.Equal([8, 22], c.Gold.Select(g => g.Start));
        Assert.All(c.Gold, g => Assert.Equal("tom", c.Text[g.Start..g.End]));
    }

    [Fact]
    public void Read_GoldTextNotInWindow_Throws()
    {
        File.WriteAllLines(_path, ["""{"id": "x1", "app": "Arc", "window": "Settings", "pii": [{"text": "Ana", "label": "private_person"}]}"""]);
        Assert.Throws<InvalidDataException>(() => ScreenLeakSample.Read(_path));
    }

    [Fact]
    public void Score_MappedLabelsAndOneToOneMatching_FollowScreenLeaksRule()
    {
        IReadOnlyList<ScreenLeakCase> cases = Sample(
            """{"id": "a", "app": "Arc", "window": "Globex Corp - Dashboard", "pii": [{"text": "Globex Corp", "label": "private_company"}]}""",
            """{"id": "b", "app": "Zoom", "window": "1:1 Priya / Tom", "pii": [{"text": "Priya", "label": "private_person"}, {"text": "Tom", "label": "private_person"}]}""",
            """{"id": "c", "app": "Arc", "window": "Agent 2.4.1.7", "pii": []}""",
            """{"id": "d", "app": "Arc", "window": "Settings", "pii": []}""");
        var predictor = new ScriptedPredictor()
            .Answer(cases[0].Text, At(cases[0].Text, "Globex Corp", GoldLabel.Org))
            // One span over both names: ScreenLeak lets a prediction match one gold span only (IoU 5/11 < 0.5 anyway).
            .Answer(cases[1].Text, At(cases[1].Text, "Priya / Tom", GoldLabel.Person))
            .Answer(cases[2].Text, At(cases[2].Text, "2.4.1.7", GoldLabel.Ip));

        ScreenLeakScore score = ScreenLeakScorer.Score(cases, predictor);

        Assert.Equal(2, score.GoldCases);
        Assert.Equal(1, score.ZeroLeakCases);
        Assert.Equal(["b"], score.LeakedCaseIds);
        Assert.Equal(0.5, score.OversmashRate);
        Assert.Equal((1, 0, 0), Counts(score, "private_company"));
        Assert.Equal((0, 1, 2), Counts(score, "private_person"));
        // ScreenLeak has no IP class: the hit keeps its own name and counts as a false positive.
        Assert.Equal((0, 1, 0), Counts(score, GoldLabel.Ip));
    }

    [Fact]
    public void Score_BestIouPredictionIsTaken_AndUsedOnce()
    {
        IReadOnlyList<ScreenLeakCase> cases = Sample(
            """{"id": "a", "app": "Mail", "window": "ana@x.io ana@x.io", "pii": [{"text": "ana@x.io", "label": "private_email"}, {"text": "ana@x.io", "label": "private_email"}]}""");
        string text = cases[0].Text;
        int second = text.LastIndexOf("ana@x.io", StringComparison.Ordinal);
        var predictor = new ScriptedPredictor().Answer(text, new Scoring.PredictedSpan(second, second + 8, GoldLabel.Email));
        ScreenLeakScore score = ScreenLeakScorer.Score(cases, predictor);
        // The first gold span has no overlapping prediction; the second takes the only one.
        Assert.Equal((1, 0, 1), Counts(score, "private_email"));
        Assert.Equal(0, score.ZeroLeakCases);
    }

    private static (int, int, int) Counts(ScreenLeakScore score, string label)
    {
        ScreenLeakLabelScore l = score.Labels.Single(x => x.Label == label);
        return (l.TruePositives, l.FalsePositives, l.FalseNegatives);
    }
}
