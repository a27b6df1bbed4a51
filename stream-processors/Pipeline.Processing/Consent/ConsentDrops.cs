namespace Pipeline.Processing.Consent;

/// <summary>Events dropped by <see cref="ConsentTable.Filter"/>, by reason (the metric's <c>reason</c> label).</summary>
public struct ConsentDrops
{
    /// <summary>Reason <c>no_consent</c>.</summary>
    public long NoConsent;

    /// <summary>Reason <c>paused</c>.</summary>
    public long Paused;

    /// <summary>Reason <c>revoked</c>.</summary>
    public long Revoked;

    /// <summary>All drops.</summary>
    public readonly long Total => NoConsent + Paused + Revoked;
}
