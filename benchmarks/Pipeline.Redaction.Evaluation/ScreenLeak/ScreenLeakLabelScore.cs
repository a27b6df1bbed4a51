namespace Pipeline.Redaction.Evaluation.ScreenLeak;

/// <summary>One ScreenLeak label's counts, as its scorer keeps them.</summary>
internal sealed record ScreenLeakLabelScore(string Label, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);
}
