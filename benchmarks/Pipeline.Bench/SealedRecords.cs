using System.Text;
using Pipeline.Privacy.Shredding;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;

namespace Pipeline.Bench;

/// <summary>Opens and counts the events of raw records the bench's capture path produced, sealed (opened with the keys it also produced) or in clear.</summary>
internal static class SealedRecords
{
    public static int[] CountEvents(IReadOnlyList<(byte[] Key, byte[] Value)> raw, IReadOnlyList<(byte[] Key, byte[] Value)> keys, UnsealingOptions unsealing)
    {
        int[] counts = new int[raw.Count];
        var batch = new EventBatch();
        int i = 0;
        foreach ((byte[] _, byte[] value) in Open(raw, keys, unsealing))
        {
            counts[i++] = RawBatchCodec.TryRead(value, batch, out DecodeError error) ? batch.Count : throw new InvalidOperationException($"bench record does not decode: {error.Detail}");
        }

        return counts;
    }

    /// <summary>The raw records with every sealed batch opened (a batch in clear as it is), in order, under the same keys.</summary>
    public static List<(byte[] Key, byte[] Value)> Open(IReadOnlyList<(byte[] Key, byte[] Value)> raw, IReadOnlyList<(byte[] Key, byte[] Value)> keys, UnsealingOptions unsealing)
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

            var result = new List<(byte[] Key, byte[] Value)>(raw.Count);
            byte[] opened = new byte[64 * 1024];
            for (int i = 0; i < raw.Count; i++)
            {
                (byte[] key, byte[] value) = raw[i];
                if (!SealedBatchCodec.TryRead(value, out SealedBatch sealedBatch, out _))
                {
                    result.Add((key, value));
                    continue;
                }

                if (BatchSealing.OpenedLength(sealedBatch) > opened.Length)
                {
                    opened = new byte[BatchSealing.OpenedLength(sealedBatch)];
                }

                if (!dataKeys.TryGetValue(sealedBatch.KeyId, out DataKey? dataKey) || !BatchSealing.TryOpen(dataKey, key, sealedBatch, opened, out int written))
                {
                    throw new InvalidOperationException($"bench record {i} (key {Encoding.UTF8.GetString(key)}) does not open");
                }

                result.Add((key, opened.AsSpan(0, written).ToArray()));
            }

            return result;
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
