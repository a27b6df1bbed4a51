namespace Pipeline.Privacy;

/// <summary>One span of a text that the <see cref="Redactor"/> replaces with the placeholder of <see cref="Kind"/>.</summary>
public readonly record struct Redaction(int Start, int Length, PiiKind Kind)
{
    /// <summary>The end of the span (exclusive).</summary>
    public int End => Start + Length;
}
