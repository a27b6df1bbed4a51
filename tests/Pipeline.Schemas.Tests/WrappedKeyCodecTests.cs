using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;

namespace Pipeline.Schemas.Tests;

public sealed class WrappedKeyCodecTests
{
    private static readonly CodecConformance<WrappedKey> s_conformance = new(
        WrappedKeyCodec.RecordName,
        ModelGen.WrappedKeys,
        WrappedKeyCodec.Write,
        WrappedKeyCodec.TryRead,
        AvroReference.FromWrappedKey,
        AvroReference.ToWrappedKey,
        AssertEqual);

    private static WrappedKey Sample() => new(WrappedKeyKind.PersonSecret, "0123456789abcdef", 3, new byte[65], new byte[12], new byte[48], 1_750_000_000_000_000);

    [Fact]
    public void Write_ThenTryRead_RoundTripsEveryField()
    {
        byte[] bytes = AvroReference.Encode(Sample(), WrappedKeyCodec.Write);

        Assert.True(WrappedKeyCodec.TryRead(bytes, out WrappedKey? decoded, out DecodeError error), error.Detail);
        AssertEqual(Sample(), decoded);
    }

    [Fact]
    public void Write_AnyWrappedKey_BodyEqualsApacheGenericWriterByteForByte() => s_conformance.BodyEqualsApacheWriter();

    [Fact]
    public void Write_AnyWrappedKey_ApacheGenericReaderReadsItBack() => s_conformance.ApacheReaderReadsOurs();

    [Fact]
    public void TryRead_AnyApacheWrittenWrappedKey_DecodesIt() => s_conformance.WeReadApacheOutput();

    [Fact]
    public void TryRead_TruncatedOrTrailing_FailsTyped() => s_conformance.EveryTruncationFails(Sample());

    [Fact]
    public void TryRead_RandomBodies_NeverThrow() => s_conformance.RandomBodiesNeverThrow();

    internal static void AssertEqual(WrappedKey expected, WrappedKey? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal((expected.Kind, expected.KeyId, expected.WrappingVersion, expected.CreatedMicros), (actual.Kind, actual.KeyId, actual.WrappingVersion, actual.CreatedMicros));
        Assert.Equal(expected.EphemeralKey, actual.EphemeralKey);
        Assert.Equal(expected.Nonce, actual.Nonce);
        Assert.Equal(expected.Ciphertext, actual.Ciphertext);
    }
}
