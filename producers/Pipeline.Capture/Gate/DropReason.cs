namespace Pipeline.Capture.Gate;

/// <summary>Why the privacy gate refused an event. The labels are the metric's <c>reason</c> values.</summary>
public enum DropReason
{
    /// <summary>Not dropped.</summary>
    None = 0,

    /// <summary>No consent recorded (<c>no_consent</c>).</summary>
    NoConsent,

    /// <summary>Consent paused at the event's time (<c>paused</c>).</summary>
    Paused,

    /// <summary>Consent revoked (<c>revoked</c>).</summary>
    Revoked,

    /// <summary>The focused application is not on the allow-list, or no focus is known yet (<c>not_allowlisted</c>).</summary>
    NotAllowListed,

    /// <summary>The disk spool is full; capture stopped until the broker takes data again (<c>spool_full</c>).</summary>
    SpoolFull,
}
