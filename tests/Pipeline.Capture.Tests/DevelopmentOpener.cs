using System.Text;
using Pipeline.Privacy.Shredding;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;

namespace Pipeline.Capture.Tests;

/// <summary>
/// Opens raw batches as the processor would, for assertions: data keys from key records (the keys topic, or the spool's
/// key entries) unwrapped with the development key pair, then sealed batches opened under them; a batch in clear is
/// returned as it is.
/// </summary>
internal sealed class DevelopmentOpener : IDisposable
{
    private readonly ProcessingKeyRing _ring = new(UnsealingOptions.Development);
    private readonly Dictionary<string, DataKey> _keys = new(StringComparer.Ordinal);

    /// <summary>Takes one key record (its record key and value).</summary>
    public void AddKey(string key, byte[] value)
    {
        Assert.True(WrappedKeyCodec.TryRead(value, out WrappedKey? wrapped, out _));
        Assert.True(WrappedKeys.TryUnwrap(_ring, Encoding.UTF8.GetBytes(key), wrapped, out KeyMaterial? material), "a key record that does not unwrap");
        _keys[wrapped.KeyId] = DataKey.FromMaterial(wrapped.KeyId, material.Secret);
    }

    /// <summary>The encoded batch inside one raw record (its record key and value).</summary>
    public byte[] Open(string key, byte[] value)
    {
        if (!SealedBatchCodec.TryRead(value, out SealedBatch sealedBatch, out _))
        {
            return value;
        }

        Assert.True(_keys.TryGetValue(sealedBatch.KeyId, out DataKey? dataKey), "a batch before its data key");
        var encoded = new byte[BatchSealing.OpenedLength(sealedBatch)];
        Assert.True(BatchSealing.TryOpen(dataKey, Encoding.UTF8.GetBytes(key), sealedBatch, encoded, out _));
        return encoded;
    }

    public void Dispose()
    {
        foreach (DataKey dataKey in _keys.Values)
        {
            dataKey.Dispose();
        }

        _ring.Dispose();
    }
}
