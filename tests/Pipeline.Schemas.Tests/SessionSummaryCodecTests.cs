using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;

namespace Pipeline.Schemas.Tests;

public sealed class SessionSummaryCodecTests
{
    private static readonly CodecConformance<SessionSummary> s_conformance = new(
        SessionSummaryCodec.RecordName,
        ModelGen.Session,
        SessionSummaryCodec.Write,
        SessionSummaryCodec.TryRead,
        AvroReference.FromSession,
        AvroReference.ToSession,
        AssertEqual);

    private static SessionSummary Sample() => new("s-1", "p-abc", 3, 1_000, 9_000_000, 420, 8.5, 0.5, ["s-0", "s-00"]);

    [Fact]
    public void Write_ThenTryRead_RoundTripsEveryField()
    {
        byte[] bytes = AvroReference.Encode(Sample(), SessionSummaryCodec.Write);

        Assert.True(SessionSummaryCodec.TryRead(bytes, out SessionSummary? decoded, out DecodeError error), error.Detail);
        AssertEqual(Sample(), decoded);
    }

    [Fact]
    public void Write_AnySummary_BodyEqualsApacheGenericWriterByteForByte() => s_conformance.BodyEqualsApacheWriter();

    [Fact]
    public void Write_AnySummary_ApacheGenericReaderReadsItBack() => s_conformance.ApacheReaderReadsOurs();

    [Fact]
    public void TryRead_AnyApacheWrittenSummary_DecodesIt() => s_conformance.WeReadApacheOutput();

    [Fact]
    public void TryRead_TruncatedOrTrailing_FailsTyped() => s_conformance.EveryTruncationFails(Sample());

    [Fact]
    public void TryRead_RandomBodies_NeverThrow() => s_conformance.RandomBodiesNeverThrow();

    private static void AssertEqual(SessionSummary expected, SessionSummary? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected with { MergedFrom = [] }, actual with { MergedFrom = [] });
        Assert.Equal(expected.MergedFrom, actual.MergedFrom);
    }
}
