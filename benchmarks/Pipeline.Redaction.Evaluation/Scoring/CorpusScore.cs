namespace Pipeline.Redaction.Evaluation.Scoring;

/// <summary>The figures of one scoring run over one family (or both).</summary>
internal sealed record CorpusScore(
    string Family,
    int Lines,
    int NegativeLines,
    int NegativeLinesAltered,
    int PositiveLines,
    int ZeroLeakLines,
    int ZeroLeakLinesLeakView,
    int OrdinaryWords,
    int OrdinaryWordsAltered,
    IReadOnlyList<LabelScore> Labels,
    LabelScore Total)
{
    /// <summary>Share of lines with no gold span on which the redactor replaced anything.</summary>
    public double? NegativeLinesAlteredShare => NegativeLines == 0 ? null : (double)NegativeLinesAltered / NegativeLines;

    /// <summary>Share of words (runs of letters and digits) outside every gold span that a prediction touches.</summary>
    public double? OrdinaryWordsAlteredShare => OrdinaryWords == 0 ? null : (double)OrdinaryWordsAltered / OrdinaryWords;

    /// <summary>Share of lines with gold spans on which every gold span is caught (typed).</summary>
    public double? ZeroLeakShare => PositiveLines == 0 ? null : (double)ZeroLeakLines / PositiveLines;

    /// <summary>Share of lines with gold spans on which no gold character survives (leak view).</summary>
    public double? ZeroLeakShareLeakView => PositiveLines == 0 ? null : (double)ZeroLeakLinesLeakView / PositiveLines;
}
