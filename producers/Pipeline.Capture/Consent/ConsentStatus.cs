namespace Pipeline.Capture.Consent;

/// <summary>Where the person's consent stands on this device.</summary>
public enum ConsentStatus
{
    /// <summary>Never asked or never agreed: nothing is captured.</summary>
    None = 0,

    /// <summary>Agreed to the notice: allow-listed input is captured.</summary>
    Granted = 1,

    /// <summary>Paused until a time; nothing is captured until then, after which capture resumes by itself.</summary>
    Paused = 2,

    /// <summary>Withdrawn: nothing is captured until consent is granted again.</summary>
    Revoked = 3,
}
