using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;

namespace Pipeline.Schemas.Tests;

public sealed class DeadLetterCodecTests
{
    private static readonly CodecConformance<DeadLetter> s_conformance = new(
        DeadLetterCodec.RecordName,
        ModelGen.DeadLetters,
        DeadLetterCodec.Write,
        DeadLetterCodec.TryRead,
        AvroReference.FromDeadLetter,
        AvroReference.ToDeadLetter,
        AssertEqual);

    private static DeadLetter Sample() => new("interaction.raw.v1", 3, 12345, "bad_magic", "not single-object encoded", new byte[] { 1, 2, 3, 0xC3 });

    [Fact]
    public void Write_ThenTryRead_RoundTripsEveryField()
    {
        byte[] bytes = AvroReference.Encode(Sample(), DeadLetterCodec.Write);

        Assert.True(DeadLetterCodec.TryRead(bytes, out DeadLetter? decoded, out DecodeError error), error.Detail);
        AssertEqual(Sample(), decoded);
    }

    [Fact]
    public void Write_AnyDeadLetter_BodyEqualsApacheGenericWriterByteForByte() => s_conformance.BodyEqualsApacheWriter();

    [Fact]
    public void Write_AnyDeadLetter_ApacheGenericReaderReadsItBack() => s_conformance.ApacheReaderReadsOurs();

    [Fact]
    public void TryRead_AnyApacheWrittenDeadLetter_DecodesIt() => s_conformance.WeReadApacheOutput();

    [Fact]
    public void TryRead_TruncatedOrTrailing_FailsTyped() => s_conformance.EveryTruncationFails(Sample());

    [Fact]
    public void TryRead_RandomBodies_NeverThrow() => s_conformance.RandomBodiesNeverThrow();

    [Fact]
    public void TryRead_PayloadOverLimit_IsLimitExceeded()
    {
        var context = new DecodeContext(SchemaCatalog.Shipped, new DecodeLimits { MaxBytesLength = 3 });
        byte[] bytes = AvroReference.Encode(Sample(), DeadLetterCodec.Write);

        Assert.False(DeadLetterCodec.TryRead(bytes, context, out _, out DecodeError error));
        Assert.Equal(DecodeErrorKind.LimitExceeded, error.Kind);
    }

    private static void AssertEqual(DeadLetter expected, DeadLetter? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected with { Payload = default }, actual with { Payload = default });
        Assert.Equal(expected.Payload.ToArray(), actual.Payload.ToArray());
    }
}
