namespace Pipeline.Redaction.Evaluation.ScreenLeak;

/// <summary>ScreenLeak's figures for one run, plus one figure of ours (label-agnostic zero-leak) marked as such.</summary>
internal sealed record ScreenLeakScore(
    int Cases,
    int GoldCases,
    int NegativeCases,
    int ZeroLeakCases,
    int OversmashCases,
    int AnyLabelZeroLeakCases,
    IReadOnlyList<ScreenLeakLabelScore> Labels,
    IReadOnlyList<string> LeakedCaseIds)
{
    /// <summary>ScreenLeak's zero-leak: cases with gold spans on which every gold span is caught.</summary>
    public double ZeroLeakRate => GoldCases == 0 ? 0 : (double)ZeroLeakCases / GoldCases;

    /// <summary>ScreenLeak's oversmash: cases without gold spans on which anything was predicted.</summary>
    public double OversmashRate => NegativeCases == 0 ? 0 : (double)OversmashCases / NegativeCases;

    /// <summary>Not ScreenLeak's rule: zero-leak when a prediction of any label with IoU ≥ 0.5 counts.</summary>
    public double AnyLabelZeroLeakRate => GoldCases == 0 ? 0 : (double)AnyLabelZeroLeakCases / GoldCases;

    public int MicroTruePositives => Sum(0);

    public int MicroFalsePositives => Sum(1);

    public int MicroFalseNegatives => Sum(2);

    private int Sum(int which)
    {
        int sum = 0;
        foreach (ScreenLeakLabelScore l in Labels)
        {
            sum += which switch { 0 => l.TruePositives, 1 => l.FalsePositives, _ => l.FalseNegatives };
        }
        return sum;
    }
}
