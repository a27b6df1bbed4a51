namespace Pipeline.Redaction.Evaluation.Generation;

/// <summary>Given and family names that belong together (Ana Souza, not Ana Watanabe). <paramref name="FamilyFirst"/>
/// writes the family name first, as Chinese, Japanese, Korean, Hungarian and Vietnamese names are written.</summary>
internal sealed record NameCulture(string Name, IReadOnlyList<string> Given, IReadOnlyList<string> Family, bool FamilyFirst = false);
