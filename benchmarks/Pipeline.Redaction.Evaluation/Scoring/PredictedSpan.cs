namespace Pipeline.Redaction.Evaluation.Scoring;

/// <summary>A span the redactor would replace: [<see cref="Start"/>, <see cref="End"/>) in UTF-16 code units, and the
/// redactor's kind as a corpus label (upper snake case of the <c>PiiKind</c> name).</summary>
internal readonly record struct PredictedSpan(int Start, int End, string Label);
