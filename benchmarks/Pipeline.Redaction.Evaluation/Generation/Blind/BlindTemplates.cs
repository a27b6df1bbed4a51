namespace Pipeline.Redaction.Evaluation.Generation.Blind;

/// <summary>
/// The blind family's templates: titles of the apps a workstation shows (chat, mail, meetings, browsers, code hosts,
/// terminals, file managers, office, banking, HR, CRM, ticketing, calendars, maps), written from what those apps
/// put in their titles and from the label definitions in README.md, by an engineer who did not read the redactor,
/// its tests, or the dev and held-out templates and pools. Templates that plant nothing write the tricky negatives.
/// </summary>
internal static partial class BlindTemplates
{
    public static IReadOnlyList<Template> All { get; } =
        [.. Chat(), .. Mail(), .. Meetings(), .. Web(), .. CodeAndTerminal(), .. Files(), .. Business(), .. Negatives()];

    /// <summary>A template of the blind family: its name starts with <c>blind.</c> and its placeholders name <see cref="BlindForge"/>'s generators.</summary>
    private static Template T(string name, string source, string text, int count = 9) =>
        new("blind." + name, source, text, count, BlindForge.Generators);
}
