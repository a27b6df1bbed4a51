namespace Pipeline.Redaction.Evaluation.ScreenLeak;

/// <summary>A gold span of a ScreenLeak case, placed in the scored text (<c>app | window</c>).</summary>
internal sealed record ScreenLeakSpan(int Start, int End, string Label, string Text);
