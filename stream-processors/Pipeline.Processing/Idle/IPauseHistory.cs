namespace Pipeline.Processing.Idle;

/// <summary>Answers whether a subject had paused capture during a gap (the consent table does).</summary>
public interface IPauseHistory
{
    /// <summary>Whether the subject behind <paramref name="subjectPseudonym"/> was paused strictly between the two times.</summary>
    bool WasPausedBetween(string subjectPseudonym, long fromMicros, long toMicros);
}
