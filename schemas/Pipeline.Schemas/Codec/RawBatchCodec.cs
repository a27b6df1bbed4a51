using System.Buffers;
using Pipeline.Schemas.Model;

namespace Pipeline.Schemas.Codec;

/// <summary>Codec for <c>InteractionBatch</c> (raw topic values).</summary>
public static class RawBatchCodec
{
    /// <summary>Appends the single-object encoding (C3 01, fingerprint, body) of <paramref name="value"/>.</summary>
    public static void Write(EventBatch value, IBufferWriter<byte> output) => throw new NotImplementedException("codec pending");

    /// <summary>Decodes a single-object encoded value written under any shipped version of the schema.</summary>
    public static bool TryRead(ReadOnlySpan<byte> input, EventBatch into, out DecodeError error) => throw new NotImplementedException("codec pending");
}
