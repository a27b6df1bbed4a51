using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using Pipeline.Schemas.Model;

namespace Pipeline.Schemas.Codec;

/// <summary>Codec for <c>ConsentChange</c> (consent topic values).</summary>
public static class ConsentChangeCodec
{
    /// <summary>Appends the single-object encoding (C3 01, fingerprint, body) of <paramref name="value"/>.</summary>
    public static void Write(ConsentChange value, IBufferWriter<byte> output) => throw new NotImplementedException("codec pending");

    /// <summary>Decodes a single-object encoded value written under any shipped version of the schema.</summary>
    public static bool TryRead(ReadOnlySpan<byte> input, [NotNullWhen(true)] out ConsentChange? value, out DecodeError error) => throw new NotImplementedException("codec pending");
}
