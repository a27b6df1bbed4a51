namespace Pipeline.Redaction.Evaluation.ScreenLeak;

/// <summary>One case of ScreenLeak's text sub-bench, as its scorer builds it: the scored text is
/// <c>{app} | {window}</c>, and each gold text is found in the window in order, from where the previous one ended.</summary>
internal sealed record ScreenLeakCase(string Id, string App, string Window, string Text, IReadOnlyList<ScreenLeakSpan> Gold, string Difficulty);
