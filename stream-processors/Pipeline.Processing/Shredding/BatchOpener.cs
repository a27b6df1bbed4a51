using Pipeline.Privacy.Shredding;
using Pipeline.Schemas;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;

namespace Pipeline.Processing.Shredding;

/// <summary>
/// The decrypt step in front of decoding, one per partition: reads a raw record's <c>SealedBatch</c> envelope, finds
/// its data key in the keys table, opens it (AES-256-GCM, bound to the record key, key id and schema) into a reused
/// buffer and decodes the batch inside, checking that it is the key owner's (subject and device). A record that is not
/// a sealed batch is dead-lettered without its payload, which could be plaintext; one that is sealed keeps its
/// ciphertext in the dead letter, readable only while its person's key exists. With
/// <see cref="Runner.ProcessorOptions.AcceptUnencryptedBatches"/> a batch in clear is read as before encryption.
/// </summary>
internal sealed class BatchOpener(KeysTable keys, bool acceptUnencrypted)
{
    private byte[] _opened = new byte[64 * 1024];

    /// <summary>
    /// Reads <paramref name="value"/> (record key <paramref name="recordKey"/>) into <paramref name="into"/>. On
    /// <see cref="BatchOpening.Opened"/>, <paramref name="key"/> is the batch's data key (null when it came in clear).
    /// On <see cref="BatchOpening.DeadLetter"/>, the reason and detail, and whether the payload may be kept. A key the
    /// table does not know is <see cref="BatchOpening.KeyUnknown"/> unless it is known to be erased or
    /// <paramref name="keysAtEnd"/> says the keys topic was just read to its end (then <see cref="BatchOpening.Erased"/>).
    /// Spans, so the runner's reused record buffers are read without a copy; the envelope is decoded once.
    /// </summary>
    public BatchOpening Open(ReadOnlySpan<byte> recordKey, ReadOnlySpan<byte> value, EventBatch into, out DataKey? key, out string reason, out string detail, out bool keepPayload,
        bool keysAtEnd = true)
    {
        key = null;
        reason = "";
        detail = "";
        keepPayload = false;
        if (!SealedBatchCodec.TryRead(value, out SealedBatch batch, out DecodeError envelopeError))
        {
            return OpenPlain(value, envelopeError, into, ref reason, ref detail, ref keepPayload);
        }

        keepPayload = true;
        ReadOnlySpan<byte> route = recordKey;
        switch (keys.Find(batch.KeyId, route, out key, out string owner, out string device))
        {
            case DataKeyLookup.Missing:
                return keysAtEnd || keys.IsKnownMissing(batch.KeyId) ? BatchOpening.Erased : BatchOpening.KeyUnknown;
            case DataKeyLookup.Unusable:
                reason = "key_unusable";
                detail = "the batch's data key does not unwrap with this processor's key pairs, or was published under another route";
                return BatchOpening.DeadLetter;
        }

        int length = BatchSealing.OpenedLength(batch);
        if (length > _opened.Length)
        {
            _opened = new byte[Math.Max(length, _opened.Length * 2)];
        }

        if (length < SealedBatchCodec.HeaderLength || !BatchSealing.TryOpen(key!, route, batch, _opened, out int written))
        {
            key = null;
            reason = "undecryptable";
            detail = "the batch does not open under its data key for this record key and schema (damaged, forged or moved)";
            return BatchOpening.DeadLetter;
        }

        try
        {
            if (!RawBatchCodec.TryRead(_opened.AsSpan(0, written), into, out DecodeError error))
            {
                reason = error.Reason;
                detail = error.Detail;
                return BatchOpening.DeadLetter;
            }
        }
        finally
        {
            // The plaintext does not wait in the buffer for the next batch.
            Array.Clear(_opened, 0, written);
        }

        if (!string.Equals(into.Subject, owner, StringComparison.Ordinal) || !string.Equals(into.Device, device, StringComparison.Ordinal))
        {
            into.Clear();
            reason = "key_mismatch";
            detail = "the batch is sealed under a data key of another subject or device";
            return BatchOpening.DeadLetter;
        }

        return BatchOpening.Opened;
    }

    private BatchOpening OpenPlain(ReadOnlySpan<byte> value, DecodeError envelopeError, EventBatch into, ref string reason, ref string detail, ref bool keepPayload)
    {
        if (acceptUnencrypted)
        {
            // As before encryption: a plain batch decodes, anything else is dead-lettered with its payload.
            if (RawBatchCodec.TryRead(value, into, out DecodeError error))
            {
                return BatchOpening.Opened;
            }

            reason = error.Reason;
            detail = error.Detail;
            keepPayload = true;
            return BatchOpening.DeadLetter;
        }

        if (envelopeError.Kind == DecodeErrorKind.WrongRecordType && IsPlainBatch(value))
        {
            reason = "unencrypted";
            detail = "a batch in clear: only sealed batches are accepted (Processor:AcceptUnencryptedBatches for agents from before encryption); its payload is not kept";
            return BatchOpening.DeadLetter;
        }

        reason = envelopeError.Reason;
        detail = envelopeError.Detail + "; not a sealed batch, so its payload is not kept";
        return BatchOpening.DeadLetter;
    }

    private static bool IsPlainBatch(ReadOnlySpan<byte> value) =>
        value.Length >= SealedBatchCodec.HeaderLength
        && SchemaCatalog.Shipped.TryResolve(SealedBatchCodec.FingerprintOf(value), out SchemaEntry? entry)
        && entry.RecordName == RawBatchCodec.RecordName;
}
