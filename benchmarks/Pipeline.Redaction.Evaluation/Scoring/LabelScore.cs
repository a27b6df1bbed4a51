namespace Pipeline.Redaction.Evaluation.Scoring;

/// <summary>The figures of one label. Ratios are null where their denominator is zero (nothing to divide).</summary>
internal sealed record LabelScore(string Label, int Gold, int Caught, int Hidden, int Predicted, int PredictedCorrect)
{
    /// <summary>Typed recall: gold spans caught by a same-label prediction (IoU ≥ 0.5 or covering).</summary>
    public double? Recall => Gold == 0 ? null : (double)Caught / Gold;

    /// <summary>Leak recall: gold spans whose every character some prediction, of any label, replaces.</summary>
    public double? LeakRecall => Gold == 0 ? null : (double)Hidden / Gold;

    /// <summary>Typed precision: predictions of this label that catch a gold span of this label.</summary>
    public double? Precision => Predicted == 0 ? null : (double)PredictedCorrect / Predicted;
}
