using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;

namespace Pipeline.Privacy.Shredding;

/// <summary>
/// A secret as a keys-topic value and back, the same on every side: its <see cref="KeyMaterial"/> (the secret, whose it
/// is) single-object encoded, wrapped for the processing side (<see cref="ProcessingPublicKey"/>) and bound to its
/// record key, kind and wrapping version, inside a <see cref="WrappedKey"/>.
/// </summary>
public static class WrappedKeys
{
    /// <summary>The keys-topic value of <paramref name="material"/> under <paramref name="recordKey"/>.</summary>
    public static byte[] Wrap(ProcessingPublicKey wrappingKey, WrappedKeyKind kind, string recordKey, string keyId, KeyMaterial material, long createdMicros)
    {
        ArgumentNullException.ThrowIfNull(wrappingKey);
        ArgumentException.ThrowIfNullOrEmpty(recordKey);
        ArgumentException.ThrowIfNullOrEmpty(keyId);
        ArgumentNullException.ThrowIfNull(material);
        var plaintext = new ArrayBufferWriter<byte>(128);
        WrappedSecret wrapped;
        try
        {
            KeyMaterialCodec.Write(material, plaintext);
            wrapped = wrappingKey.Wrap(plaintext.WrittenSpan, AssociatedData.ForWrappedKey(Encoding.UTF8.GetBytes(recordKey), (int)kind, wrappingKey.Version));
        }
        finally
        {
            // Clear() zeroes the buffer: the secret does not linger in freed memory.
            plaintext.Clear();
        }

        var value = new ArrayBufferWriter<byte>(256);
        WrappedKeyCodec.Write(new WrappedKey(kind, keyId, wrapped.Version, wrapped.EphemeralKey, wrapped.Nonce, wrapped.Ciphertext, createdMicros), value);
        return value.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Unwraps a keys-topic value found under <paramref name="recordKey"/>; false when it does not decode, the ring lacks
    /// its key pair, or it was not wrapped for this record key and kind.
    /// </summary>
    public static bool TryUnwrap(ProcessingKeyRing keys, ReadOnlySpan<byte> recordKey, WrappedKey wrapped, [NotNullWhen(true)] out KeyMaterial? material)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(wrapped);
        material = null;
        byte[] associatedData = AssociatedData.ForWrappedKey(recordKey, (int)wrapped.Kind, wrapped.WrappingVersion);
        if (!keys.TryUnwrap(new WrappedSecret(wrapped.WrappingVersion, wrapped.EphemeralKey, wrapped.Nonce, wrapped.Ciphertext), associatedData, out byte[]? plaintext))
        {
            return false;
        }

        try
        {
            return KeyMaterialCodec.TryRead(plaintext, out material, out _);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }
}
