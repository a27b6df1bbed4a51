namespace Pipeline.Redaction.Evaluation.Generation.Sixth;

/// <summary>
/// The sixth family: the work of professions and their tools (developers and SREs, support, finance and HR, health
/// and legal, sales, messaging), with the mess of real screens (badges, truncation, emoji, doubled separators).
/// Templates named <c>sixth.neg.…</c> plant nothing; every other template plants at least one value.
/// </summary>
internal static partial class SixthTemplates
{
    public static IReadOnlyList<Template> All { get; } = [.. Dev(), .. Office(), .. Messaging(), .. Negatives()];

    private static Template T(string name, string source, string text, int count = 8) =>
        new("sixth." + name, source, text, count, SixthForge.Generators);

    private static Template N(string name, string source, string text, int count = 12) =>
        new("sixth.neg." + name, source, text, count, SixthForge.Generators);
}
