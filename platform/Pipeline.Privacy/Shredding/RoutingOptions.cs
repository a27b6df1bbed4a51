namespace Pipeline.Privacy.Shredding;

/// <summary>
/// The fleet-wide routing secret and bucket count: what every agent needs to key its batches by route
/// (<see cref="SubjectRouter"/>), and what the processors and erasure need to find a person's records on the keys
/// topic. The secret is configured on every workstation, so treat it as known to insiders: it lets its holder tell a
/// guessed id's bucket, never read or single out a person's data. Immutable; <see cref="Validate"/> once.
/// </summary>
public sealed record RoutingOptions
{
    /// <summary>
    /// 256 buckets: each of a dozen raw partitions gets about twenty (partitions stay balanced within about a quarter),
    /// and in a fleet of a few thousand people about ten share each bucket, so a route never names one person. Fix it
    /// for the life of the raw topic: changing it (or the secret) moves people to other partitions and splits their
    /// open sessions, as adding raw partitions would.
    /// </summary>
    public const int DefaultBuckets = 256;

    // The HMAC key must be at least as long as the hash (RFC 2104), as for the pseudonym keys.
    private const int MinimumSecretBytes = 32;

    private static readonly byte[] s_developmentSecret = "pipeline-development-routing-secret-not-secret-do-not-use"u8.ToArray();

    /// <summary>The routing secret (HMAC-SHA256 key).</summary>
    public required byte[] Secret { get; init; }

    /// <summary>How many routing buckets subjects are spread over (<see cref="DefaultBuckets"/>).</summary>
    public int Buckets { get; init; } = DefaultBuckets;

    /// <summary>The well-known development secret, for demos and tests only.</summary>
    public static RoutingOptions Development { get; } = new() { Secret = s_developmentSecret };

    /// <summary>Whether this is the well-known development secret.</summary>
    public bool IsDevelopment => ReferenceEquals(Secret, s_developmentSecret);

    /// <summary>Parses the base64 secret and the bucket count (null: the default).</summary>
    /// <exception cref="ArgumentException">A value is unusable; the message is one line and never holds the secret.</exception>
    public static RoutingOptions FromConfiguration(string base64Secret, int? buckets)
    {
        byte[] secret;
        try
        {
            secret = Convert.FromBase64String(base64Secret ?? "");
        }
        catch (FormatException)
        {
            throw new ArgumentException("Shredding:RoutingSecret is not valid base64");
        }

        var options = new RoutingOptions { Secret = secret, Buckets = buckets ?? DefaultBuckets };
        options.Validate();
        return options;
    }

    /// <summary>Rejects an unusable value with a one-line reason.</summary>
    public void Validate()
    {
        if (Secret is null || (!IsDevelopment && Secret.Length < MinimumSecretBytes))
        {
            throw new ArgumentException($"Shredding:RoutingSecret must be at least {MinimumSecretBytes} bytes");
        }

        if (Buckets is < 1 or > RecordKeys.MaxBuckets)
        {
            throw new ArgumentException($"Shredding:RoutingBuckets {Buckets} must be 1 to {RecordKeys.MaxBuckets}");
        }
    }
}
