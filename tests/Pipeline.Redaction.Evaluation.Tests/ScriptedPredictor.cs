using Pipeline.Redaction.Evaluation.Scoring;

namespace Pipeline.Redaction.Evaluation.Tests;

/// <summary>A stand-in redactor whose answers the test writes down: text → spans.</summary>
internal sealed class ScriptedPredictor : ISpanPredictor
{
    private readonly Dictionary<string, PredictedSpan[]> _answers = new(StringComparer.Ordinal);

    public ScriptedPredictor Answer(string text, params PredictedSpan[] spans)
    {
        _answers[text] = spans;
        return this;
    }

    /// <summary>The span of <paramref name="part"/>'s first occurrence in <paramref name="text"/>, with <paramref name="label"/>.</summary>
    public static PredictedSpan At(string text, string part, string label)
    {
        int start = text.IndexOf(part, StringComparison.Ordinal);
        Assert.True(start >= 0, $"\"{part}\" is not in \"{text}\"");
        return new PredictedSpan(start, start + part.Length, label);
    }

    public IReadOnlyList<PredictedSpan> Predict(string text) => _answers.TryGetValue(text, out PredictedSpan[]? spans) ? spans : [];
}
