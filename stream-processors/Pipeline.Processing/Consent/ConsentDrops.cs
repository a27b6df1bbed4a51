namespace Pipeline.Processing.Consent;

/// <summary>
/// Events dropped before scrubbing, by reason (the metric's <c>reason</c> label): by consent
/// (<see cref="ConsentTable.Filter"/>) and by the stream's app gate (<see cref="Apps.AppGate.Filter"/>).
/// </summary>
public struct ConsentDrops
{
    /// <summary>Reason <c>no_consent</c>.</summary>
    public long NoConsent;

    /// <summary>Reason <c>paused</c>.</summary>
    public long Paused;

    /// <summary>Reason <c>revoked</c>.</summary>
    public long Revoked;

    /// <summary>Reason <c>consent_unreadable</c>: the subject's latest consent record could not be read (fail closed).</summary>
    public long ConsentUnreadable;

    /// <summary>Reason <c>app_not_allowed</c>: the stream's app gate does not admit the focused application.</summary>
    public long AppNotAllowed;

    /// <summary>All drops.</summary>
    public readonly long Total => NoConsent + Paused + Revoked + ConsentUnreadable + AppNotAllowed;
}
