using System.Security.Cryptography;

namespace Pipeline.Privacy.Shredding;

/// <summary>
/// The one derivation of a wrapping key from an ECDH agreement, shared by both sides: HKDF-SHA256 over the raw shared
/// secret, salted with both public points (ephemeral first) so the key is bound to this pair, for AES-256-GCM.
/// </summary>
internal static class KeyAgreement
{
    /// <summary>Length of an uncompressed P-256 point: 0x04, X, Y.</summary>
    public const int PointBytes = 65;

    private static readonly byte[] s_info = "pipeline key wrap v1"u8.ToArray();

    public static void DeriveWrappingKey(ReadOnlySpan<byte> sharedSecret, ReadOnlySpan<byte> ephemeralPoint, ReadOnlySpan<byte> recipientPoint, Span<byte> key)
    {
        Span<byte> salt = stackalloc byte[PointBytes * 2];
        ephemeralPoint.CopyTo(salt);
        recipientPoint.CopyTo(salt[PointBytes..]);
        HKDF.DeriveKey(HashAlgorithmName.SHA256, sharedSecret, key, salt, s_info);
    }

    /// <summary>The uncompressed point of a P-256 public key.</summary>
    public static byte[] PointOf(ECParameters parameters)
    {
        byte[] point = new byte[PointBytes];
        point[0] = 0x04;
        parameters.Q.X!.CopyTo(point, 1);
        parameters.Q.Y!.CopyTo(point, 33);
        return point;
    }

    /// <summary>A P-256 public key from its uncompressed point; false when it is not one.</summary>
    public static bool TryImportPoint(ReadOnlySpan<byte> point, out ECDiffieHellman? key)
    {
        key = null;
        if (point.Length != PointBytes || point[0] != 0x04)
        {
            return false;
        }

        var parameters = new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = point.Slice(1, 32).ToArray(), Y = point.Slice(33, 32).ToArray() },
        };
        try
        {
            key = ECDiffieHellman.Create(parameters);
            return true;
        }
        catch (CryptographicException)
        {
            // Not on the curve: a forged or damaged record.
            return false;
        }
    }

    /// <summary>Whether <paramref name="key"/> is on P-256 (the only curve wrapped keys use).</summary>
    public static bool IsP256(ECDiffieHellman key)
    {
        ECParameters parameters = key.ExportParameters(false);
        return parameters.Curve.IsNamed && parameters.Curve.Oid.Value == ECCurve.NamedCurves.nistP256.Oid.Value;
    }
}
