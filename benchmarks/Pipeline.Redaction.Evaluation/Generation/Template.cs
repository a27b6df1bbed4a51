namespace Pipeline.Redaction.Evaluation.Generation;

/// <summary>
/// One way a title is written, e.g. <c>"Chat with {PERSON=person}{sep}Microsoft Teams"</c>. A template that plants
/// nothing writes negative lines.
/// </summary>
/// <param name="Name">Unique, stable name; also seeds the template's own random stream.</param>
/// <param name="Source">Where such a line is seen (window, tab, path, terminal, chat, mail, meeting, ide).</param>
/// <param name="Text">The pattern (syntax in <see cref="TemplatePattern"/>).</param>
/// <param name="Count">How many distinct lines to write from it (fewer when its values cannot vary that much).</param>
/// <param name="Generators">The generators its placeholders name; null for <see cref="ValueForge"/>'s (dev and
/// held-out). The blind family names only its own, so none of its values come from the other families' code.</param>
internal sealed record Template(string Name, string Source, string Text, int Count, IReadOnlyDictionary<string, ValueGenerator>? Generators = null)
{
    public TemplatePattern Pattern { get; } = Generators is null ? TemplatePattern.Parse(Text) : TemplatePattern.Parse(Text, Generators);
}
