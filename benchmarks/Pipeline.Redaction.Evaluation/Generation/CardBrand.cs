namespace Pipeline.Redaction.Evaluation.Generation;

/// <summary>A card network's number shape: issuer prefixes, length, and how it is grouped when printed.</summary>
internal sealed record CardBrand(string Name, IReadOnlyList<string> Prefixes, int Length, IReadOnlyList<int> Groups);
