using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;

namespace Pipeline.Schemas.Tests;

public sealed class KeyMaterialCodecTests
{
    private static readonly CodecConformance<KeyMaterial> s_conformance = new(
        KeyMaterialCodec.RecordName,
        ModelGen.KeyMaterials,
        KeyMaterialCodec.Write,
        KeyMaterialCodec.TryRead,
        AvroReference.FromKeyMaterial,
        AvroReference.ToKeyMaterial,
        AssertEqual);

    private static KeyMaterial Sample() => new(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray(), "henry", "henry-laptop");

    [Fact]
    public void Write_ThenTryRead_RoundTripsEveryField()
    {
        byte[] bytes = AvroReference.Encode(Sample(), KeyMaterialCodec.Write);

        Assert.True(KeyMaterialCodec.TryRead(bytes, out KeyMaterial? decoded, out DecodeError error), error.Detail);
        AssertEqual(Sample(), decoded);
    }

    [Fact]
    public void Write_AnyKeyMaterial_BodyEqualsApacheGenericWriterByteForByte() => s_conformance.BodyEqualsApacheWriter();

    [Fact]
    public void Write_AnyKeyMaterial_ApacheGenericReaderReadsItBack() => s_conformance.ApacheReaderReadsOurs();

    [Fact]
    public void TryRead_AnyApacheWrittenKeyMaterial_DecodesIt() => s_conformance.WeReadApacheOutput();

    [Fact]
    public void TryRead_TruncatedOrTrailing_FailsTyped() => s_conformance.EveryTruncationFails(Sample());

    [Fact]
    public void TryRead_RandomBodies_NeverThrow() => s_conformance.RandomBodiesNeverThrow();

    internal static void AssertEqual(KeyMaterial expected, KeyMaterial? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Secret, actual.Secret);
        Assert.Equal((expected.Subject, expected.Device), (actual.Subject, actual.Device));
    }
}
