using System.Security.Cryptography;

namespace Pipeline.Privacy.Shredding;

/// <summary>
/// One data key: AES-256-GCM with a fresh random 96-bit nonce per record and a 128-bit tag. A device makes its own
/// (<see cref="Generate"/>) and seals every batch under it until it rotates; the processor rebuilds it from the wrapped
/// copy on the keys topic (<see cref="FromMaterial"/>). A batch sealed under a key whose every copy is erased cannot be
/// read by anyone. Not thread-safe (one device or one processing loop uses it).
/// </summary>
public sealed class DataKey : IDisposable
{
    /// <summary>Key length: AES-256.</summary>
    public const int KeyBytes = 32;

    /// <summary>Nonce length: 96 bits, random per record (NIST SP 800-38D allows 2^32 of them per key; a device seals a few hundred thousand a day).</summary>
    public const int NonceBytes = 12;

    /// <summary>Authentication tag length: 128 bits.</summary>
    public const int TagBytes = 16;

    /// <summary>Random bytes of a key id (128 bits, so ids of independent devices never collide); the id is their hex.</summary>
    public const int IdBytes = 16;

    private readonly byte[] _key;
    private readonly byte[] _idAscii;
    private readonly AesGcm _aes;

    private DataKey(string id, byte[] key)
    {
        Id = id;
        _idAscii = System.Text.Encoding.ASCII.GetBytes(id);
        _key = key;
        _aes = new AesGcm(key, TagBytes);
    }

    /// <summary>The key's id: 32 lowercase hex characters, in clear beside every record sealed under it.</summary>
    public string Id { get; }

    /// <summary>The id's bytes, as bound into the associated data of every record sealed under the key.</summary>
    public ReadOnlySpan<byte> IdAscii => _idAscii;

    /// <summary>A fresh random key with a fresh random id.</summary>
    public static DataKey Generate()
    {
        Span<byte> id = stackalloc byte[IdBytes];
        RandomNumberGenerator.Fill(id);
        return new DataKey(Convert.ToHexStringLower(id), RandomNumberGenerator.GetBytes(KeyBytes));
    }

    /// <summary>The key <paramref name="id"/> with the bytes <paramref name="key"/> (unwrapped from the keys topic).</summary>
    /// <exception cref="ArgumentException">The id is not 32 hex characters or the key not 32 bytes.</exception>
    public static DataKey FromMaterial(string id, ReadOnlySpan<byte> key)
    {
        if (!IsKeyId(id))
        {
            throw new ArgumentException("a data key id is 32 lowercase hex characters", nameof(id));
        }

        if (key.Length != KeyBytes)
        {
            throw new ArgumentException($"a data key is {KeyBytes} bytes", nameof(key));
        }

        return new DataKey(id, key.ToArray());
    }

    /// <summary>Whether <paramref name="id"/> has the form of a key id.</summary>
    public static bool IsKeyId(string? id)
    {
        if (id is null || id.Length != IdBytes * 2)
        {
            return false;
        }

        foreach (char c in id)
        {
            if (!char.IsAsciiDigit(c) && c is not (>= 'a' and <= 'f'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Copies the key bytes into <paramref name="destination"/>, for wrapping them for the processing side.</summary>
    public void CopyKeyTo(Span<byte> destination) => _key.CopyTo(destination);

    /// <summary>
    /// Encrypts <paramref name="plaintext"/> into <paramref name="ciphertextAndTag"/> (plaintext length plus
    /// <see cref="TagBytes"/>), bound to <paramref name="associatedData"/>, under a fresh random nonce written to
    /// <paramref name="nonce"/>.
    /// </summary>
    public void Seal(ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> associatedData, Span<byte> nonce, Span<byte> ciphertextAndTag)
    {
        if (nonce.Length != NonceBytes || ciphertextAndTag.Length != plaintext.Length + TagBytes)
        {
            throw new ArgumentException("the nonce must be 12 bytes and the output the plaintext's length plus 16");
        }

        RandomNumberGenerator.Fill(nonce);
        _aes.Encrypt(nonce, plaintext, ciphertextAndTag[..plaintext.Length], ciphertextAndTag[plaintext.Length..], associatedData);
    }

    /// <summary>
    /// Decrypts into <paramref name="plaintext"/> (the ciphertext's length minus <see cref="TagBytes"/>); false, with
    /// <paramref name="plaintext"/> zeroed, when the record was not sealed under this key with this associated data.
    /// </summary>
    public bool TryOpen(ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> ciphertextAndTag, ReadOnlySpan<byte> associatedData, Span<byte> plaintext)
    {
        int length = ciphertextAndTag.Length - TagBytes;
        if (nonce.Length != NonceBytes || length < 0 || plaintext.Length != length)
        {
            return false;
        }

        try
        {
            _aes.Decrypt(nonce, ciphertextAndTag[..length], ciphertextAndTag[length..], plaintext, associatedData);
            return true;
        }
        catch (AuthenticationTagMismatchException)
        {
            CryptographicOperations.ZeroMemory(plaintext);
            return false;
        }
    }

    /// <summary>Releases the cipher and clears the key bytes.</summary>
    public void Dispose()
    {
        _aes.Dispose();
        CryptographicOperations.ZeroMemory(_key);
    }
}
