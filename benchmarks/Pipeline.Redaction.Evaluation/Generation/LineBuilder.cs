using System.Text;
using Pipeline.Redaction.Evaluation.Corpus;

namespace Pipeline.Redaction.Evaluation.Generation;

/// <summary>Assembles a line and records where each planted value landed, in UTF-16 code units.</summary>
internal sealed class LineBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<GoldSpan> _spans = [];

    public void Append(string literal) => _text.Append(literal);

    public void Plant(string label, string value)
    {
        if (value.Length == 0)
        {
            throw new InvalidOperationException($"a {label} value came out empty");
        }
        int start = _text.Length;
        _text.Append(value);
        _spans.Add(new GoldSpan(start, _text.Length, label, value));
    }

    public string Text => _text.ToString();

    public IReadOnlyList<GoldSpan> Spans => _spans.ToArray();
}
