using System.Buffers;
using System.Text;
using Pipeline.Privacy.Shredding;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;

namespace Pipeline.Privacy.Tests.Shredding;

public sealed class BatchSealingTests
{
    private static readonly byte[] s_route = "r0042"u8.ToArray();

    [Fact]
    public void Seal_ThenOpen_TheBatchAsWritten()
    {
        using var key = DataKey.Generate();
        byte[] encoded = Encoded(out _);
        byte[] sealedValue = Seal(key, encoded);

        Assert.True(SealedBatchCodec.TryRead(sealedValue, out SealedBatch batch, out DecodeError error), error.Detail);
        byte[] opened = new byte[BatchSealing.OpenedLength(batch)];
        Assert.True(BatchSealing.TryOpen(key, s_route, batch, opened, out int written));
        Assert.Equal(encoded, opened.AsSpan(0, written).ToArray());
        Assert.Equal(key.Id, batch.KeyId);
        Assert.Equal(RawBatchCodec.Fingerprint, batch.PayloadFingerprint);
    }

    [Fact]
    public void Seal_BatchWithPersonalText_NoneOfItInTheRecord()
    {
        using var key = DataKey.Generate();
        byte[] sealedValue = Seal(key, Encoded(out EventBatch batch));

        foreach (string plain in new[] { batch.Subject, batch.Device, "thunderbird", "alice@example.com", "Quarterly" })
        {
            Assert.Equal(-1, sealedValue.AsSpan().IndexOf(Encoding.UTF8.GetBytes(plain)));
        }
    }

    [Fact]
    public void TryOpen_UnderAnotherRoute_False()
    {
        using var key = DataKey.Generate();
        byte[] sealedValue = Seal(key, Encoded(out _));
        Assert.True(SealedBatchCodec.TryRead(sealedValue, out SealedBatch batch, out _));

        Assert.False(BatchSealing.TryOpen(key, "r0043"u8, batch, new byte[BatchSealing.OpenedLength(batch)], out _));
    }

    [Fact]
    public void TryOpen_KeyIdRelabelled_False()
    {
        using var key = DataKey.Generate();
        using var other = DataKey.Generate();
        byte[] sealedValue = Seal(key, Encoded(out _));
        Assert.True(SealedBatchCodec.TryRead(sealedValue, out SealedBatch batch, out _));

        Assert.False(BatchSealing.TryOpen(other, s_route, batch, new byte[BatchSealing.OpenedLength(batch)], out _));
    }

    private static byte[] Seal(DataKey key, byte[] encoded)
    {
        var output = new ArrayBufferWriter<byte>();
        BatchSealing.Seal(key, s_route, encoded, output);
        return output.WrittenSpan.ToArray();
    }

    private static byte[] Encoded(out EventBatch batch)
    {
        batch = new EventBatch { Subject = "alice-raw-id", Device = "alice-laptop-raw", ScreenWidth = 1920, ScreenHeight = 1080 };
        ref InteractionEvent focus = ref batch.Add();
        focus.Kind = EventKind.Focus;
        focus.Seq = 1;
        focus.TimeMicros = 1_750_000_000_000_000;
        focus.App = "thunderbird";
        focus.Title = "Quarterly report - alice@example.com";
        var output = new ArrayBufferWriter<byte>();
        RawBatchCodec.Write(batch, output);
        return output.WrittenSpan.ToArray();
    }
}
