using System.Buffers.Binary;

namespace Pipeline.Lake.Tests;

/// <summary>Reads what a PNG says about itself, from the bytes, without an image library.</summary>
internal static class Png
{
    private static readonly byte[] s_signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The width and height in the file's IHDR chunk; fails the test unless the signature and the first chunk are a PNG's.</summary>
    public static (int Width, int Height) Size(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 33, $"{path} is {bytes.Length} bytes, too short for a PNG");
        Assert.Equal(s_signature, bytes[..8]);
        Assert.Equal(13, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(8)));
        Assert.Equal("IHDR"u8.ToArray(), bytes[12..16]);
        Assert.Equal("IEND"u8.ToArray(), bytes[^8..^4]);
        return (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
    }
}
