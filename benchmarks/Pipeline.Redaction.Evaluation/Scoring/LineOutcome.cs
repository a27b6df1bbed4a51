using Pipeline.Redaction.Evaluation.Corpus;

namespace Pipeline.Redaction.Evaluation.Scoring;

/// <summary>One line, what the redactor found in it, and which gold spans and predictions matched.</summary>
internal sealed record LineOutcome(
    CorpusLine Line,
    IReadOnlyList<PredictedSpan> Predictions,
    IReadOnlyList<bool> GoldCaught,
    IReadOnlyList<bool> GoldHidden,
    IReadOnlyList<bool> PredictionCorrect,
    int OrdinaryWords,
    int OrdinaryWordsAltered)
{
    public bool HasErrors
    {
        get
        {
            foreach (bool caught in GoldCaught)
            {
                if (!caught)
                {
                    return true;
                }
            }
            foreach (bool correct in PredictionCorrect)
            {
                if (!correct)
                {
                    return true;
                }
            }
            return false;
        }
    }
}
