using Pipeline.Privacy;
using Pipeline.Redaction.Evaluation.Corpus;
using Finding = Pipeline.Privacy.Redaction;

namespace Pipeline.Redaction.Evaluation.Scoring;

/// <summary>
/// Asks <see cref="Redactor.Find"/> — the redactor's public entry point, the same one the pipeline calls — for its
/// spans. Nothing else of the redactor is used, so the measurement cannot lean on how it works inside.
/// </summary>
internal sealed class RedactorPredictor : ISpanPredictor
{
    private readonly Dictionary<PiiKind, string> _labels = [];

    public IReadOnlyList<PredictedSpan> Predict(string text)
    {
        // A span covers at least one character, so a text cannot have more findings than characters.
        var findings = new Finding[text.Length + 1];
        int count = Redactor.Find(text, findings);
        var spans = new PredictedSpan[count];
        for (int i = 0; i < count; i++)
        {
            Finding r = findings[i];
            spans[i] = new PredictedSpan(r.Start, r.End, Label(r.Kind));
        }
        return spans;
    }

    private string Label(PiiKind kind)
    {
        if (!_labels.TryGetValue(kind, out string? label))
        {
            label = GoldLabel.FromKindName(kind.ToString());
            _labels.Add(kind, label);
        }
        return label;
    }
}
