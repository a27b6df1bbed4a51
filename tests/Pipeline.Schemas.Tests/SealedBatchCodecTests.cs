using Pipeline.Schemas.Codec;

namespace Pipeline.Schemas.Tests;

public sealed class SealedBatchCodecTests
{
    private static readonly CodecConformance<SealedBatchValue> s_conformance = new(
        SealedBatchCodec.RecordName,
        ModelGen.SealedBatches,
        SealedBatchValue.Write,
        SealedBatchValue.TryRead,
        AvroReference.FromSealedBatch,
        AvroReference.ToSealedBatch,
        SealedBatchValue.AssertEqual);

    private static SealedBatchValue Sample() => new("0123456789abcdef0123456789abcdef", RawBatchCodec.Fingerprint, new byte[12], Enumerable.Range(0, 150).Select(i => (byte)i).ToArray());

    [Fact]
    public void WriteEnvelope_ThenTryRead_SpansPointAtTheRecordsBytes()
    {
        byte[] bytes = AvroReference.Encode(Sample(), SealedBatchValue.Write);

        Assert.True(SealedBatchCodec.TryRead(bytes, out SealedBatch batch, out DecodeError error), error.Detail);
        Assert.Equal(Sample().KeyId, batch.KeyId);
        Assert.Equal(RawBatchCodec.Fingerprint, batch.PayloadFingerprint);
        Assert.True(batch.Ciphertext.SequenceEqual(Sample().Ciphertext));
        Assert.True(bytes.AsSpan().Overlaps(batch.Ciphertext));
    }

    [Fact]
    public void MaxEncodedLength_AnyEnvelope_AtLeastWhatIsWritten()
    {
        SealedBatchValue sample = Sample();
        byte[] bytes = AvroReference.Encode(sample, SealedBatchValue.Write);

        Assert.True(bytes.Length <= SealedBatchCodec.MaxEncodedLength(sample.KeyId, sample.Nonce.Length, sample.Ciphertext.Length));
    }

    [Fact]
    public void TryRead_APlainBatch_WrongRecordType()
    {
        var batch = new Model.EventBatch { Subject = "s", Device = "d" };
        byte[] plain = AvroReference.Encode(batch, RawBatchCodec.Write);

        Assert.False(SealedBatchCodec.TryRead(plain, out _, out DecodeError error));
        Assert.Equal(DecodeErrorKind.WrongRecordType, error.Kind);
    }

    [Fact]
    public void Write_AnySealedBatch_BodyEqualsApacheGenericWriterByteForByte() => s_conformance.BodyEqualsApacheWriter();

    [Fact]
    public void Write_AnySealedBatch_ApacheGenericReaderReadsItBack() => s_conformance.ApacheReaderReadsOurs();

    [Fact]
    public void TryRead_AnyApacheWrittenSealedBatch_DecodesIt() => s_conformance.WeReadApacheOutput();

    [Fact]
    public void TryRead_TruncatedOrTrailing_FailsTyped() => s_conformance.EveryTruncationFails(Sample());

    [Fact]
    public void TryRead_RandomBodies_NeverThrow() => s_conformance.RandomBodiesNeverThrow();
}
