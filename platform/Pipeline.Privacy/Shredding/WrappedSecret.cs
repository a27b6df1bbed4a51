namespace Pipeline.Privacy.Shredding;

/// <summary>
/// A secret (a data key, a person's secret) wrapped for the processing side: ECDH P-256 between a fresh ephemeral key
/// and the processing key pair of <paramref name="Version"/>, HKDF-SHA256, AES-256-GCM. Only a holder of that
/// version's private key can unwrap it.
/// </summary>
/// <param name="Version">The processing key pair it is wrapped for.</param>
/// <param name="EphemeralKey">The ephemeral public key: an uncompressed P-256 point (65 bytes).</param>
/// <param name="Nonce">The AES-GCM nonce (12 bytes).</param>
/// <param name="Ciphertext">The encrypted secret and its 16-byte tag.</param>
public sealed record WrappedSecret(int Version, byte[] EphemeralKey, byte[] Nonce, byte[] Ciphertext);
