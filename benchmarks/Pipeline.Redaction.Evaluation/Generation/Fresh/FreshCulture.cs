namespace Pipeline.Redaction.Evaluation.Generation.Fresh;

/// <summary>
/// Names of one culture for the fresh family. An entry may carry its romanisation after a bar (<c>田中|Tanaka</c>),
/// which the e-mail and handle generators use; gendered cultures list whole names in <see cref="Whole"/> so a
/// given name never meets a family name of the other form.
/// </summary>
/// <param name="Key">Short key (<c>de</c>, <c>ja-native</c>).</param>
/// <param name="Given">Given names; empty when <see cref="Whole"/> is used.</param>
/// <param name="Family">Family names; empty when <see cref="Whole"/> is used.</param>
/// <param name="FamilyFirst">Written family name first (Hungarian, Vietnamese, CJK in their own scripts).</param>
/// <param name="Whole">Whole names as <c>given;family</c>, for cultures whose family names agree with the given name.</param>
/// <param name="SecondFamily">Chance of a second family name (Spanish, Portuguese).</param>
internal sealed record FreshCulture(
    string Key, IReadOnlyList<string> Given, IReadOnlyList<string> Family, bool FamilyFirst = false,
    IReadOnlyList<string>? Whole = null, double SecondFamily = 0);
