using System.Text;
using Pipeline.Privacy.Shredding;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;

namespace Pipeline.Bench;

/// <summary>Counts the events of raw records the bench's capture path produced, sealed (opened with the keys it also produced) or in clear.</summary>
internal static class SealedRecords
{
    public static int[] CountEvents(IReadOnlyList<(byte[] Key, byte[] Value)> raw, IReadOnlyList<(byte[] Key, byte[] Value)> keys, UnsealingOptions unsealing)
    {
        using var ring = new ProcessingKeyRing(unsealing);
        var dataKeys = new Dictionary<string, DataKey>(StringComparer.Ordinal);
        try
        {
            foreach ((byte[] key, byte[] value) in keys)
            {
                if (WrappedKeyCodec.TryRead(value, out WrappedKey? wrapped, out _) && WrappedKeys.TryUnwrap(ring, key, wrapped, out KeyMaterial? material))
                {
                    dataKeys[wrapped.KeyId] = DataKey.FromMaterial(wrapped.KeyId, material.Secret);
                }
            }

            int[] counts = new int[raw.Count];
            var batch = new EventBatch();
            byte[] opened = new byte[64 * 1024];
            for (int i = 0; i < raw.Count; i++)
            {
                (byte[] key, byte[] value) = raw[i];
                ReadOnlySpan<byte> encoded = value;
                if (SealedBatchCodec.TryRead(value, out SealedBatch sealedBatch, out _))
                {
                    if (BatchSealing.OpenedLength(sealedBatch) > opened.Length)
                    {
                        opened = new byte[BatchSealing.OpenedLength(sealedBatch)];
                    }

                    if (!dataKeys.TryGetValue(sealedBatch.KeyId, out DataKey? dataKey) || !BatchSealing.TryOpen(dataKey, key, sealedBatch, opened, out int written))
                    {
                        throw new InvalidOperationException($"bench record {i} (key {Encoding.UTF8.GetString(key)}) does not open");
                    }

                    encoded = opened.AsSpan(0, written);
                }

                counts[i] = RawBatchCodec.TryRead(encoded, batch, out DecodeError error) ? batch.Count : throw new InvalidOperationException($"bench record does not decode: {error.Detail}");
            }

            return counts;
        }
        finally
        {
            foreach (DataKey dataKey in dataKeys.Values)
            {
                dataKey.Dispose();
            }
        }
    }
}
