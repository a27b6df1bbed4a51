using Avro;
using FsCheck;
using FsCheck.Fluent;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;

namespace Pipeline.Schemas.Tests;

public sealed class ConsentChangeCodecTests
{
    private static readonly Config s_config = Config.QuickThrowOnFailure.WithMaxTest(200);
    private static readonly RecordSchema s_schema = AvroReference.Schema(ConsentChangeCodec.RecordName);

    internal static ConsentChange Sample() => new(
        "alice",
        "laptop-1",
        ConsentState.Paused,
        1_700_000_000_000_000,
        1_700_000_001_800_000_000,
        null,
        [new ConsentInterval(ConsentState.Granted, 1_600_000_000_000_000, null)]);

    [Fact]
    public void Write_ThenTryRead_RoundTripsEveryField()
    {
        ConsentChange value = Sample();
        byte[] bytes = AvroReference.Encode(value, ConsentChangeCodec.Write);

        Assert.True(ConsentChangeCodec.TryRead(bytes, out ConsentChange? decoded, out DecodeError error), error.Detail);
        AssertEqual(value, decoded);
    }

    [Fact]
    public void Write_AnyChange_BodyEqualsApacheGenericWriterByteForByte()
    {
        Check.One(s_config, Prop.ForAll(ModelGen.Consent.ToArbitrary(), value =>
        {
            byte[] ours = AvroReference.Encode(value, ConsentChangeCodec.Write);
            Assert.Equal(AvroReference.WriteBody(s_schema, AvroReference.FromConsent(s_schema, value)), ours[10..]);
        }));
    }

    [Fact]
    public void Write_AnyChange_ApacheGenericReaderReadsItBack()
    {
        Check.One(s_config, Prop.ForAll(ModelGen.Consent.ToArbitrary(), value =>
        {
            byte[] ours = AvroReference.Encode(value, ConsentChangeCodec.Write);
            AssertEqual(value, AvroReference.ToConsent(AvroReference.ReadBody(s_schema, s_schema, ours.AsSpan(10))));
        }));
    }

    [Fact]
    public void TryRead_AnyApacheWrittenChange_DecodesIt()
    {
        Check.One(s_config, Prop.ForAll(ModelGen.Consent.ToArbitrary(), value =>
        {
            byte[] framed = AvroReference.Frame(s_schema, AvroReference.WriteBody(s_schema, AvroReference.FromConsent(s_schema, value)));
            Assert.True(ConsentChangeCodec.TryRead(framed, out ConsentChange? decoded, out DecodeError error), error.Detail);
            AssertEqual(value, decoded);
        }));
    }

    [Fact]
    public void TryRead_RawBatchValue_IsWrongRecordType()
    {
        byte[] batch = AvroReference.Encode(RawBatchCodecTests.Sample(), RawBatchCodec.Write);

        Assert.False(ConsentChangeCodec.TryRead(batch, out _, out DecodeError error));
        Assert.Equal(DecodeErrorKind.WrongRecordType, error.Kind);
    }

    [Fact]
    public void TryRead_EveryTruncation_FailsWithoutThrowing()
    {
        byte[] bytes = AvroReference.Encode(Sample(), ConsentChangeCodec.Write);
        for (int length = 0; length < bytes.Length; length++)
        {
            Assert.False(ConsentChangeCodec.TryRead(bytes.AsSpan(0, length), out _, out DecodeError error));
            Assert.Equal(DecodeErrorKind.Truncated, error.Kind);
        }
    }

    [Fact]
    public void TryRead_StateIndexOutOfRange_IsMalformed()
    {
        byte[] bytes = AvroReference.Encode(Sample() with { Subject = "", Device = "" }, ConsentChangeCodec.Write);
        bytes[12] = 0x08; // state index 4; ConsentState has 4 symbols.

        Assert.False(ConsentChangeCodec.TryRead(bytes, out _, out DecodeError error));
        Assert.Equal(DecodeErrorKind.MalformedBody, error.Kind);
    }

    [Fact]
    public void TryRead_RandomBodies_NeverThrow()
    {
        Gen<byte[]> bodies = from n in Gen.Choose(0, 100) from b in Gen.ArrayOf(Gen.Choose(0, 255).Select(v => (byte)v), n) select b;
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000), Prop.ForAll(bodies.ToArbitrary(), body =>
        {
            bool ok = ConsentChangeCodec.TryRead(AvroReference.Frame(s_schema, body), out ConsentChange? value, out DecodeError error);
            Assert.True(ok ? value is not null : error.Detail.Length > 0);
        }));
    }

    internal static void AssertEqual(ConsentChange expected, ConsentChange? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected with { History = [] }, actual with { History = [] });
        Assert.Equal(expected.History, actual.History);
    }
}
