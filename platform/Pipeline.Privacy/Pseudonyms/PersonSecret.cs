using System.Security.Cryptography;

namespace Pipeline.Privacy.Pseudonyms;

/// <summary>
/// A person's pseudonym secret: 32 random bytes that every pseudonym of the person is derived from, together with the
/// key version and the raw id (<see cref="Pseudonymizer"/>). One per person, the same for all their devices and across
/// data-key rotations; made once by the processor that owns the person's partition and kept (wrapped) on the keys
/// topic beside their data keys. Erased with them: without it nobody, not even a holder of the raw id and every
/// pseudonym key, can compute the person's pseudonyms again. Also caches the pseudonyms computed from it, so dropping
/// the secret drops them. Not thread-safe.
/// </summary>
public sealed class PersonSecret
{
    /// <summary>Length of the secret.</summary>
    public const int SecretBytes = 32;

    private readonly byte[] _secret;
    private (int Version, string Pseudonym)[] _subject = [];
    private Dictionary<(string Device, int Version), string>? _devices;

    /// <summary>The secret <paramref name="secret"/> of the person with raw id <paramref name="subject"/>.</summary>
    /// <exception cref="ArgumentException">The secret is not <see cref="SecretBytes"/> long, or the id is empty.</exception>
    public PersonSecret(string subject, ReadOnlySpan<byte> secret)
    {
        ArgumentException.ThrowIfNullOrEmpty(subject);
        if (secret.Length != SecretBytes)
        {
            throw new ArgumentException($"a person secret is {SecretBytes} bytes", nameof(secret));
        }

        Subject = subject;
        _secret = secret.ToArray();
    }

    /// <summary>The person's raw id. Never logged.</summary>
    public string Subject { get; }

    /// <summary>The secret bytes (to wrap them for the keys topic).</summary>
    public ReadOnlySpan<byte> Value => _secret;

    /// <summary>A new random secret for <paramref name="subject"/>.</summary>
    public static PersonSecret Create(string subject)
    {
        Span<byte> secret = stackalloc byte[SecretBytes];
        RandomNumberGenerator.Fill(secret);
        return new PersonSecret(subject, secret);
    }

    internal string? CachedSubject(int version)
    {
        foreach ((int v, string pseudonym) in _subject)
        {
            if (v == version)
            {
                return pseudonym;
            }
        }

        return null;
    }

    internal void CacheSubject(int version, string pseudonym) => _subject = [.. _subject, (version, pseudonym)];

    internal string? CachedDevice(string device, int version) =>
        _devices is not null && _devices.TryGetValue((device, version), out string? pseudonym) ? pseudonym : null;

    internal void CacheDevice(string device, int version, string pseudonym)
    {
        _devices ??= [];
        if (_devices.Count >= 64)
        {
            // A person has a few devices; this bound only keeps a stream of forged device ids from growing it.
            _devices.Clear();
        }

        _devices[(device, version)] = pseudonym;
    }
}
