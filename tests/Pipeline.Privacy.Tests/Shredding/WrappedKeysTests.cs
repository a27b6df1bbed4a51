using System.Text;
using Pipeline.Privacy.Shredding;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;

namespace Pipeline.Privacy.Tests.Shredding;

public sealed class WrappedKeysTests
{
    private const string RecordKey = "r0001/k/0123456789abcdef0123456789abcdef";

    [Fact]
    public void Wrap_ThenUnwrap_TheMaterial()
    {
        using var ring = new ProcessingKeyRing(UnsealingOptions.Development);
        byte[] secret = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();

        byte[] value = WrappedKeys.Wrap(ring.Current, WrappedKeyKind.DataKey, RecordKey, "0123456789abcdef0123456789abcdef", new KeyMaterial(secret, "frank", "frank-laptop"), 42);

        Assert.True(WrappedKeyCodec.TryRead(value, out WrappedKey? wrapped, out _));
        Assert.Equal(42, wrapped.CreatedMicros);
        Assert.True(WrappedKeys.TryUnwrap(ring, Encoding.UTF8.GetBytes(RecordKey), wrapped, out KeyMaterial? material));
        Assert.Equal(secret, material.Secret);
        Assert.Equal("frank", material.Subject);
        Assert.Equal("frank-laptop", material.Device);
        Assert.Equal(-1, value.AsSpan().IndexOf("frank"u8));
    }

    [Fact]
    public void TryUnwrap_UnderAnotherRecordKeyOrKind_False()
    {
        using var ring = new ProcessingKeyRing(UnsealingOptions.Development);
        byte[] value = WrappedKeys.Wrap(ring.Current, WrappedKeyKind.PersonSecret, "r0001/s/tag", "tag", new KeyMaterial(new byte[32], "gail", null), 1);
        Assert.True(WrappedKeyCodec.TryRead(value, out WrappedKey? wrapped, out _));

        Assert.False(WrappedKeys.TryUnwrap(ring, "r0002/s/tag"u8, wrapped, out _));
        Assert.False(WrappedKeys.TryUnwrap(ring, "r0001/s/tag"u8, wrapped with { Kind = WrappedKeyKind.DataKey }, out _));
        Assert.True(WrappedKeys.TryUnwrap(ring, "r0001/s/tag"u8, wrapped, out _));
    }
}
