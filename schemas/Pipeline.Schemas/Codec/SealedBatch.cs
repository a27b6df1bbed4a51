namespace Pipeline.Schemas.Codec;

/// <summary>A decoded <c>SealedBatch</c> (raw topic value), its spans into the input (valid while the input is).</summary>
public readonly ref struct SealedBatch
{
    public SealedBatch(string keyId, ulong payloadFingerprint, ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> ciphertext)
    {
        KeyId = keyId;
        PayloadFingerprint = payloadFingerprint;
        Nonce = nonce;
        Ciphertext = ciphertext;
    }

    /// <summary>The id of the data key it is sealed under.</summary>
    public string KeyId { get; }

    /// <summary>The writer schema fingerprint of the batch inside.</summary>
    public ulong PayloadFingerprint { get; }

    /// <summary>The AES-GCM nonce.</summary>
    public ReadOnlySpan<byte> Nonce { get; }

    /// <summary>The encrypted batch body and its tag.</summary>
    public ReadOnlySpan<byte> Ciphertext { get; }
}
