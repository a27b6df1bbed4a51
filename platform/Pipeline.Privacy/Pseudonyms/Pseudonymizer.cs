using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Pipeline.Privacy.Pseudonyms;

/// <summary>
/// Keyed pseudonyms that die with the person: HMAC-SHA256 under a versioned key over a domain, the person's secret
/// (<see cref="PersonSecret"/>) and the raw id, the first 128 bits in lowercase hex. Subject and device ids are hashed
/// in separate domains, so a subject's pseudonym never equals a device's. Without the person's secret the raw id and
/// every key are not enough to compute a pseudonym, so erasing the secret makes the pseudonymous records that remain
/// unlinkable to the person. Pseudonyms are cached on the secret, so a person costs one HMAC per key version and
/// device, not one per event. Not thread-safe: each processing loop owns one.
/// </summary>
public sealed class Pseudonymizer
{
    /// <summary>Length of a pseudonym in characters (128 bits as hex).</summary>
    public const int PseudonymLength = 32;

    private static readonly byte[] s_subjectDomain = "subject\0"u8.ToArray();
    private static readonly byte[] s_deviceDomain = "device\0"u8.ToArray();

    private readonly int[] _versions;
    private readonly byte[][] _keys;
    private readonly int _currentIndex;

    public Pseudonymizer(PseudonymOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _versions = [.. options.Keys.Keys.Order()];
        _keys = new byte[_versions.Length][];
        for (int i = 0; i < _versions.Length; i++)
        {
            _keys[i] = options.Keys[_versions[i]];
            if (_versions[i] == options.CurrentVersion)
            {
                _currentIndex = i;
            }
        }
    }

    /// <summary>The key version new sessions are pseudonymised under.</summary>
    public int CurrentVersion => _versions[_currentIndex];

    /// <summary>Every configured key version, ascending.</summary>
    public ReadOnlySpan<int> Versions => _versions;

    /// <summary>The subject pseudonym of <paramref name="person"/> under key <paramref name="version"/>.</summary>
    public string Subject(PersonSecret person, int version)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (person.CachedSubject(version) is { } cached)
        {
            return cached;
        }

        string pseudonym = Compute(_keys[IndexOf(version)], s_subjectDomain, person.Value, person.Subject);
        person.CacheSubject(version, pseudonym);
        return pseudonym;
    }

    /// <summary>The pseudonym of <paramref name="person"/>'s device <paramref name="rawDevice"/> under key <paramref name="version"/>.</summary>
    public string Device(PersonSecret person, string rawDevice, int version)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(rawDevice);
        if (person.CachedDevice(rawDevice, version) is { } cached)
        {
            return cached;
        }

        string pseudonym = Compute(_keys[IndexOf(version)], s_deviceDomain, person.Value, rawDevice);
        person.CacheDevice(rawDevice, version, pseudonym);
        return pseudonym;
    }

    /// <summary>
    /// The person's subject pseudonym under every configured key version: what the lake holds of them under whichever
    /// key was current when it was written. The one derivation erasure and export find a person's rows with.
    /// </summary>
    public IReadOnlyList<string> AllSubjectPseudonyms(PersonSecret person)
    {
        var pseudonyms = new List<string>(_versions.Length);
        foreach (int version in _versions)
        {
            pseudonyms.Add(Subject(person, version));
        }

        return pseudonyms;
    }

    /// <summary>Whether <paramref name="version"/> is a configured key version.</summary>
    public bool HasVersion(int version) => Array.IndexOf(_versions, version) >= 0;

    private int IndexOf(int version)
    {
        int index = Array.IndexOf(_versions, version);
        if (index < 0)
        {
            ThrowUnknownVersion(version);
        }

        return index;
    }

    private static string Compute(byte[] key, byte[] domain, ReadOnlySpan<byte> secret, string raw)
    {
        int byteCount = domain.Length + secret.Length + Encoding.UTF8.GetByteCount(raw);
        byte[]? rented = null;
        Span<byte> message = byteCount <= 512 ? stackalloc byte[512] : (rented = ArrayPool<byte>.Shared.Rent(byteCount));
        try
        {
            // The secret has a fixed length, so domain ‖ secret ‖ id is unambiguous.
            domain.CopyTo(message);
            secret.CopyTo(message[domain.Length..]);
            int prefix = domain.Length + secret.Length;
            int written = prefix + Encoding.UTF8.GetBytes(raw, message[prefix..]);
            Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
            HMACSHA256.HashData(key, message[..written], mac);
            return Convert.ToHexStringLower(mac[..(PseudonymLength / 2)]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowUnknownVersion(int version) =>
        throw new ArgumentOutOfRangeException(nameof(version), $"pseudonym key version {version} is not configured");
}
