namespace Pipeline.Redaction.Evaluation.Generation;

/// <summary>One piece of a parsed <see cref="TemplatePattern"/>: literal text, an unlabelled fill, or a planted value.</summary>
/// <param name="Literal">The text of a literal segment; null for a placeholder.</param>
/// <param name="Generator">The generator of a placeholder; null for a literal.</param>
/// <param name="Argument">The placeholder's argument, or null.</param>
/// <param name="Label">The gold label of a planted value; null for a literal or an unlabelled fill.</param>
internal sealed record PatternSegment(string? Literal, ValueGenerator? Generator, string? Argument, string? Label);
