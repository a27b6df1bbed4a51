using System.Globalization;
using Pipeline.Redaction.Evaluation.Corpus;

namespace Pipeline.Redaction.Evaluation.Scoring;

/// <summary>Prints a <see cref="CorpusScore"/> as a table, and a dev run's misses and false hits.</summary>
internal static class ScoreReportWriter
{
    public static void Write(TextWriter output, string corpusName, CorpusScore score, IReadOnlyList<CorpusScore> byFamily)
    {
        output.WriteLine($"Redaction evaluation: {corpusName}, family {score.Family}: {score.Lines} lines, {score.NegativeLines} without PII, {score.PositiveLines} with {score.Total.Gold} gold spans");
        output.WriteLine("typed = a prediction of the same label with character IoU >= 0.5 or covering the gold span; leak = every gold character replaced by some prediction");
        output.WriteLine();
        output.WriteLine($"{"label",-10} {"gold",6} {"caught",7} {"recall",7} {"hidden",7} {"leak-rec",8} {"predicted",9} {"correct",8} {"precision",9}");
        foreach (LabelScore l in score.Labels)
        {
            if (string.Equals(l.Label, CorpusScorer.OtherLabel, StringComparison.Ordinal) && l.Predicted == 0)
            {
                continue;
            }
            WriteRow(output, l);
        }
        WriteRow(output, score.Total);
        output.WriteLine();
        output.WriteLine($"negative lines altered   {score.NegativeLinesAltered,6} / {score.NegativeLines,-6} {Percent(score.NegativeLinesAlteredShare)}");
        output.WriteLine($"ordinary words altered   {score.OrdinaryWordsAltered,6} / {score.OrdinaryWords,-6} {Percent(score.OrdinaryWordsAlteredShare)}");
        output.WriteLine($"zero-leak lines (typed)  {score.ZeroLeakLines,6} / {score.PositiveLines,-6} {Percent(score.ZeroLeakShare)}");
        output.WriteLine($"zero-leak lines (leak)   {score.ZeroLeakLinesLeakView,6} / {score.PositiveLines,-6} {Percent(score.ZeroLeakShareLeakView)}");
        if (byFamily.Count > 1)
        {
            output.WriteLine();
            output.WriteLine($"{"family",-8} {"lines",6} {"recall",7} {"leak-rec",8} {"precision",9} {"neg-altered",11} {"words-altered",13} {"zero-leak",9}");
            foreach (CorpusScore f in byFamily)
            {
                output.WriteLine($"{f.Family,-8} {f.Lines,6} {Ratio(f.Total.Recall),7} {Ratio(f.Total.LeakRecall),8} {Ratio(f.Total.Precision),9} {Percent(f.NegativeLinesAlteredShare),11} {Percent(f.OrdinaryWordsAlteredShare),13} {Percent(f.ZeroLeakShare),9}");
            }
        }
    }

    /// <summary>Every line with a miss (typed) or a false hit: what was planted, what the redactor did.</summary>
    public static void WriteErrors(TextWriter output, IEnumerable<LineOutcome> outcomes)
    {
        int shown = 0;
        foreach (LineOutcome outcome in outcomes)
        {
            if (!outcome.HasErrors)
            {
                continue;
            }
            shown++;
            CorpusLine line = outcome.Line;
            output.WriteLine($"{line.Id}  {line.Text}");
            for (int g = 0; g < line.Spans.Count; g++)
            {
                if (outcome.GoldCaught[g])
                {
                    continue;
                }
                GoldSpan gold = line.Spans[g];
                string view = outcome.GoldHidden[g] ? "hidden under another label or span" : "leaks";
                output.WriteLine($"    miss       {gold.Label,-9} \"{gold.Text}\" ({view}){Overlapping(line.Text, outcome.Predictions, gold)}");
            }
            for (int i = 0; i < outcome.Predictions.Count; i++)
            {
                if (outcome.PredictionCorrect[i])
                {
                    continue;
                }
                PredictedSpan p = outcome.Predictions[i];
                output.WriteLine($"    false hit  {p.Label,-9} \"{line.Text[p.Start..p.End]}\"");
            }
        }
        output.WriteLine($"{shown} lines with errors");
    }

    private static string Overlapping(string text, IReadOnlyList<PredictedSpan> predictions, GoldSpan gold)
    {
        var parts = new List<string>();
        foreach (PredictedSpan p in predictions)
        {
            if (SpanMath.Overlaps(p.Start, p.End, gold.Start, gold.End))
            {
                parts.Add($"{p.Label} \"{text[p.Start..p.End]}\"");
            }
        }
        return parts.Count == 0 ? string.Empty : "; predicted " + string.Join(", ", parts);
    }

    private static void WriteRow(TextWriter output, LabelScore l) =>
        output.WriteLine($"{l.Label,-10} {l.Gold,6} {l.Caught,7} {Ratio(l.Recall),7} {l.Hidden,7} {Ratio(l.LeakRecall),8} {l.Predicted,9} {l.PredictedCorrect,8} {Ratio(l.Precision),9}");

    public static string Ratio(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "-";

    public static string Percent(double? value) => value is { } v ? (v * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %" : "-";
}
