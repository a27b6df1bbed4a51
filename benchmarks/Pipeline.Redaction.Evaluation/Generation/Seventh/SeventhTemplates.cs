namespace Pipeline.Redaction.Evaluation.Generation.Seventh;

/// <summary>
/// The seventh family: window titles, browser tabs, file paths and terminal titles (most lines), then chat, mail,
/// meeting and IDE titles, of public-sector, health, logistics, legal, school, retail, banking, travel, tax, HR,
/// recruiting, property and insurance work in many countries. Templates named <c>seventh.neg.*</c> plant nothing.
/// Written without reading the redactor or any other family (README, "The seventh family").
/// </summary>
internal static partial class SeventhTemplates
{
    public static IReadOnlyList<Template> All { get; } =
        [.. Paths(), .. Tabs(), .. Windows(), .. Terminals(), .. Conversations(), .. PathNegatives(), .. TabNegatives(),
         .. WindowNegatives(), .. TerminalNegatives(), .. ConversationNegatives()];

    // Conversation titles (chat, mail, meeting, ide) have fewer templates, so each writes more lines: about a third of
    // the family is conversation, the rest windows, tabs, paths and terminals.
    private static bool IsConversation(string source) => source is "chat" or "mail" or "meeting" or "ide";

    private static Template P(string name, string source, string text) =>
        new("seventh." + name, source, text, IsConversation(source) ? 14 : 7, SeventhForge.Generators);

    private static Template N(string name, string source, string text, int? count = null) =>
        new("seventh.neg." + name, source, text, count ?? (IsConversation(source) ? 18 : 10), SeventhForge.Generators);
}
