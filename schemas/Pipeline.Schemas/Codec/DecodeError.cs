namespace Pipeline.Schemas.Codec;

/// <summary>A typed decode failure: what went wrong and where, never with event content.</summary>
public readonly record struct DecodeError(DecodeErrorKind Kind, string Detail)
{
    /// <summary>The dead-letter reason string for this error, e.g. <c>unknown_fingerprint</c>.</summary>
    public string Reason => Kind switch
    {
        DecodeErrorKind.Truncated => "truncated",
        DecodeErrorKind.BadMagic => "bad_magic",
        DecodeErrorKind.UnknownFingerprint => "unknown_fingerprint",
        DecodeErrorKind.WrongRecordType => "wrong_record_type",
        DecodeErrorKind.MalformedBody => "malformed_body",
        DecodeErrorKind.LimitExceeded => "limit_exceeded",
        DecodeErrorKind.IncompatibleSchema => "incompatible_schema",
        _ => "unknown",
    };
}
