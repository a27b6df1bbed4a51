namespace Pipeline.Schemas.Codec;

/// <summary>Why a single-object encoded value could not be decoded. Each maps to a dead-letter reason.</summary>
public enum DecodeErrorKind
{
    /// <summary>The input ended before the value did.</summary>
    Truncated,
    /// <summary>The first two bytes are not the single-object marker C3 01.</summary>
    BadMagic,
    /// <summary>The writer's schema fingerprint is not one this build ships.</summary>
    UnknownFingerprint,
    /// <summary>The fingerprint is known but belongs to another record type than the one asked for.</summary>
    WrongRecordType,
    /// <summary>The body does not follow the writer's schema (bad varint, bad union or enum index, invalid UTF-8, negative length, trailing bytes).</summary>
    MalformedBody,
    /// <summary>A length or count exceeds a configured safety limit.</summary>
    LimitExceeded,
    /// <summary>The writer's schema is known but cannot be resolved against this build's reader schema.</summary>
    IncompatibleSchema,
}
