using System.Buffers.Binary;

namespace Pipeline.Schemas.Codec;

/// <summary>Avro single-object encoding: the marker C3 01, the writer schema's CRC-64-AVRO fingerprint (little-endian), then the body.</summary>
internal static class SingleObject
{
    public const byte Marker0 = 0xC3;
    public const byte Marker1 = 0x01;
    public const int HeaderLength = 10;

    public static void WriteHeader(ref AvroBodyWriter writer, ulong fingerprint)
    {
        Span<byte> header = stackalloc byte[HeaderLength];
        WriteHeader(header, fingerprint);
        writer.WriteRaw(header);
    }

    /// <summary>Writes the header into the first <see cref="HeaderLength"/> bytes of <paramref name="destination"/>.</summary>
    public static void WriteHeader(Span<byte> destination, ulong fingerprint)
    {
        destination[0] = Marker0;
        destination[1] = Marker1;
        BinaryPrimitives.WriteUInt64LittleEndian(destination[2..HeaderLength], fingerprint);
    }

    /// <summary>The fingerprint in a header (the caller has checked the length and the marker).</summary>
    public static ulong FingerprintOf(ReadOnlySpan<byte> header) => BinaryPrimitives.ReadUInt64LittleEndian(header.Slice(2, 8));
}
