using Pipeline.Redaction.Evaluation.Corpus;

namespace Pipeline.Redaction.Evaluation.Scoring;

/// <summary>
/// This corpus's rule. <b>Typed</b>: a gold span is caught by a prediction of the same label whose character IoU
/// with it is at least <see cref="MinimumIou"/>, or that covers it entirely (a redactor that takes the whole
/// <c>Authorization: Bearer …</c> header still removes the token). A prediction is correct when it catches some gold
/// span this way; one prediction may catch two gold spans ("1:1 Priya / Tom" as one PERSON span). <b>Leak</b>:
/// a gold span is caught when every one of its characters lies inside some prediction, whatever its label.
/// </summary>
internal static class MatchRule
{
    public const double MinimumIou = 0.5;

    public static bool Catches(PredictedSpan prediction, GoldSpan gold) =>
        string.Equals(prediction.Label, gold.Label, StringComparison.Ordinal)
        && (SpanMath.Iou(prediction.Start, prediction.End, gold.Start, gold.End) >= MinimumIou
            || SpanMath.Covers(prediction.Start, prediction.End, gold.Start, gold.End));

    /// <summary>True when the union of <paramref name="predictions"/> covers every character of <paramref name="gold"/>.</summary>
    public static bool Hides(IReadOnlyList<PredictedSpan> predictions, GoldSpan gold)
    {
        for (int at = gold.Start; at < gold.End; at++)
        {
            bool covered = false;
            foreach (PredictedSpan p in predictions)
            {
                if (p.Start <= at && at < p.End)
                {
                    covered = true;
                    break;
                }
            }
            if (!covered)
            {
                return false;
            }
        }
        return true;
    }
}
