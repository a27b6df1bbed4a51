using System.Globalization;

namespace Pipeline.Privacy.Shredding;

/// <summary>
/// What an agent seals its batches with: the routing secret, the processing side's public key (and its version), and
/// how often it makes a new data key. No private key ever reaches a workstation. Immutable; validated once.
/// </summary>
public sealed record SealingOptions
{
    /// <summary>
    /// A new data key a day. Erasure does not need rotation (it erases every key of a person at once); rotation bounds
    /// what one key exposes if it leaked from a device's memory, and keeps each key far below AES-GCM's limit for
    /// random nonces (2^32 records; a busy device seals a few hundred thousand a day). Old keys stay on the compacted
    /// keys topic, so what is still within the raw and dead-letter retention stays readable.
    /// </summary>
    public static readonly TimeSpan DefaultRotation = TimeSpan.FromDays(1);

    /// <summary>The routing secret and bucket count.</summary>
    public required RoutingOptions Routing { get; init; }

    /// <summary>The processing key pair the agent wraps data keys for.</summary>
    public required int PublicKeyVersion { get; init; }

    /// <summary>That pair's public key, X.509 SubjectPublicKeyInfo (DER).</summary>
    public required byte[] PublicKey { get; init; }

    /// <summary>How long a data key is used before the device makes a new one (<see cref="DefaultRotation"/>).</summary>
    public TimeSpan DataKeyRotation { get; init; } = DefaultRotation;

    /// <summary>The development routing secret and key pair: demos and tests only.</summary>
    public static SealingOptions Development { get; } = new()
    {
        Routing = RoutingOptions.Development,
        PublicKeyVersion = DevelopmentKeys.Version,
        PublicKey = DevelopmentKeys.PublicKey,
    };

    /// <summary>Whether these are the well-known development keys.</summary>
    public bool IsDevelopment => Routing.IsDevelopment || ReferenceEquals(PublicKey, DevelopmentKeys.PublicKey);

    /// <summary>
    /// Builds the options from configuration text. With nothing configured, <paramref name="allowDevelopmentKeys"/>
    /// selects the development keys; otherwise the agent must not start, and the exception says why in one line.
    /// </summary>
    public static SealingOptions FromConfiguration(string? routingSecret, int? buckets, string? publicKey, string? publicKeyVersion, TimeSpan? rotation, bool allowDevelopmentKeys)
    {
        if (routingSecret is null && publicKey is null && publicKeyVersion is null)
        {
            if (allowDevelopmentKeys)
            {
                return rotation is { } r ? Development with { DataKeyRotation = r } : Development;
            }

            throw new ArgumentException("no sealing keys configured: set Shredding:RoutingSecret, Shredding:PublicKey and Shredding:PublicKeyVersion, or Shredding:AllowDevelopmentKeys=true for a demo");
        }

        if (routingSecret is null || publicKey is null || publicKeyVersion is null)
        {
            throw new ArgumentException("Shredding:RoutingSecret, Shredding:PublicKey and Shredding:PublicKeyVersion go together: set all three");
        }

        if (!int.TryParse(publicKeyVersion, NumberStyles.None, CultureInfo.InvariantCulture, out int version) || version <= 0)
        {
            throw new ArgumentException($"Shredding:PublicKeyVersion '{publicKeyVersion}' must be a positive whole number");
        }

        byte[] spki;
        try
        {
            spki = Convert.FromBase64String(publicKey);
        }
        catch (FormatException)
        {
            throw new ArgumentException("Shredding:PublicKey is not valid base64");
        }

        var options = new SealingOptions
        {
            Routing = RoutingOptions.FromConfiguration(routingSecret, buckets),
            PublicKeyVersion = version,
            PublicKey = spki,
            DataKeyRotation = rotation ?? DefaultRotation,
        };
        options.Validate();
        return options;
    }

    /// <summary>Rejects an unusable value with a one-line reason.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Routing);
        Routing.Validate();
        if (PublicKeyVersion < 0 || (PublicKeyVersion == DevelopmentKeys.Version && !ReferenceEquals(PublicKey, DevelopmentKeys.PublicKey)))
        {
            throw new ArgumentException($"Shredding:PublicKeyVersion {PublicKeyVersion} must be positive (0 is the development pair's)");
        }

        ArgumentNullException.ThrowIfNull(PublicKey);
        using (new ProcessingPublicKey(PublicKeyVersion, PublicKey))
        {
            // Parses, or throws the one-line reason.
        }

        if (DataKeyRotation < TimeSpan.FromMinutes(1) || DataKeyRotation > TimeSpan.FromDays(30))
        {
            throw new ArgumentException($"Shredding:DataKeyRotation {DataKeyRotation} must be 1 minute to 30 days");
        }
    }
}
