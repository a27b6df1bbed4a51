namespace Pipeline.Redaction.Evaluation.Generation;

/// <summary>A country's IBAN layout: ISO country code and the BBAN as a <see cref="GenerationContext.Shape"/>.</summary>
internal sealed record IbanFormat(string Country, string BbanShape);
