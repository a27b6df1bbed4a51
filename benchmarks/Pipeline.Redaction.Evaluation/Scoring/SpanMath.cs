namespace Pipeline.Redaction.Evaluation.Scoring;

/// <summary>The span arithmetic both scorers share.</summary>
internal static class SpanMath
{
    /// <summary>Character IoU of [aStart, aEnd) and [bStart, bEnd): shared characters over the characters of either.</summary>
    public static double Iou(int aStart, int aEnd, int bStart, int bEnd)
    {
        int intersection = Math.Max(0, Math.Min(aEnd, bEnd) - Math.Max(aStart, bStart));
        int union = Math.Max(aEnd, bEnd) - Math.Min(aStart, bStart);
        return union > 0 ? (double)intersection / union : 0.0;
    }

    public static bool Covers(int outerStart, int outerEnd, int innerStart, int innerEnd) =>
        outerStart <= innerStart && outerEnd >= innerEnd;

    public static bool Overlaps(int aStart, int aEnd, int bStart, int bEnd) =>
        Math.Min(aEnd, bEnd) > Math.Max(aStart, bStart);
}
