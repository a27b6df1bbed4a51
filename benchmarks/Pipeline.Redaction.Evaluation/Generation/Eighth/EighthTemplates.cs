namespace Pipeline.Redaction.Evaluation.Generation.Eighth;

/// <summary>
/// The eighth family: titles of the ordinary work of software companies and small businesses and of personal life
/// (support desks, CRM, recruiting, finance, project and design tools, developer tools and terminals, messaging,
/// mail, meetings, banking, marketplaces, patient portals) in many countries. Templates named <c>eighth.neg.*</c>
/// plant nothing. Written without reading the redactor or any other family (README, "The eighth family").
/// </summary>
internal static partial class EighthTemplates
{
    public static IReadOnlyList<Template> All { get; } = [.. Work(), .. Dev(), .. Talk(), .. Negatives()];

    private const string Browser = "{one:| - Google Chrome| — Mozilla Firefox| - Microsoft Edge| — Safari| - Arc}";

    private static Template P(string name, string source, string text) =>
        new("eighth." + name, source, text, 8, EighthForge.Generators);

    private static Template N(string name, string source, string text) =>
        new("eighth.neg." + name, source, text, 9, EighthForge.Generators);
}
