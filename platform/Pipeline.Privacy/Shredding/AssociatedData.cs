using System.Buffers.Binary;

namespace Pipeline.Privacy.Shredding;

/// <summary>
/// The associated data that binds sealed bytes to where they belong, written the same way by the sealing and the
/// opening side. A sealed batch is bound to its record key (the route), its data key's id and the schema fingerprint
/// of the batch inside, so a ciphertext moved to another route or relabelled does not open; a wrapped key is bound
/// to its keys-topic record key, its kind and the key pair it is wrapped for. Fields are length-prefixed.
/// </summary>
public static class AssociatedData
{
    /// <summary>Longest record key bound (longer ones cannot be sealed or opened).</summary>
    public const int MaxKeyBytes = 1024;

    /// <summary>Room for any batch binding.</summary>
    public const int MaxBatchBytes = 16 + 2 + MaxKeyBytes + 1 + 64 + 8;

    private static ReadOnlySpan<byte> BatchDomain => "pipeline-batch\0"u8;

    private static ReadOnlySpan<byte> KeyDomain => "pipeline-key\0"u8;

    /// <summary>Writes a sealed batch's binding into <paramref name="destination"/> (at least <see cref="MaxBatchBytes"/>); its length.</summary>
    /// <exception cref="ArgumentException">The record key or key id is too long.</exception>
    public static int ForBatch(ReadOnlySpan<byte> recordKey, ReadOnlySpan<byte> keyIdAscii, ulong payloadFingerprint, Span<byte> destination)
    {
        if (recordKey.Length > MaxKeyBytes || keyIdAscii.Length > 64)
        {
            throw new ArgumentException("record key or key id too long to bind");
        }

        int at = 0;
        BatchDomain.CopyTo(destination);
        at += BatchDomain.Length;
        BinaryPrimitives.WriteUInt16LittleEndian(destination[at..], (ushort)recordKey.Length);
        at += 2;
        recordKey.CopyTo(destination[at..]);
        at += recordKey.Length;
        destination[at++] = (byte)keyIdAscii.Length;
        keyIdAscii.CopyTo(destination[at..]);
        at += keyIdAscii.Length;
        BinaryPrimitives.WriteUInt64LittleEndian(destination[at..], payloadFingerprint);
        return at + 8;
    }

    /// <summary>A wrapped key's binding: its keys-topic record key, its kind (a small number) and the key pair version.</summary>
    public static byte[] ForWrappedKey(ReadOnlySpan<byte> recordKey, int kind, int version)
    {
        if (recordKey.Length > MaxKeyBytes)
        {
            throw new ArgumentException("record key too long to bind");
        }

        byte[] data = new byte[KeyDomain.Length + 2 + recordKey.Length + 1 + 4];
        Span<byte> span = data;
        KeyDomain.CopyTo(span);
        int at = KeyDomain.Length;
        BinaryPrimitives.WriteUInt16LittleEndian(span[at..], (ushort)recordKey.Length);
        at += 2;
        recordKey.CopyTo(span[at..]);
        at += recordKey.Length;
        span[at++] = (byte)kind;
        BinaryPrimitives.WriteInt32LittleEndian(span[at..], version);
        return data;
    }
}
