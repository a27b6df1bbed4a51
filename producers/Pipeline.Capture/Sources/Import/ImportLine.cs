using Pipeline.Schemas.Model;

namespace Pipeline.Capture.Sources.Import;

/// <summary>One parsed line of an import file: an event, a consent change, or a refusal with its reason.</summary>
public sealed class ImportLine
{
    /// <summary>The 1-based line number in the file.</summary>
    public long LineNumber { get; internal set; }

    /// <summary>Event, consent change or refused.</summary>
    public ImportLineKind Kind { get; internal set; }

    /// <summary>The raw subject id.</summary>
    public string Subject { get; internal set; } = "";

    /// <summary>The device id.</summary>
    public string Device { get; internal set; } = "";

    /// <summary>The event (with its sequence number and time), for <see cref="ImportLineKind.Event"/>.</summary>
    public InteractionEvent Event;

    /// <summary>The consent transition, for <see cref="ImportLineKind.Consent"/>.</summary>
    public ConsentState ConsentState { get; internal set; }

    /// <summary>For a pause: when it ends, UTC microseconds.</summary>
    public long? UntilMicros { get; internal set; }

    /// <summary>For a refused line: the reason label (<c>malformed_json</c>, <c>key_identity</c>, ...).</summary>
    public string? Refusal { get; internal set; }

    /// <summary>For a refused line: a short explanation naming the field, never its value.</summary>
    public string? Detail { get; internal set; }
}
