using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;

namespace Pipeline.Schemas.Tests;

public sealed class IdlePeriodCodecTests
{
    private static readonly CodecConformance<IdlePeriod> s_conformance = new(
        IdlePeriodCodec.RecordName,
        ModelGen.Idle,
        IdlePeriodCodec.Write,
        IdlePeriodCodec.TryRead,
        AvroReference.FromIdle,
        AvroReference.ToIdle,
        (expected, actual) => Assert.Equal(expected, actual));

    private static IdlePeriod Sample() => new("p-abc", 2, "s-1", 1_000_000, 200_000_000, IdleReason.Lock);

    [Fact]
    public void Write_ThenTryRead_RoundTripsEveryField()
    {
        byte[] bytes = AvroReference.Encode(Sample(), IdlePeriodCodec.Write);

        Assert.True(IdlePeriodCodec.TryRead(bytes, out IdlePeriod? decoded, out DecodeError error), error.Detail);
        Assert.Equal(Sample(), decoded);
    }

    [Fact]
    public void Write_AnyPeriod_BodyEqualsApacheGenericWriterByteForByte() => s_conformance.BodyEqualsApacheWriter();

    [Fact]
    public void Write_AnyPeriod_ApacheGenericReaderReadsItBack() => s_conformance.ApacheReaderReadsOurs();

    [Fact]
    public void TryRead_AnyApacheWrittenPeriod_DecodesIt() => s_conformance.WeReadApacheOutput();

    [Fact]
    public void TryRead_TruncatedOrTrailing_FailsTyped() => s_conformance.EveryTruncationFails(Sample());

    [Fact]
    public void TryRead_RandomBodies_NeverThrow() => s_conformance.RandomBodiesNeverThrow();

    [Fact]
    public void Write_ReasonOutOfRange_Throws() =>
        Assert.Throws<ArgumentException>(() => AvroReference.Encode(Sample() with { Reason = (IdleReason)3 }, IdlePeriodCodec.Write));
}
