using System.Security.Cryptography;

namespace Pipeline.Privacy.Shredding;

/// <summary>
/// The public half of one processing key pair: what agents hold (by configuration) to wrap the data keys they make,
/// and what processors use to wrap the person secrets they make. Wrapping is ECDH P-256 ephemeral-static: a fresh
/// ephemeral key per secret, HKDF-SHA256 over the agreement, AES-256-GCM; so whoever holds only this key (every
/// workstation) can wrap but never unwrap, not even what it wrapped itself. Thread-safe.
/// </summary>
public sealed class ProcessingPublicKey : IDisposable
{
    private readonly ECDiffieHellman _recipient;
    private readonly byte[] _recipientPoint;

    /// <summary>The key pair <paramref name="version"/>'s public key as X.509 SubjectPublicKeyInfo (DER).</summary>
    /// <exception cref="ArgumentException">The bytes are not a P-256 public key.</exception>
    public ProcessingPublicKey(int version, ReadOnlySpan<byte> subjectPublicKeyInfo)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(version);
        var key = ECDiffieHellman.Create();
        try
        {
            key.ImportSubjectPublicKeyInfo(subjectPublicKeyInfo, out int read);
            if (read != subjectPublicKeyInfo.Length || !KeyAgreement.IsP256(key))
            {
                throw new ArgumentException("Shredding:PublicKey must be a P-256 public key (SubjectPublicKeyInfo, base64 DER)");
            }
        }
        catch (CryptographicException)
        {
            key.Dispose();
            throw new ArgumentException("Shredding:PublicKey must be a P-256 public key (SubjectPublicKeyInfo, base64 DER)");
        }

        Version = version;
        _recipient = key;
        _recipientPoint = KeyAgreement.PointOf(key.ExportParameters(false));
    }

    internal ProcessingPublicKey(int version, ECDiffieHellman recipient)
    {
        Version = version;
        _recipient = recipient;
        _recipientPoint = KeyAgreement.PointOf(recipient.ExportParameters(false));
    }

    /// <summary>The key pair's version, carried in every wrapped secret.</summary>
    public int Version { get; }

    /// <summary>Wraps <paramref name="secret"/> for the holders of this pair's private key, bound to <paramref name="associatedData"/>.</summary>
    public WrappedSecret Wrap(ReadOnlySpan<byte> secret, ReadOnlySpan<byte> associatedData)
    {
        using var ephemeral = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        byte[] ephemeralPoint = KeyAgreement.PointOf(ephemeral.ExportParameters(false));
        byte[] shared = ephemeral.DeriveRawSecretAgreement(_recipient.PublicKey);
        Span<byte> wrappingKey = stackalloc byte[32];
        try
        {
            KeyAgreement.DeriveWrappingKey(shared, ephemeralPoint, _recipientPoint, wrappingKey);
            byte[] nonce = RandomNumberGenerator.GetBytes(DataKey.NonceBytes);
            byte[] ciphertext = new byte[secret.Length + DataKey.TagBytes];
            using var aes = new AesGcm(wrappingKey, DataKey.TagBytes);
            aes.Encrypt(nonce, secret, ciphertext.AsSpan(0, secret.Length), ciphertext.AsSpan(secret.Length), associatedData);
            return new WrappedSecret(Version, ephemeralPoint, nonce, ciphertext);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(shared);
            CryptographicOperations.ZeroMemory(wrappingKey);
        }
    }

    /// <summary>Releases the key.</summary>
    public void Dispose() => _recipient.Dispose();
}
