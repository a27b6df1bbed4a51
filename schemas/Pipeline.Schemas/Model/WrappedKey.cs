namespace Pipeline.Schemas.Model;

/// <summary>A secret wrapped for the processing side, as a keys topic value (Avro <c>WrappedKey</c>).</summary>
/// <param name="Kind">A data key or a person secret.</param>
/// <param name="KeyId">The data key's id, or the person tag.</param>
/// <param name="WrappingVersion">The processing key pair it is wrapped for.</param>
/// <param name="EphemeralKey">The ephemeral public key (uncompressed P-256 point).</param>
/// <param name="Nonce">The AES-GCM nonce.</param>
/// <param name="Ciphertext">The encrypted <see cref="KeyMaterial"/> and its tag.</param>
/// <param name="CreatedMicros">When it was made, UTC microseconds.</param>
public sealed record WrappedKey(
    WrappedKeyKind Kind,
    string KeyId,
    int WrappingVersion,
    byte[] EphemeralKey,
    byte[] Nonce,
    byte[] Ciphertext,
    long CreatedMicros);
