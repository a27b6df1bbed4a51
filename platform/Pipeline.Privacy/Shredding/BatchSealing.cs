using System.Buffers;
using Pipeline.Schemas.Codec;

namespace Pipeline.Privacy.Shredding;

/// <summary>
/// A device batch as a raw topic value and back, the same on the device and in the processor: the batch's Avro body
/// encrypted under the data key (AES-256-GCM, fresh nonce) inside a <see cref="SealedBatch"/> envelope that keeps in
/// clear only the key id and the batch's schema fingerprint, bound (associated data) to the record key, the key id and
/// that fingerprint. Both directions write into buffers the caller owns; nothing is allocated per batch.
/// </summary>
public static class BatchSealing
{
    /// <summary>
    /// Seals <paramref name="encodedBatch"/> (a single-object encoded batch: C3 01, fingerprint, body) under
    /// <paramref name="key"/> for the record key <paramref name="recordKey"/>, appending the raw topic value to
    /// <paramref name="output"/>.
    /// </summary>
    public static void Seal(DataKey key, ReadOnlySpan<byte> recordKey, ReadOnlySpan<byte> encodedBatch, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(output);
        if (encodedBatch.Length < SealedBatchCodec.HeaderLength)
        {
            throw new ArgumentException("not a single-object encoded batch", nameof(encodedBatch));
        }

        ulong fingerprint = SealedBatchCodec.FingerprintOf(encodedBatch);
        ReadOnlySpan<byte> body = encodedBatch[SealedBatchCodec.HeaderLength..];
        int ciphertextLength = body.Length + DataKey.TagBytes;
        Span<byte> destination = output.GetSpan(SealedBatchCodec.MaxEncodedLength(key.Id, DataKey.NonceBytes, ciphertextLength));
        int ciphertextAt = SealedBatchCodec.WriteEnvelope(destination, key.Id, fingerprint, DataKey.NonceBytes, ciphertextLength, out int nonceAt);
        Span<byte> associatedData = stackalloc byte[AssociatedData.MaxBatchBytes];
        int bound = AssociatedData.ForBatch(recordKey, key.IdAscii, fingerprint, associatedData);
        key.Seal(body, associatedData[..bound], destination.Slice(nonceAt, DataKey.NonceBytes), destination.Slice(ciphertextAt, ciphertextLength));
        output.Advance(ciphertextAt + ciphertextLength);
    }

    /// <summary>The length of the opened batch's single-object encoding; negative when the ciphertext is shorter than a tag.</summary>
    public static int OpenedLength(SealedBatch batch) => SealedBatchCodec.HeaderLength + batch.Ciphertext.Length - DataKey.TagBytes;

    /// <summary>
    /// Opens <paramref name="batch"/> (read from a record with key <paramref name="recordKey"/>) under <paramref name="key"/>
    /// into <paramref name="encodedBatch"/> (at least <see cref="OpenedLength"/> long) as the batch's single-object
    /// encoding, ready for its codec; false when it was not sealed under this key, for this record key and schema.
    /// </summary>
    public static bool TryOpen(DataKey key, ReadOnlySpan<byte> recordKey, SealedBatch batch, Span<byte> encodedBatch, out int written)
    {
        ArgumentNullException.ThrowIfNull(key);
        written = 0;
        int length = OpenedLength(batch);
        if (length < SealedBatchCodec.HeaderLength || encodedBatch.Length < length || recordKey.Length > AssociatedData.MaxKeyBytes
            || !string.Equals(batch.KeyId, key.Id, StringComparison.Ordinal))
        {
            return false;
        }

        Span<byte> associatedData = stackalloc byte[AssociatedData.MaxBatchBytes];
        int bound = AssociatedData.ForBatch(recordKey, key.IdAscii, batch.PayloadFingerprint, associatedData);
        if (!key.TryOpen(batch.Nonce, batch.Ciphertext, associatedData[..bound], encodedBatch[SealedBatchCodec.HeaderLength..length]))
        {
            return false;
        }

        SealedBatchCodec.WritePayloadHeader(encodedBatch, batch.PayloadFingerprint);
        written = length;
        return true;
    }
}
