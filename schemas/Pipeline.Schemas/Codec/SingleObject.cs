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
        header[0] = Marker0;
        header[1] = Marker1;
        BinaryPrimitives.WriteUInt64LittleEndian(header[2..], fingerprint);
        writer.WriteRaw(header);
    }
}
