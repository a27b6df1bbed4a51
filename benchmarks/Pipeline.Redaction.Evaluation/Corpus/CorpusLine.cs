using System.Text.Json.Serialization;

namespace Pipeline.Redaction.Evaluation.Corpus;

/// <summary>One labelled line of the corpus: a window, tab, path or terminal title as a screen would show it.</summary>
/// <param name="Id">Stable id, <c>family-template-n</c>.</param>
/// <param name="Text">The line.</param>
/// <param name="Source">Where such a line is seen: window, tab, path, terminal, chat, mail, meeting, ide.</param>
/// <param name="Spans">The planted values, in order of <see cref="GoldSpan.Start"/>; empty on a negative line.</param>
/// <param name="Family"><c>dev</c> or <c>heldout</c>: which template family wrote the line.</param>
/// <param name="Template">The name of the template that wrote the line.</param>
internal sealed record CorpusLine(
    string Id,
    string Text,
    string Source,
    IReadOnlyList<GoldSpan> Spans,
    string Family,
    string Template)
{
    [JsonIgnore]
    public bool IsNegative => Spans.Count == 0;
}
