namespace Pipeline.Schemas.Codec;

/// <summary>
/// Codec for <c>SealedBatch</c> (raw topic values): the envelope around an encrypted batch body. Writing leaves room
/// for the ciphertext, so a sealer encrypts straight into the record; reading returns spans into the input. No
/// allocation either way (the key id comes from the context's string pool).
/// </summary>
public static class SealedBatchCodec
{
    /// <summary>The record's full name in the schemas.</summary>
    public const string RecordName = "pipeline.interaction.v1.SealedBatch";

    /// <summary>Length of the single-object header (C3 01 and the fingerprint) that precedes an Avro body.</summary>
    public const int HeaderLength = SingleObject.HeaderLength;

    private const int KeyId = 0;
    private const int PayloadFingerprint = 1;
    private const int Nonce = 2;
    private const int Ciphertext = 3;

    private static readonly SingleObjectRecord s_record = new(RecordName, new RecordShape(["key_id", "payload_fingerprint", "nonce", "ciphertext"]));

    /// <summary>The fingerprint this build writes (the current schema's).</summary>
    public static ulong Fingerprint => s_record.Fingerprint;

    /// <summary>The most bytes a sealed batch under <paramref name="keyId"/> with that nonce and ciphertext length takes.</summary>
    public static int MaxEncodedLength(string keyId, int nonceLength, int ciphertextLength)
    {
        ArgumentNullException.ThrowIfNull(keyId);
        return SingleObject.HeaderLength + AvroBodyWriter.StringBytes(keyId) + AvroBodyWriter.MaxLongBytes
            + AvroBodyWriter.LongBytes(nonceLength) + nonceLength + AvroBodyWriter.LongBytes(ciphertextLength) + ciphertextLength;
    }

    /// <summary>
    /// Writes the envelope into <paramref name="destination"/> (at least <see cref="MaxEncodedLength"/> long), leaving
    /// room for the nonce at <paramref name="nonceOffset"/> and for <paramref name="ciphertextLength"/> bytes of
    /// ciphertext at the returned offset, where the caller encrypts. The whole value is the returned offset plus
    /// <paramref name="ciphertextLength"/> bytes.
    /// </summary>
    public static int WriteEnvelope(Span<byte> destination, string keyId, ulong payloadFingerprint, int nonceLength, int ciphertextLength, out int nonceOffset)
    {
        ArgumentNullException.ThrowIfNull(keyId);
        ArgumentOutOfRangeException.ThrowIfNegative(nonceLength);
        ArgumentOutOfRangeException.ThrowIfNegative(ciphertextLength);
        var writer = s_record.BeginWrite(destination);
        writer.WriteString(keyId);
        writer.WriteLong((long)payloadFingerprint);
        writer.WriteLong(nonceLength);
        nonceOffset = writer.Position;
        int ciphertextLengthAt = nonceOffset + nonceLength;
        var tail = new AvroBodyWriter(destination[ciphertextLengthAt..]);
        tail.WriteLong(ciphertextLength);
        return ciphertextLengthAt + tail.Position;
    }

    /// <summary>
    /// Writes the single-object header of the batch inside (its fingerprint, then the decrypted body follows), so that
    /// the batch's own codec reads the opened plaintext as it was written.
    /// </summary>
    public static void WritePayloadHeader(Span<byte> destination, ulong payloadFingerprint)
    {
        SingleObject.WriteHeader(destination, payloadFingerprint);
    }

    /// <summary>The schema fingerprint in a single-object header (the first 10 bytes of <paramref name="singleObject"/>).</summary>
    public static ulong FingerprintOf(ReadOnlySpan<byte> singleObject) => SingleObject.FingerprintOf(singleObject);

    /// <summary>Decodes a sealed batch written under any shipped version of the schema; the spans point into <paramref name="input"/>.</summary>
    public static bool TryRead(ReadOnlySpan<byte> input, DecodeContext context, out SealedBatch value, out DecodeError error)
    {
        value = default;
        if (!s_record.TryBeginRead(input, context, out RecordPlan plan, out AvroBodyReader reader, out error))
        {
            return false;
        }

        string keyId = "";
        ulong fingerprint = 0;
        ReadOnlySpan<byte> nonce = default, ciphertext = default;
        foreach (FieldStep step in plan.Steps)
        {
            switch (step.Target)
            {
                case KeyId:
                    keyId = reader.ReadPooledString(context.Strings);
                    break;
                case PayloadFingerprint:
                    fingerprint = (ulong)reader.ReadLong();
                    break;
                case Nonce:
                    nonce = reader.ReadLengthPrefixed(context.Limits.MaxBytesLength);
                    break;
                case Ciphertext:
                    ciphertext = reader.ReadLengthPrefixed(context.Limits.MaxBytesLength);
                    break;
                default:
                    reader.Skip(step.Writer);
                    break;
            }
        }

        if (!reader.TryEnd(out error))
        {
            return false;
        }

        value = new SealedBatch(keyId, fingerprint, nonce, ciphertext);
        return true;
    }

    /// <summary>With this thread's default context.</summary>
    public static bool TryRead(ReadOnlySpan<byte> input, out SealedBatch value, out DecodeError error) =>
        TryRead(input, DecodeContext.PerThread, out value, out error);
}
