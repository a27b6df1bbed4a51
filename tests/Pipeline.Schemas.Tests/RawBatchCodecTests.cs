using System.Buffers;
using Avro;
using FsCheck;
using FsCheck.Fluent;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;

namespace Pipeline.Schemas.Tests;

public sealed class RawBatchCodecTests
{
    private static readonly Config s_config = Config.QuickThrowOnFailure.WithMaxTest(200);
    private static readonly RecordSchema s_schema = AvroReference.Schema(RawBatchCodec.RecordName);

    internal static EventBatch Sample()
    {
        var batch = new EventBatch { Subject = "alice", Device = "laptop-1", ScreenWidth = 2560, ScreenHeight = 1440 };
        batch.Add(new InteractionEvent { Seq = 1, TimeMicros = 1_700_000_000_000_000, Kind = EventKind.Move, X = 10, Y = 20 });
        batch.Add(new InteractionEvent { Seq = 2, TimeMicros = 1_700_000_000_016_000, Kind = EventKind.ButtonDown, X = 10, Y = 20, Button = MouseButton.Left });
        batch.Add(new InteractionEvent { Seq = 3, TimeMicros = 1_700_000_000_100_000, Kind = EventKind.KeyDown, KeyClass = KeyClass.Letter });
        batch.Add(new InteractionEvent { Seq = 4, TimeMicros = 1_700_000_000_200_000, Kind = EventKind.Focus, App = "firefox", Title = "Inbox — <EMAIL>" });
        batch.Add(new InteractionEvent { Seq = 5, TimeMicros = 1_700_000_000_300_000, Kind = EventKind.Scroll, X = -5, Y = 7, Dx = 0, Dy = -3 });
        return batch;
    }

    [Fact]
    public void Write_ThenTryRead_RoundTripsEveryField()
    {
        EventBatch batch = Sample();
        byte[] bytes = AvroReference.Encode(batch, RawBatchCodec.Write);

        var decoded = new EventBatch(1);
        Assert.True(RawBatchCodec.TryRead(bytes, decoded, out DecodeError error), error.Detail);
        BatchAssert.Equal(batch, decoded);
    }

    [Fact]
    public void Write_Header_IsMarkerAndApacheFingerprintLittleEndian()
    {
        byte[] bytes = AvroReference.Encode(Sample(), RawBatchCodec.Write);

        Assert.Equal(0xC3, bytes[0]);
        Assert.Equal(0x01, bytes[1]);
        Assert.Equal(SchemaNormalization.ParsingFingerprint64(s_schema), BitConverter.ToInt64(bytes, 2));
        Assert.Equal((ulong)SchemaNormalization.ParsingFingerprint64(s_schema), RawBatchCodec.Fingerprint);
    }

    [Fact]
    public void Write_AnyBatch_BodyEqualsApacheGenericWriterByteForByte()
    {
        Check.One(s_config, Prop.ForAll(ModelGen.Batch(clean: false).ToArbitrary(), batch =>
        {
            byte[] ours = AvroReference.Encode(batch, RawBatchCodec.Write);
            byte[] apache = AvroReference.WriteBody(s_schema, AvroReference.FromBatch(s_schema, batch, clean: false));
            Assert.Equal(apache, ours[10..]);
            Assert.Equal(ours.Length, RawBatchCodec.GetEncodedLength(batch));
        }));
    }

    [Fact]
    public void Write_AnyBatch_ApacheGenericReaderReadsItBack()
    {
        Check.One(s_config, Prop.ForAll(ModelGen.Batch(clean: false).ToArbitrary(), batch =>
        {
            byte[] ours = AvroReference.Encode(batch, RawBatchCodec.Write);
            BatchAssert.Equal(batch, AvroReference.ToBatch(AvroReference.ReadBody(s_schema, s_schema, ours.AsSpan(10)), clean: false));
        }));
    }

    [Fact]
    public void TryRead_AnyApacheWrittenBatch_DecodesIt()
    {
        var into = new EventBatch(1);
        Check.One(s_config, Prop.ForAll(ModelGen.Batch(clean: false).ToArbitrary(), batch =>
        {
            byte[] framed = AvroReference.Frame(s_schema, AvroReference.WriteBody(s_schema, AvroReference.FromBatch(s_schema, batch, clean: false)));
            Assert.True(RawBatchCodec.TryRead(framed, into, out DecodeError error), error.Detail);
            BatchAssert.Equal(batch, into);
        }));
    }

    [Fact]
    public void TryWrite_DestinationTooSmall_ReturnsFalse()
    {
        EventBatch batch = Sample();
        int length = RawBatchCodec.GetEncodedLength(batch);

        Assert.False(RawBatchCodec.TryWrite(batch, new byte[length - 1], out int written));
        Assert.Equal(0, written);
    }

    [Fact]
    public void TryWrite_DestinationOfExactLength_WritesSameBytesAsWrite()
    {
        EventBatch batch = Sample();
        var destination = new byte[RawBatchCodec.GetEncodedLength(batch)];

        Assert.True(RawBatchCodec.TryWrite(batch, destination, out int written));
        Assert.Equal(destination.Length, written);
        Assert.Equal(AvroReference.Encode(batch, RawBatchCodec.Write), destination);
    }

    [Fact]
    public void Write_EnumOutOfRange_Throws()
    {
        var batch = new EventBatch { Subject = "s", Device = "d" };
        batch.Add(new InteractionEvent { Kind = (EventKind)42 });

        Assert.Throws<ArgumentException>(() => RawBatchCodec.Write(batch, new ArrayBufferWriter<byte>()));
    }

    [Fact]
    public void TryRead_RepeatedAppNames_ShareOneStringInstance()
    {
        var batch = new EventBatch { Subject = "s", Device = "d" };
        batch.Add(new InteractionEvent { Seq = 1, Kind = EventKind.Focus, App = "code" });
        batch.Add(new InteractionEvent { Seq = 2, Kind = EventKind.Focus, App = "code" });
        byte[] bytes = AvroReference.Encode(batch, RawBatchCodec.Write);
        var first = new EventBatch();
        var second = new EventBatch();

        Assert.True(RawBatchCodec.TryRead(bytes, first, out _));
        Assert.True(RawBatchCodec.TryRead(bytes, second, out _));
        Assert.Same(first.Events[0].App, first.Events[1].App);
        Assert.Same(first.Events[0].App, second.Events[0].App);
        Assert.Same(first.Subject, second.Subject);
    }

    [Fact]
    public void TryRead_ReusedBatch_ClearsPreviousContent()
    {
        byte[] big = AvroReference.Encode(Sample(), RawBatchCodec.Write);
        var small = new EventBatch { Subject = "s", Device = "d" };
        small.Add(new InteractionEvent { Seq = 9 });
        byte[] smallBytes = AvroReference.Encode(small, RawBatchCodec.Write);
        var into = new EventBatch();

        Assert.True(RawBatchCodec.TryRead(big, into, out _));
        Assert.True(RawBatchCodec.TryRead(smallBytes, into, out _));
        BatchAssert.Equal(small, into);
    }

    [Fact]
    public void TryRead_Empty_IsTruncated() => AssertFails([], DecodeErrorKind.Truncated);

    [Fact]
    public void TryRead_WrongMagic_IsBadMagic()
    {
        byte[] bytes = AvroReference.Encode(Sample(), RawBatchCodec.Write);
        bytes[1] = 0x02;
        AssertFails(bytes, DecodeErrorKind.BadMagic);
        AssertFails([0x4F, 0x62, 0x6A, 0x01], DecodeErrorKind.BadMagic);
        AssertFails([0x00], DecodeErrorKind.BadMagic);
    }

    [Fact]
    public void TryRead_UnknownFingerprint_IsUnknownFingerprint()
    {
        byte[] bytes = AvroReference.Encode(Sample(), RawBatchCodec.Write);
        bytes[5] ^= 0xFF;
        DecodeError error = AssertFails(bytes, DecodeErrorKind.UnknownFingerprint);
        Assert.Equal("unknown_fingerprint", error.Reason);
    }

    [Fact]
    public void TryRead_ConsentChangeValue_IsWrongRecordType()
    {
        byte[] consent = AvroReference.Encode(ConsentChangeCodecTests.Sample(), ConsentChangeCodec.Write);
        AssertFails(consent, DecodeErrorKind.WrongRecordType);
    }

    [Fact]
    public void TryRead_EveryTruncation_IsTruncatedAndNeverThrows()
    {
        byte[] bytes = AvroReference.Encode(Sample(), RawBatchCodec.Write);
        for (int length = 0; length < bytes.Length; length++)
        {
            AssertFails(bytes.AsSpan(0, length).ToArray(), DecodeErrorKind.Truncated);
        }
    }

    [Fact]
    public void TryRead_TrailingBytes_IsMalformed()
    {
        byte[] bytes = [.. AvroReference.Encode(Sample(), RawBatchCodec.Write), 0x00];
        AssertFails(bytes, DecodeErrorKind.MalformedBody);
    }

    [Fact]
    public void TryRead_LengthLongerThanInput_IsTruncated()
    {
        // Subject length claims 60 bytes; the body is far shorter.
        byte[] bytes = Frame(0x78, (byte)'a');
        AssertFails(bytes, DecodeErrorKind.Truncated);
    }

    [Fact]
    public void TryRead_NegativeLength_IsMalformed() => AssertFails(Frame(0x01, (byte)'a'), DecodeErrorKind.MalformedBody);

    [Fact]
    public void TryRead_StringOverLimit_IsLimitExceeded()
    {
        var context = new DecodeContext(SchemaCatalog.Shipped, new DecodeLimits { MaxStringBytes = 4 });
        byte[] bytes = AvroReference.Encode(Sample(), RawBatchCodec.Write);

        Assert.False(RawBatchCodec.TryRead(bytes, new EventBatch(), context, out DecodeError error));
        Assert.Equal(DecodeErrorKind.LimitExceeded, error.Kind);
    }

    [Fact]
    public void TryRead_HugeEventCount_FailsWithoutAllocating()
    {
        // subject "", device "", width 0, height 0, then an event count of 2^62 with nothing behind it.
        byte[] bytes = Frame(0x00, 0x00, 0x00, 0x00, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01);
        var into = new EventBatch(4);
        long before = GC.GetAllocatedBytesForCurrentThread();

        Assert.False(RawBatchCodec.TryRead(bytes, into, out DecodeError error));

        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 10_000);
        Assert.Equal(DecodeErrorKind.LimitExceeded, error.Kind);
    }

    [Fact]
    public void TryRead_CountOverItemLimit_IsLimitExceeded()
    {
        var context = new DecodeContext(SchemaCatalog.Shipped, new DecodeLimits { MaxItems = 3 });
        Assert.False(RawBatchCodec.TryRead(AvroReference.Encode(Sample(), RawBatchCodec.Write), new EventBatch(), context, out DecodeError error));
        Assert.Equal(DecodeErrorKind.LimitExceeded, error.Kind);
    }

    [Fact]
    public void TryRead_CountLargerThanInputCouldHold_IsTruncated()
    {
        // 50 events claimed (each needs at least 11 bytes), 3 bytes follow.
        AssertFails(Frame(0x00, 0x00, 0x00, 0x00, 0x64, 0x00, 0x00, 0x00), DecodeErrorKind.Truncated);
    }

    [Fact]
    public void TryRead_NegativeBlockCount_ReadsBlockWithSize()
    {
        // Avro lets a writer send -count followed by the block's byte size; Apache.Avro readers accept it, so must we.
        byte[] body = [0x02, (byte)'s', 0x02, (byte)'d', 0x00, 0x00, 0x01, 0x16, 0x02, 0x04, 0x00, 0x06, 0x08, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00];
        Assert.True(RawBatchCodec.TryRead(Frame(body), new EventBatch(), out DecodeError error), error.Detail);
    }

    [Fact]
    public void TryRead_EnumIndexOutOfRange_IsMalformed()
    {
        // kind index 9 (zigzag 0x12): EventKind has 9 symbols.
        AssertFails(Frame(0x00, 0x00, 0x00, 0x00, 0x02, 0x02, 0x02, 0x12, 0, 0, 0, 0, 0, 0, 0, 0, 0x00), DecodeErrorKind.MalformedBody);
    }

    [Fact]
    public void TryRead_UnionIndexOutOfRange_IsMalformed()
    {
        // app's union index 2 (zigzag 0x04): the union has two branches.
        AssertFails(Frame(0x00, 0x00, 0x00, 0x00, 0x02, 0x02, 0x02, 0x00, 0, 0, 0, 0, 0, 0, 0x04, 0, 0x00), DecodeErrorKind.MalformedBody);
    }

    [Fact]
    public void TryRead_InvalidUtf8_IsMalformed() => AssertFails(Frame(0x04, 0xC3, 0x28, 0x00, 0x00, 0x00, 0x00), DecodeErrorKind.MalformedBody);

    [Fact]
    public void TryRead_OverlongVarint_IsMalformed() =>
        AssertFails(Frame(0x00, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F, 0x00, 0x00), DecodeErrorKind.MalformedBody);

    [Fact]
    public void TryRead_IntOutOfRange_IsMalformed() =>
        AssertFails(Frame(0x00, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F, 0x00, 0x00), DecodeErrorKind.MalformedBody);

    [Fact]
    public void TryRead_RandomBytes_NeverThrowsAndFailsOrDecodes()
    {
        var into = new EventBatch(4);
        Gen<byte[]> bytes =
            from header in Gen.Elements(true, false)
            from n in Gen.Choose(0, 200)
            from body in Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), n)
            select header ? [.. Frame(), .. body] : body;
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2000), Prop.ForAll(bytes.ToArbitrary(), input =>
        {
            bool ok = RawBatchCodec.TryRead(input, into, out DecodeError error);
            Assert.True(ok || error.Detail.Length > 0);
            Assert.True(into.Count <= input.Length);
        }));
    }

    [Fact]
    public void TryRead_MutatedValidInput_NeverThrows()
    {
        byte[] valid = AvroReference.Encode(Sample(), RawBatchCodec.Write);
        var into = new EventBatch(4);
        Gen<byte[]> mutated =
            from position in Gen.Choose(10, valid.Length - 1)
            from value in Gen.Choose(0, 255)
            from cut in Gen.Choose(10, valid.Length)
            select Mutate(valid, position, (byte)value, cut);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2000), Prop.ForAll(mutated.ToArbitrary(), input =>
        {
            bool ok = RawBatchCodec.TryRead(input, into, out DecodeError error);
            Assert.True(ok ? into.Count <= 5 : into.Count == 0 && error.Detail.Length > 0);
        }));
    }

    private static byte[] Mutate(byte[] valid, int position, byte value, int cut)
    {
        byte[] copy = valid[..cut];
        if (position < copy.Length)
        {
            copy[position] = value;
        }

        return copy;
    }

    /// <summary>A raw-batch header in front of a hand-made body.</summary>
    internal static byte[] Frame(params byte[] body) => AvroReference.Frame(s_schema, body);

    private static DecodeError AssertFails(byte[] input, DecodeErrorKind kind)
    {
        var into = new EventBatch(2);
        Assert.False(RawBatchCodec.TryRead(input, into, out DecodeError error));
        Assert.Equal(kind, error.Kind);
        Assert.Equal(0, into.Count);
        return error;
    }
}
