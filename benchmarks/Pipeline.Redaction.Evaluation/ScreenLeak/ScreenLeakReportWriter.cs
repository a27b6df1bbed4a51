using Pipeline.Redaction.Evaluation.Scoring;

namespace Pipeline.Redaction.Evaluation.ScreenLeak;

/// <summary>Prints a <see cref="ScreenLeakScore"/> in ScreenLeak's terms.</summary>
internal static class ScreenLeakReportWriter
{
    public static void Write(TextWriter output, string path, ScreenLeakScore score)
    {
        output.WriteLine($"ScreenLeak text sample {path}: {score.Cases} cases, {score.GoldCases} with gold spans, {score.NegativeCases} without");
        output.WriteLine("rule (ScreenLeak's score.py): a gold span is caught by an unused prediction of the same mapped label, best IoU, IoU >= 0.5");
        output.WriteLine();
        output.WriteLine($"zero-leak   {score.ZeroLeakCases,3} / {score.GoldCases,-3} {ScoreReportWriter.Percent(score.ZeroLeakRate)}");
        output.WriteLine($"oversmash   {score.OversmashCases,3} / {score.NegativeCases,-3} {ScoreReportWriter.Percent(score.NegativeCases == 0 ? null : score.OversmashRate)}");
        int tp = score.MicroTruePositives, fp = score.MicroFalsePositives, fn = score.MicroFalseNegatives;
        output.WriteLine($"micro       tp {tp}, fp {fp}, fn {fn}: precision {ScoreReportWriter.Ratio(tp + fp == 0 ? null : (double)tp / (tp + fp))}, recall {ScoreReportWriter.Ratio(tp + fn == 0 ? null : (double)tp / (tp + fn))}");
        output.WriteLine($"(not ScreenLeak's rule) zero-leak if any label counts: {score.AnyLabelZeroLeakCases} / {score.GoldCases} {ScoreReportWriter.Percent(score.AnyLabelZeroLeakRate)}");
        output.WriteLine();
        output.WriteLine($"{"label",-16} {"tp",4} {"fp",4} {"fn",4} {"precision",9} {"recall",7}");
        foreach (ScreenLeakLabelScore l in score.Labels)
        {
            output.WriteLine($"{l.Label,-16} {l.TruePositives,4} {l.FalsePositives,4} {l.FalseNegatives,4} {ScoreReportWriter.Ratio(l.Precision),9} {ScoreReportWriter.Ratio(l.Recall),7}");
        }
        output.WriteLine();
        output.WriteLine($"cases not fully caught: {string.Join(", ", score.LeakedCaseIds)}");
    }
}
