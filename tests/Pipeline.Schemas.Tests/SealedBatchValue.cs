using System.Buffers;
using Pipeline.Schemas.Codec;

namespace Pipeline.Schemas.Tests;

/// <summary>A <see cref="SealedBatch"/> as a value the conformance checks can hold (the codec's view is a ref struct over its input).</summary>
internal sealed record SealedBatchValue(string KeyId, ulong PayloadFingerprint, byte[] Nonce, byte[] Ciphertext)
{
    public static void Write(SealedBatchValue value, IBufferWriter<byte> output)
    {
        Span<byte> destination = output.GetSpan(SealedBatchCodec.MaxEncodedLength(value.KeyId, value.Nonce.Length, value.Ciphertext.Length));
        int at = SealedBatchCodec.WriteEnvelope(destination, value.KeyId, value.PayloadFingerprint, value.Nonce.Length, value.Ciphertext.Length, out int nonceAt);
        value.Nonce.CopyTo(destination[nonceAt..]);
        value.Ciphertext.CopyTo(destination[at..]);
        output.Advance(at + value.Ciphertext.Length);
    }

    public static bool TryRead(ReadOnlySpan<byte> input, out SealedBatchValue? value, out DecodeError error)
    {
        value = SealedBatchCodec.TryRead(input, out SealedBatch batch, out error)
            ? new SealedBatchValue(batch.KeyId, batch.PayloadFingerprint, batch.Nonce.ToArray(), batch.Ciphertext.ToArray())
            : null;
        return value is not null;
    }

    public static void AssertEqual(SealedBatchValue expected, SealedBatchValue? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.KeyId, actual.KeyId);
        Assert.Equal(expected.PayloadFingerprint, actual.PayloadFingerprint);
        Assert.Equal(expected.Nonce, actual.Nonce);
        Assert.Equal(expected.Ciphertext, actual.Ciphertext);
    }
}
