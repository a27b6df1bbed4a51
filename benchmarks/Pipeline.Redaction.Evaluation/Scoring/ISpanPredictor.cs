namespace Pipeline.Redaction.Evaluation.Scoring;

/// <summary>What is being measured: the redactor, or in tests a hand-written stand-in whose answers are known.</summary>
internal interface ISpanPredictor
{
    IReadOnlyList<PredictedSpan> Predict(string text);
}
