namespace Pipeline.Processing.Consent;

/// <summary>Whether an event may pass, by its subject's consent at the event's time. Each refusal is a drop reason.</summary>
public enum ConsentVerdict : byte
{
    /// <summary>Consent was granted (or resumed, or a pause had run out) at the event's time.</summary>
    Granted,
    /// <summary>No consent was on record at the event's time (never granted, or granted only later).</summary>
    NoConsent,
    /// <summary>The subject had paused capture at the event's time.</summary>
    Paused,
    /// <summary>The subject had revoked consent at the event's time.</summary>
    Revoked,
    /// <summary>
    /// The subject's latest consent record could not be read: whatever the event's time, nothing passes until a
    /// readable change for the subject arrives (fail closed).
    /// </summary>
    Unreadable,
}
