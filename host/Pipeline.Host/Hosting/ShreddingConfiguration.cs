using Microsoft.Extensions.Configuration;
using Pipeline.Privacy.Shredding;

namespace Pipeline.Host.Hosting;

/// <summary>
/// The one binding of the <c>Shredding</c> section, the keys of crypto-shredding: <c>RoutingSecret</c> (base64, every
/// role), <c>RoutingBuckets</c>, <c>PublicKey</c> and <c>PublicKeyVersion</c> (agents: capture, import, loadgen),
/// <c>PrivateKeys:&lt;version&gt;</c> and <c>CurrentVersion</c> (processors and erasure), <c>DataKeyRotation</c>
/// (agents) and <c>AllowDevelopmentKeys</c> (true or false), parsed by <see cref="SealingOptions.FromConfiguration"/>
/// and <see cref="UnsealingOptions.FromConfiguration"/>.
/// </summary>
internal static class ShreddingConfiguration
{
    /// <summary>What an agent seals with; every refusal is a one-line <see cref="CliException"/>.</summary>
    /// <param name="configuration">The host's configuration.</param>
    /// <param name="developmentKeysByDefault">
    /// Whether the well-known development keys stand in when none are configured and <c>AllowDevelopmentKeys</c> is not
    /// set: true for the demo and the bench, which run on data nobody owns; false for roles that touch real data.
    /// </param>
    public static SealingOptions Sealing(IConfiguration configuration, bool developmentKeysByDefault)
    {
        ShreddingSection section = PipelineConfiguration.Bind<ShreddingSection>(configuration, "Shredding");
        bool allow = section.AllowDevelopmentKeys ?? developmentKeysByDefault;
        return CliException.ThrowIfInvalid(() => SealingOptions.FromConfiguration(section.RoutingSecret, section.RoutingBuckets, section.PublicKey,
            section.PublicKeyVersion, section.DataKeyRotation, allow));
    }

    /// <summary>What the processing side opens with; every refusal is a one-line <see cref="CliException"/>.</summary>
    /// <param name="configuration">The host's configuration.</param>
    /// <param name="developmentKeysByDefault">As for <see cref="Sealing"/>.</param>
    public static UnsealingOptions Unsealing(IConfiguration configuration, bool developmentKeysByDefault)
    {
        ShreddingSection section = PipelineConfiguration.Bind<ShreddingSection>(configuration, "Shredding");
        bool allow = section.AllowDevelopmentKeys ?? developmentKeysByDefault;
        return CliException.ThrowIfInvalid(() => UnsealingOptions.FromConfiguration(section.RoutingSecret, section.RoutingBuckets, section.PrivateKeys,
            section.CurrentVersion, allow));
    }

    /// <summary>The <c>Shredding</c> section as text; the options records parse the keys and versions.</summary>
    private sealed class ShreddingSection
    {
        public string? RoutingSecret { get; set; }

        public int? RoutingBuckets { get; set; }

        public string? PublicKey { get; set; }

        public string? PublicKeyVersion { get; set; }

        public Dictionary<string, string?> PrivateKeys { get; set; } = new(StringComparer.Ordinal);

        public string? CurrentVersion { get; set; }

        public TimeSpan? DataKeyRotation { get; set; }

        public bool? AllowDevelopmentKeys { get; set; }
    }
}
