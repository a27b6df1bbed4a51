namespace Pipeline.Capture.Sources.Import;

/// <summary>What one line of an import file turned out to be.</summary>
public enum ImportLineKind
{
    /// <summary>An interaction event.</summary>
    Event,

    /// <summary>A consent change.</summary>
    Consent,

    /// <summary>A line that was refused; see <see cref="ImportLine.Refusal"/>.</summary>
    Refused,
}
