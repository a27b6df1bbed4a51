using System.Text.Json.Serialization;

namespace Pipeline.Redaction.Evaluation.Corpus;

/// <summary>
/// One planted value of a corpus line: <see cref="Start"/> inclusive, <see cref="End"/> exclusive, both in UTF-16
/// code units (what a C# string indexes), and the exact <see cref="Text"/> the template planted there.
/// </summary>
internal sealed record GoldSpan(int Start, int End, string Label, string Text)
{
    [JsonIgnore]
    public int Length => End - Start;
}
