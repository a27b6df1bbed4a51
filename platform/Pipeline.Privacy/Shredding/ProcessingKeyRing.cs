using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace Pipeline.Privacy.Shredding;

/// <summary>
/// The private halves of the processing key pairs, by version: what the processors and erasure hold (a Kubernetes
/// Secret) to unwrap data keys and person secrets, and the current pair's public half to wrap the person secrets the
/// processors make. Old versions stay as long as anything within retention (data keys) or any person secret is wrapped
/// under them. Not thread-safe beyond reads of <see cref="Current"/>.
/// </summary>
public sealed class ProcessingKeyRing : IDisposable
{
    private readonly Dictionary<int, (ECDiffieHellman Key, byte[] Point)> _keys = [];

    /// <summary>Imports every private key of <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentException">A key is not a P-256 private key (PKCS#8).</exception>
    public ProcessingKeyRing(UnsealingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        try
        {
            foreach ((int version, byte[] pkcs8) in options.PrivateKeys)
            {
                ECDiffieHellman key = UnsealingOptions.ImportPrivateKey(version, pkcs8);
                _keys.Add(version, (key, KeyAgreement.PointOf(key.ExportParameters(false))));
            }

            (ECDiffieHellman current, _) = _keys[options.CurrentVersion];
            var publicOnly = ECDiffieHellman.Create(current.ExportParameters(false));
            Current = new ProcessingPublicKey(options.CurrentVersion, publicOnly);
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>The current pair's public half: what the processors wrap new person secrets under.</summary>
    public ProcessingPublicKey Current { get; }

    /// <summary>Whether the ring holds the private key of <paramref name="version"/>.</summary>
    public bool HasVersion(int version) => _keys.ContainsKey(version);

    /// <summary>
    /// Unwraps <paramref name="wrapped"/>, checking it was wrapped with <paramref name="associatedData"/>; false when the
    /// ring lacks its version's key, or it was damaged, forged or moved to another record.
    /// </summary>
    public bool TryUnwrap(WrappedSecret wrapped, ReadOnlySpan<byte> associatedData, [NotNullWhen(true)] out byte[]? secret)
    {
        ArgumentNullException.ThrowIfNull(wrapped);
        secret = null;
        if (!_keys.TryGetValue(wrapped.Version, out (ECDiffieHellman Key, byte[] Point) recipient)
            || wrapped.Nonce.Length != DataKey.NonceBytes || wrapped.Ciphertext.Length < DataKey.TagBytes
            || !KeyAgreement.TryImportPoint(wrapped.EphemeralKey, out ECDiffieHellman? ephemeral))
        {
            return false;
        }

        byte[] shared;
        using (ephemeral)
        {
            try
            {
                shared = recipient.Key.DeriveRawSecretAgreement(ephemeral!.PublicKey);
            }
            catch (CryptographicException)
            {
                return false;
            }
        }

        Span<byte> wrappingKey = stackalloc byte[32];
        try
        {
            KeyAgreement.DeriveWrappingKey(shared, wrapped.EphemeralKey, recipient.Point, wrappingKey);
            int length = wrapped.Ciphertext.Length - DataKey.TagBytes;
            byte[] plaintext = new byte[length];
            using var aes = new AesGcm(wrappingKey, DataKey.TagBytes);
            try
            {
                aes.Decrypt(wrapped.Nonce, wrapped.Ciphertext.AsSpan(0, length), wrapped.Ciphertext.AsSpan(length), plaintext, associatedData);
            }
            catch (AuthenticationTagMismatchException)
            {
                return false;
            }

            secret = plaintext;
            return true;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(shared);
            CryptographicOperations.ZeroMemory(wrappingKey);
        }
    }

    /// <summary>Releases every key.</summary>
    public void Dispose()
    {
        foreach ((ECDiffieHellman key, _) in _keys.Values)
        {
            key.Dispose();
        }

        _keys.Clear();
        Current?.Dispose();
    }
}
