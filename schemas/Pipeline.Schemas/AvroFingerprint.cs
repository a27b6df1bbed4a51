namespace Pipeline.Schemas;

/// <summary>
/// CRC-64-AVRO, the 64-bit Rabin fingerprint the Avro spec defines for schema canonical forms and uses in
/// single-object encoding.
/// </summary>
public static class AvroFingerprint
{
    /// <summary>The fingerprint of no bytes, and the polynomial the table is built from.</summary>
    public const ulong Empty = 0xc15d213aa4d7a795UL;

    private static readonly ulong[] s_table = CreateTable();

    /// <summary>The CRC-64-AVRO fingerprint of <paramref name="data"/> (for a schema: its canonical form in UTF-8).</summary>
    public static ulong Compute(ReadOnlySpan<byte> data)
    {
        ulong fp = Empty;
        ulong[] table = s_table;
        foreach (byte b in data)
        {
            fp = (fp >> 8) ^ table[(int)((fp ^ b) & 0xff)];
        }

        return fp;
    }

    private static ulong[] CreateTable()
    {
        var table = new ulong[256];
        for (int i = 0; i < 256; i++)
        {
            ulong fp = (ulong)i;
            for (int j = 0; j < 8; j++)
            {
                fp = (fp >> 1) ^ (Empty & (0UL - (fp & 1)));
            }

            table[i] = fp;
        }

        return table;
    }
}
