using System.Globalization;
using System.Security.Cryptography;

namespace Pipeline.Privacy.Shredding;

/// <summary>
/// What the processing side (processors, erasure, export) opens sealed data with: the routing secret (to find a
/// person's records on the keys topic) and the private keys of the processing key pairs by version, the current one
/// wrapping new person secrets. Built and validated once; the keys never appear in logs or messages.
/// </summary>
public sealed record UnsealingOptions
{
    /// <summary>The routing secret and bucket count (the agents').</summary>
    public required RoutingOptions Routing { get; init; }

    /// <summary>Private keys (PKCS#8 DER, P-256) by version. Version 0 is the development pair's.</summary>
    public required IReadOnlyDictionary<int, byte[]> PrivateKeys { get; init; }

    /// <summary>The version new person secrets are wrapped under.</summary>
    public required int CurrentVersion { get; init; }

    /// <summary>
    /// Unwrapped data keys kept in memory: 10,000. Unwrapping costs an ECDH agreement (tens of microseconds) and a device
    /// uses one key a day, so this covers a large fleet's live keys; past it the cache starts over and each key costs
    /// one more unwrap. Its bound is what a memory dump of a processor could expose.
    /// </summary>
    public int DataKeyCacheCapacity { get; init; } = 10_000;

    /// <summary>The development routing secret and key pair: demos and tests only.</summary>
    public static UnsealingOptions Development { get; } = new()
    {
        Routing = RoutingOptions.Development,
        PrivateKeys = new Dictionary<int, byte[]> { [DevelopmentKeys.Version] = DevelopmentKeys.PrivateKey },
        CurrentVersion = DevelopmentKeys.Version,
    };

    /// <summary>Whether the development keys are among these.</summary>
    public bool IsDevelopment => Routing.IsDevelopment || PrivateKeys.ContainsKey(DevelopmentKeys.Version);

    /// <summary>
    /// Builds the options from configuration text: the routing secret, private keys by version (decimal) as base64
    /// PKCS#8, and the current version. With nothing configured, <paramref name="allowDevelopmentKeys"/> selects the
    /// development keys; otherwise the role must not start, and the exception says why in one line.
    /// </summary>
    public static UnsealingOptions FromConfiguration(string? routingSecret, int? buckets, IReadOnlyDictionary<string, string?> base64PrivateKeysByVersion, string? currentVersion, bool allowDevelopmentKeys)
    {
        ArgumentNullException.ThrowIfNull(base64PrivateKeysByVersion);
        if (routingSecret is null && base64PrivateKeysByVersion.Count == 0)
        {
            if (allowDevelopmentKeys)
            {
                return Development;
            }

            throw new ArgumentException("no unsealing keys configured: set Shredding:RoutingSecret and Shredding:PrivateKeys:<version> (base64 PKCS#8, P-256), or Shredding:AllowDevelopmentKeys=true for a demo");
        }

        if (routingSecret is null || base64PrivateKeysByVersion.Count == 0)
        {
            throw new ArgumentException("Shredding:RoutingSecret and Shredding:PrivateKeys:<version> go together: set both");
        }

        var keys = new Dictionary<int, byte[]>();
        foreach ((string versionText, string? key) in base64PrivateKeysByVersion)
        {
            if (!int.TryParse(versionText, NumberStyles.None, CultureInfo.InvariantCulture, out int version) || version <= 0)
            {
                throw new ArgumentException($"Shredding:PrivateKeys version '{versionText}' must be a positive whole number");
            }

            try
            {
                keys[version] = Convert.FromBase64String(key ?? "");
            }
            catch (FormatException)
            {
                throw new ArgumentException($"Shredding:PrivateKeys:{version} is not valid base64");
            }
        }

        int current;
        if (currentVersion is null)
        {
            if (keys.Count != 1)
            {
                throw new ArgumentException("several processing keys configured: set Shredding:CurrentVersion to the one new person secrets are wrapped under");
            }

            current = keys.Keys.First();
        }
        else if (!int.TryParse(currentVersion, NumberStyles.None, CultureInfo.InvariantCulture, out current))
        {
            throw new ArgumentException($"Shredding:CurrentVersion '{currentVersion}' must be a whole number");
        }

        var options = new UnsealingOptions { Routing = RoutingOptions.FromConfiguration(routingSecret, buckets), PrivateKeys = keys, CurrentVersion = current };
        options.Validate();
        return options;
    }

    /// <summary>Rejects an unusable value with a one-line reason.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Routing);
        Routing.Validate();
        if (PrivateKeys is null || PrivateKeys.Count == 0)
        {
            throw new ArgumentException("no processing private key configured");
        }

        foreach ((int version, byte[] key) in PrivateKeys)
        {
            if (version < 0 || (version == DevelopmentKeys.Version && !ReferenceEquals(key, DevelopmentKeys.PrivateKey)))
            {
                throw new ArgumentException($"Shredding:PrivateKeys version {version} must be positive (0 is the development pair's)");
            }

            using (ImportPrivateKey(version, key))
            {
                // Parses, or throws the one-line reason.
            }
        }

        if (!PrivateKeys.ContainsKey(CurrentVersion))
        {
            throw new ArgumentException($"Shredding:CurrentVersion {CurrentVersion} names no configured private key");
        }

        if (DataKeyCacheCapacity <= 0)
        {
            throw new ArgumentException($"data key cache capacity {DataKeyCacheCapacity} must be positive");
        }
    }

    /// <summary>Imports one configured private key; a one-line reason (without the key) when it is not a P-256 PKCS#8 key.</summary>
    internal static ECDiffieHellman ImportPrivateKey(int version, byte[] pkcs8)
    {
        var key = ECDiffieHellman.Create();
        try
        {
            key.ImportPkcs8PrivateKey(pkcs8, out int read);
            if (read == pkcs8.Length && KeyAgreement.IsP256(key))
            {
                return key;
            }
        }
        catch (CryptographicException)
        {
            // Reported below without the exception's text, which could quote key material.
        }

        key.Dispose();
        throw new ArgumentException($"Shredding:PrivateKeys:{version} must be a P-256 private key (PKCS#8, base64 DER)");
    }
}
