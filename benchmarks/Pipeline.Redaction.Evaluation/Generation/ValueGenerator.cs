namespace Pipeline.Redaction.Evaluation.Generation;

/// <summary>Writes one value (a name, a phone number, a file name) for a placeholder; <paramref name="argument"/> is
/// the text after the colon in <c>{name:argument}</c>, or null.</summary>
internal delegate string ValueGenerator(GenerationContext context, string? argument);
