using System.Security.Cryptography;
using System.Text;

namespace Pipeline.Privacy.Pseudonyms;

/// <summary>
/// Keyed pseudonyms: HMAC-SHA256 under a versioned secret key, the first 128 bits in lowercase hex. Subject and
/// device ids are hashed in separate domains, so a subject's pseudonym never equals a device's for the same text.
/// Results are cached by raw id, so a person is pseudonymised once per key version, not once per event.
/// Not thread-safe: each processing loop owns one.
/// </summary>
public sealed class Pseudonymizer
{
    /// <summary>Length of a pseudonym in characters (128 bits as hex).</summary>
    public const int PseudonymLength = 32;

    private static readonly byte[] s_subjectDomain = "subject\0"u8.ToArray();
    private static readonly byte[] s_deviceDomain = "device\0"u8.ToArray();

    private readonly PseudonymOptions _options;
    private readonly int[] _versions;
    private readonly byte[][] _keys;
    private readonly int _currentIndex;
    private readonly Dictionary<string, string?[]> _subjects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?[]> _devices = new(StringComparer.Ordinal);

    public Pseudonymizer(PseudonymOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
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

    /// <summary>The subject pseudonym of <paramref name="rawSubject"/> under key <paramref name="version"/>.</summary>
    public string Subject(string rawSubject, int version) => Lookup(_subjects, s_subjectDomain, rawSubject, IndexOf(version));

    /// <summary>The device pseudonym of <paramref name="rawDevice"/> under key <paramref name="version"/>.</summary>
    public string Device(string rawDevice, int version) => Lookup(_devices, s_deviceDomain, rawDevice, IndexOf(version));

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

    private string Lookup(Dictionary<string, string?[]> cache, byte[] domain, string raw, int index)
    {
        ArgumentNullException.ThrowIfNull(raw);
        if (!cache.TryGetValue(raw, out string?[]? slots))
        {
            if (cache.Count >= _options.CacheCapacity)
            {
                // Starting over is simpler than LRU bookkeeping and costs one HMAC per active subject afterwards.
                cache.Clear();
            }

            slots = new string?[_versions.Length];
            cache.Add(raw, slots);
        }

        return slots[index] ??= Compute(_keys[index], domain, raw);
    }

    private static string Compute(byte[] key, byte[] domain, string raw)
    {
        int byteCount = domain.Length + Encoding.UTF8.GetByteCount(raw);
        byte[]? rented = null;
        Span<byte> message = byteCount <= 512 ? stackalloc byte[512] : (rented = System.Buffers.ArrayPool<byte>.Shared.Rent(byteCount));
        try
        {
            domain.CopyTo(message);
            int written = domain.Length + Encoding.UTF8.GetBytes(raw, message[domain.Length..]);
            Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
            HMACSHA256.HashData(key, message[..written], mac);
            return Convert.ToHexStringLower(mac[..(PseudonymLength / 2)]);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowUnknownVersion(int version) =>
        throw new ArgumentOutOfRangeException(nameof(version), $"pseudonym key version {version} is not configured");
}
