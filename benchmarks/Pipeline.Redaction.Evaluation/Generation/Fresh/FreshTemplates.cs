namespace Pipeline.Redaction.Evaluation.Generation.Fresh;

/// <summary>
/// The fresh family: titles of chat, mail, meeting, code, file, terminal and web apps in many locales, written for
/// this family alone from how such software titles its windows, with its own generators (<see cref="FreshForge"/>)
/// and seed (<see cref="CorpusGenerator.FreshSeed"/>). Scored in aggregate only.
/// </summary>
internal static partial class FreshTemplates
{
    /// <summary>Lines written per template with planted values, and per negative template (more, so negatives stay above 40 %).</summary>
    private const int PositiveCount = 6;
    private const int NegativeCount = 10;

    public static IReadOnlyList<Template> All { get; } = [.. Chat(), .. Mail(), .. Code(), .. Files(), .. Web(), .. Negatives(), .. MoreNegatives()];

    /// <summary>A template with planted values.</summary>
    private static Template P(string name, string source, string text, int count = PositiveCount) =>
        new("fresh." + name, source, text, count, FreshForge.Generators);

    /// <summary>A negative template: it plants nothing.</summary>
    private static Template N(string name, string source, string text, int count = NegativeCount) =>
        new("fresh.neg." + name, source, text, count, FreshForge.Generators);
}
