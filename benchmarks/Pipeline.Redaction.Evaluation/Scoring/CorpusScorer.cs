using Pipeline.Redaction.Evaluation.Corpus;

namespace Pipeline.Redaction.Evaluation.Scoring;

/// <summary>Scores a predictor on corpus lines by <see cref="MatchRule"/>.</summary>
internal static class CorpusScorer
{
    /// <summary>The row for predictions whose kind is none of <see cref="GoldLabel.All"/>: counted, never correct.</summary>
    public const string OtherLabel = "OTHER";

    public static LineOutcome Evaluate(CorpusLine line, ISpanPredictor predictor)
    {
        IReadOnlyList<PredictedSpan> predictions = predictor.Predict(line.Text);
        foreach (PredictedSpan p in predictions)
        {
            if (p.Start < 0 || p.End > line.Text.Length || p.Start >= p.End)
            {
                throw new InvalidOperationException(
                    $"{line.Id}: the redactor returned the span [{p.Start},{p.End}) for a text of {line.Text.Length} code units");
            }
        }
        var caught = new bool[line.Spans.Count];
        var hidden = new bool[line.Spans.Count];
        for (int g = 0; g < line.Spans.Count; g++)
        {
            GoldSpan gold = line.Spans[g];
            foreach (PredictedSpan p in predictions)
            {
                if (MatchRule.Catches(p, gold))
                {
                    caught[g] = true;
                    break;
                }
            }
            hidden[g] = MatchRule.Hides(predictions, gold);
        }
        var correct = new bool[predictions.Count];
        for (int i = 0; i < predictions.Count; i++)
        {
            foreach (GoldSpan gold in line.Spans)
            {
                if (MatchRule.Catches(predictions[i], gold))
                {
                    correct[i] = true;
                    break;
                }
            }
        }
        (int words, int altered) = CountOrdinaryWords(line, predictions);
        return new LineOutcome(line, predictions, caught, hidden, correct, words, altered);
    }

    public static CorpusScore Score(string family, IEnumerable<LineOutcome> outcomes)
    {
        var tallies = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (string label in GoldLabel.All)
        {
            tallies[label] = new int[5];
        }
        tallies[OtherLabel] = new int[5];
        int lines = 0, negatives = 0, negativesAltered = 0, positives = 0, zeroLeak = 0, zeroLeakLeakView = 0, words = 0, wordsAltered = 0;
        foreach (LineOutcome outcome in outcomes)
        {
            lines++;
            words += outcome.OrdinaryWords;
            wordsAltered += outcome.OrdinaryWordsAltered;
            if (outcome.Line.IsNegative)
            {
                negatives++;
                if (outcome.Predictions.Count > 0)
                {
                    negativesAltered++;
                }
            }
            else
            {
                positives++;
                bool allCaught = true, allHidden = true;
                for (int g = 0; g < outcome.Line.Spans.Count; g++)
                {
                    int[] t = Tally(tallies, outcome.Line.Spans[g].Label);
                    t[0]++;
                    if (outcome.GoldCaught[g])
                    {
                        t[1]++;
                    }
                    else
                    {
                        allCaught = false;
                    }
                    if (outcome.GoldHidden[g])
                    {
                        t[2]++;
                    }
                    else
                    {
                        allHidden = false;
                    }
                }
                zeroLeak += allCaught ? 1 : 0;
                zeroLeakLeakView += allHidden ? 1 : 0;
            }
            for (int i = 0; i < outcome.Predictions.Count; i++)
            {
                int[] t = Tally(tallies, outcome.Predictions[i].Label);
                t[3]++;
                if (outcome.PredictionCorrect[i])
                {
                    t[4]++;
                }
            }
        }
        var labels = new List<LabelScore>(tallies.Count);
        var total = new int[5];
        foreach (string label in GoldLabel.All)
        {
            labels.Add(ToScore(label, tallies[label], total));
        }
        labels.Add(ToScore(OtherLabel, tallies[OtherLabel], total));
        return new CorpusScore(
            family, lines, negatives, negativesAltered, positives, zeroLeak, zeroLeakLeakView, words, wordsAltered,
            labels, new LabelScore("ALL", total[0], total[1], total[2], total[3], total[4]));
    }

    private static int[] Tally(Dictionary<string, int[]> tallies, string label) =>
        tallies.TryGetValue(label, out int[]? t) ? t : tallies[OtherLabel];

    private static LabelScore ToScore(string label, int[] t, int[] total)
    {
        for (int i = 0; i < t.Length; i++)
        {
            total[i] += t[i];
        }
        return new LabelScore(label, t[0], t[1], t[2], t[3], t[4]);
    }

    /// <summary>
    /// Words are maximal runs of letters, digits and combining marks. A word is ordinary when none of its characters
    /// lies in a gold span, and altered when any of its characters lies in a prediction.
    /// </summary>
    private static (int Words, int Altered) CountOrdinaryWords(CorpusLine line, IReadOnlyList<PredictedSpan> predictions)
    {
        string text = line.Text;
        int words = 0, altered = 0;
        int i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }
            int start = i;
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }
            bool inGold = false;
            foreach (GoldSpan gold in line.Spans)
            {
                if (SpanMath.Overlaps(start, i, gold.Start, gold.End))
                {
                    inGold = true;
                    break;
                }
            }
            if (inGold)
            {
                continue;
            }
            words++;
            foreach (PredictedSpan p in predictions)
            {
                if (SpanMath.Overlaps(start, i, p.Start, p.End))
                {
                    altered++;
                    break;
                }
            }
        }
        return (words, altered);
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
