namespace Pipeline.Redaction.Evaluation.Generation;

/// <summary>
/// One way a title is written, e.g. <c>"Chat with {PERSON=person}{sep}Microsoft Teams"</c>. A template that plants
/// nothing writes negative lines.
/// </summary>
/// <param name="Name">Unique, stable name; also seeds the template's own random stream.</param>
/// <param name="Source">Where such a line is seen (window, tab, path, terminal, chat, mail, meeting, ide).</param>
/// <param name="Text">The pattern (syntax in <see cref="TemplatePattern"/>).</param>
/// <param name="Count">How many distinct lines to write from it (fewer when its values cannot vary that much).</param>
internal sealed record Template(string Name, string Source, string Text, int Count)
{
    public TemplatePattern Pattern { get; } = TemplatePattern.Parse(Text);
}
