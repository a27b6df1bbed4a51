using System.Buffers;
using Avro;
using FsCheck;
using FsCheck.Fluent;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;

namespace Pipeline.Schemas.Tests;

public sealed class CleanBatchCodecTests
{
    private static readonly Config s_config = Config.QuickThrowOnFailure.WithMaxTest(200);
    private static readonly RecordSchema s_schema = AvroReference.Schema(CleanBatchCodec.RecordName);

    private static EventBatch Sample()
    {
        EventBatch batch = RawBatchCodecTests.Sample();
        batch.Subject = "p-5f2a";
        batch.Device = "d-77c1";
        batch.KeyVersion = 4;
        foreach (ref InteractionEvent e in batch.Events)
        {
            e.SessionId = "s-1";
        }

        return batch;
    }

    [Fact]
    public void Write_ThenTryRead_RoundTripsEveryField()
    {
        EventBatch batch = Sample();
        byte[] bytes = AvroReference.Encode(batch, CleanBatchCodec.Write);
        var decoded = new EventBatch();

        Assert.True(CleanBatchCodec.TryRead(bytes, decoded, out DecodeError error), error.Detail);
        BatchAssert.Equal(batch, decoded);
        Assert.Same(decoded.Events[0].SessionId, decoded.Events[1].SessionId);
    }

    [Fact]
    public void Write_AnyBatch_BodyEqualsApacheGenericWriterByteForByte()
    {
        Check.One(s_config, Prop.ForAll(ModelGen.Batch(clean: true).ToArbitrary(), batch =>
        {
            byte[] ours = AvroReference.Encode(batch, CleanBatchCodec.Write);
            Assert.Equal(AvroReference.WriteBody(s_schema, AvroReference.FromBatch(s_schema, batch, clean: true)), ours[10..]);
            Assert.Equal(ours.Length, CleanBatchCodec.GetEncodedLength(batch));
            Assert.Equal(SchemaNormalization.ParsingFingerprint64(s_schema), BitConverter.ToInt64(ours, 2));
        }));
    }

    [Fact]
    public void Write_AnyBatch_ApacheGenericReaderReadsItBack()
    {
        Check.One(s_config, Prop.ForAll(ModelGen.Batch(clean: true).ToArbitrary(), batch =>
        {
            byte[] ours = AvroReference.Encode(batch, CleanBatchCodec.Write);
            BatchAssert.Equal(batch, AvroReference.ToBatch(AvroReference.ReadBody(s_schema, s_schema, ours.AsSpan(10)), clean: true));
        }));
    }

    [Fact]
    public void TryRead_AnyApacheWrittenBatch_DecodesIt()
    {
        var into = new EventBatch(1);
        Check.One(s_config, Prop.ForAll(ModelGen.Batch(clean: true).ToArbitrary(), batch =>
        {
            byte[] framed = AvroReference.Frame(s_schema, AvroReference.WriteBody(s_schema, AvroReference.FromBatch(s_schema, batch, clean: true)));
            Assert.True(CleanBatchCodec.TryRead(framed, into, out DecodeError error), error.Detail);
            BatchAssert.Equal(batch, into);
        }));
    }

    [Fact]
    public void Write_EventWithoutSessionId_Throws()
    {
        EventBatch batch = Sample();
        batch.Events[2].SessionId = null;

        Assert.Throws<ArgumentException>(() => CleanBatchCodec.Write(batch, new ArrayBufferWriter<byte>()));
    }

    [Fact]
    public void TryRead_RawBatchValue_IsWrongRecordType()
    {
        byte[] raw = AvroReference.Encode(RawBatchCodecTests.Sample(), RawBatchCodec.Write);

        Assert.False(CleanBatchCodec.TryRead(raw, new EventBatch(), out DecodeError error));
        Assert.Equal(DecodeErrorKind.WrongRecordType, error.Kind);
    }

    [Fact]
    public void TryRead_EveryTruncation_IsTruncated()
    {
        byte[] bytes = AvroReference.Encode(Sample(), CleanBatchCodec.Write);
        var into = new EventBatch();
        for (int length = 0; length < bytes.Length; length++)
        {
            Assert.False(CleanBatchCodec.TryRead(bytes.AsSpan(0, length), into, out DecodeError error));
            Assert.Equal(DecodeErrorKind.Truncated, error.Kind);
        }
    }

    [Fact]
    public void TryWrite_ExactDestination_MatchesWrite()
    {
        EventBatch batch = Sample();
        var destination = new byte[CleanBatchCodec.GetEncodedLength(batch)];

        Assert.True(CleanBatchCodec.TryWrite(batch, destination, out int written));
        Assert.Equal(destination.Length, written);
        Assert.Equal(AvroReference.Encode(batch, CleanBatchCodec.Write), destination);
        Assert.False(CleanBatchCodec.TryWrite(batch, destination.AsSpan(1), out _));
    }
}
