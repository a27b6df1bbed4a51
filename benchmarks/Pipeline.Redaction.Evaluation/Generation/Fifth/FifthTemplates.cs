namespace Pipeline.Redaction.Evaluation.Generation.Fifth;

/// <summary>
/// The fifth family's templates: desktop work across many countries and languages. Positive templates are named
/// <c>fifth.&lt;area&gt;.…</c>, negative ones (planting nothing) <c>fifth.neg.…</c>; every one names only
/// <see cref="FifthForge.Generators"/>.
/// </summary>
internal static partial class FifthTemplates
{
    private static IReadOnlyList<Template>? s_all;

    /// <summary>Every fifth template; built on first use, after the partial files' arrays are initialised.</summary>
    public static IReadOnlyList<Template> All => s_all ??= [.. People, .. Numbers, .. Code, .. Negatives, .. MoreNegatives];

    /// <summary>A template that plants values.</summary>
    private static Template P(string name, string source, string text, int count = 6) =>
        new("fifth." + name, source, text, count, FifthForge.Generators);

    /// <summary>A negative template: plants nothing, and is written to look as if it might.</summary>
    private static Template N(string name, string source, string text, int count = 12) =>
        new("fifth.neg." + name, source, text, count, FifthForge.Generators);
}
