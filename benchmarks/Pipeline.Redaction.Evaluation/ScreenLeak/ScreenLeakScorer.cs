using Pipeline.Redaction.Evaluation.Scoring;

namespace Pipeline.Redaction.Evaluation.ScreenLeak;

/// <summary>
/// ScreenLeak's own rule (text/src/score.py), reimplemented: for each gold span in order, the unmatched prediction of
/// the same (mapped) label with the highest character IoU above zero is taken, and the gold span is caught when
/// that IoU is at least 0.5; each prediction matches at most one gold span. Zero-leak is the share of cases with
/// gold spans on which every span is caught; oversmash the share of cases without gold spans on which anything was
/// predicted. Offsets are UTF-16 code units here and code points there: they agree unless a case has characters
/// outside the BMP.
/// </summary>
internal static class ScreenLeakScorer
{
    public const double MinimumIou = 0.5;

    public static ScreenLeakScore Score(IReadOnlyList<ScreenLeakCase> cases, ISpanPredictor predictor)
    {
        var tp = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var fp = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var fn = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int goldCases = 0, negativeCases = 0, zeroLeak = 0, oversmash = 0, anyLabelZeroLeak = 0;
        var leaked = new List<string>();
        foreach (ScreenLeakCase c in cases)
        {
            IReadOnlyList<PredictedSpan> predictions = predictor.Predict(c.Text);
            var mapped = new string[predictions.Count];
            for (int i = 0; i < predictions.Count; i++)
            {
                mapped[i] = ScreenLeakLabels.ToScreenLeak(predictions[i].Label);
            }
            var used = new bool[predictions.Count];
            bool allCaught = true;
            foreach (ScreenLeakSpan gold in c.Gold)
            {
                int best = -1;
                double bestIou = 0.0;
                for (int i = 0; i < predictions.Count; i++)
                {
                    if (used[i] || !string.Equals(mapped[i], gold.Label, StringComparison.Ordinal))
                    {
                        continue;
                    }
                    double iou = SpanMath.Iou(gold.Start, gold.End, predictions[i].Start, predictions[i].End);
                    if (iou > bestIou)
                    {
                        best = i;
                        bestIou = iou;
                    }
                }
                if (best >= 0 && bestIou >= MinimumIou)
                {
                    used[best] = true;
                    Add(tp, gold.Label);
                }
                else
                {
                    Add(fn, gold.Label);
                    allCaught = false;
                }
            }
            for (int i = 0; i < predictions.Count; i++)
            {
                if (!used[i])
                {
                    Add(fp, mapped[i]);
                }
            }
            if (c.Gold.Count > 0)
            {
                goldCases++;
                if (allCaught)
                {
                    zeroLeak++;
                }
                else
                {
                    leaked.Add(c.Id);
                }
                if (AllCaughtAnyLabel(c, predictions))
                {
                    anyLabelZeroLeak++;
                }
            }
            else
            {
                negativeCases++;
                if (predictions.Count > 0)
                {
                    oversmash++;
                }
            }
        }
        var labels = new SortedSet<string>(tp.Keys, StringComparer.Ordinal);
        labels.UnionWith(fp.Keys);
        labels.UnionWith(fn.Keys);
        var scores = new List<ScreenLeakLabelScore>(labels.Count);
        foreach (string label in labels)
        {
            scores.Add(new ScreenLeakLabelScore(label, Get(tp, label), Get(fp, label), Get(fn, label)));
        }
        return new ScreenLeakScore(cases.Count, goldCases, negativeCases, zeroLeak, oversmash, anyLabelZeroLeak, scores, leaked);
    }

    private static bool AllCaughtAnyLabel(ScreenLeakCase c, IReadOnlyList<PredictedSpan> predictions)
    {
        foreach (ScreenLeakSpan gold in c.Gold)
        {
            bool caught = false;
            foreach (PredictedSpan p in predictions)
            {
                if (SpanMath.Iou(gold.Start, gold.End, p.Start, p.End) >= MinimumIou)
                {
                    caught = true;
                    break;
                }
            }
            if (!caught)
            {
                return false;
            }
        }
        return true;
    }

    private static void Add(SortedDictionary<string, int> counts, string label) =>
        counts[label] = Get(counts, label) + 1;

    private static int Get(SortedDictionary<string, int> counts, string label) =>
        counts.TryGetValue(label, out int n) ? n : 0;
}
