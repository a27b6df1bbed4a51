using System.Globalization;

namespace Pipeline.Privacy.Pseudonyms;

/// <summary>
/// The versioned secret keys of <see cref="Pseudonymizer"/>. Built and validated once at start-up; the secrets
/// never appear in logs or exception messages.
/// </summary>
public sealed record PseudonymOptions
{
    /// <summary>
    /// The version of the well-known development key. Its pseudonyms can be reversed by anyone who can guess raw
    /// ids, so it exists only for demos and tests and only when asked for explicitly.
    /// </summary>
    public const int DevelopmentKeyVersion = 0;

    // 32 bytes is the HMAC-SHA256 block-independent recommendation (RFC 2104: at least the output length);
    // shorter keys would make the pseudonyms only as strong as the key.
    private const int MinimumKeyBytes = 32;

    private static readonly byte[] s_developmentKey = "pipeline-development-key-not-secret-do-not-use-in-production"u8.ToArray();

    /// <summary>Secret bytes by key version. Versions are positive; 0 is reserved for the development key.</summary>
    public required IReadOnlyDictionary<int, byte[]> Keys { get; init; }

    /// <summary>The version new sessions are pseudonymised under.</summary>
    public required int CurrentVersion { get; init; }

    /// <summary>The options with only the well-known development key, for demos and tests.</summary>
    public static PseudonymOptions Development { get; } = new()
    {
        Keys = new Dictionary<int, byte[]> { [DevelopmentKeyVersion] = s_developmentKey },
        CurrentVersion = DevelopmentKeyVersion,
    };

    /// <summary>
    /// Builds options from configuration text: key versions (decimal) to base64 secrets, and the current version.
    /// With no key at all, <paramref name="allowDevelopmentKey"/> selects the development key; otherwise the
    /// processor must not start, and the exception says why in one line.
    /// </summary>
    public static PseudonymOptions FromConfiguration(IReadOnlyDictionary<string, string?> base64KeysByVersion, string? currentVersion, bool allowDevelopmentKey)
    {
        ArgumentNullException.ThrowIfNull(base64KeysByVersion);
        if (base64KeysByVersion.Count == 0)
        {
            if (allowDevelopmentKey)
            {
                return Development;
            }

            throw new ArgumentException("no pseudonym key configured: set Pseudonym:Keys:<version> (base64, at least 32 bytes) and Pseudonym:CurrentVersion, or Pseudonym:AllowDevelopmentKey=true for a demo");
        }

        var keys = new Dictionary<int, byte[]>();
        foreach ((string versionText, string? secret) in base64KeysByVersion)
        {
            if (!int.TryParse(versionText, NumberStyles.None, CultureInfo.InvariantCulture, out int version) || version <= 0)
            {
                throw new ArgumentException($"pseudonym key version '{versionText}' must be a positive whole number");
            }

            byte[] bytes;
            try
            {
                bytes = Convert.FromBase64String(secret ?? "");
            }
            catch (FormatException)
            {
                throw new ArgumentException($"pseudonym key version {version} is not valid base64");
            }

            keys[version] = bytes;
        }

        int current;
        if (currentVersion is null)
        {
            if (keys.Count != 1)
            {
                throw new ArgumentException("several pseudonym keys configured: set Pseudonym:CurrentVersion to the one new sessions use");
            }

            current = keys.Keys.First();
        }
        else if (!int.TryParse(currentVersion, NumberStyles.None, CultureInfo.InvariantCulture, out current))
        {
            throw new ArgumentException($"Pseudonym:CurrentVersion '{currentVersion}' must be a whole number");
        }

        var options = new PseudonymOptions { Keys = keys, CurrentVersion = current };
        options.Validate();
        return options;
    }

    /// <summary>Rejects an unusable key set with a one-line reason.</summary>
    public void Validate()
    {
        if (Keys is null || Keys.Count == 0)
        {
            throw new ArgumentException("no pseudonym key configured");
        }

        foreach ((int version, byte[] secret) in Keys)
        {
            if (version < 0)
            {
                throw new ArgumentException($"pseudonym key version {version} must not be negative");
            }

            if (version == DevelopmentKeyVersion && !ReferenceEquals(secret, s_developmentKey))
            {
                throw new ArgumentException("pseudonym key version 0 is reserved for the development key");
            }

            if (version != DevelopmentKeyVersion && (secret is null || secret.Length < MinimumKeyBytes))
            {
                throw new ArgumentException($"pseudonym key version {version} must be at least {MinimumKeyBytes} bytes");
            }
        }

        if (!Keys.ContainsKey(CurrentVersion))
        {
            throw new ArgumentException($"Pseudonym:CurrentVersion {CurrentVersion} names no configured key");
        }
    }
}
