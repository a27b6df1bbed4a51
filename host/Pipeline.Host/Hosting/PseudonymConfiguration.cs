using Microsoft.Extensions.Configuration;
using Pipeline.Privacy.Pseudonyms;

namespace Pipeline.Host.Hosting;

/// <summary>
/// The one binding of the pseudonym keys, for every role that pseudonymises (process, demo, bench) or has to find
/// what was pseudonymised (lake erase): the <c>Pseudonym</c> section, <c>Keys:&lt;version&gt;</c> (base64 secrets,
/// every version still needed for erasure), <c>CurrentVersion</c> and <c>AllowDevelopmentKey</c> (true or false),
/// parsed by <see cref="PseudonymOptions.FromConfiguration"/>.
/// </summary>
internal static class PseudonymConfiguration
{
    /// <summary>Binds and validates the keys; every refusal is a one-line <see cref="CliException"/>.</summary>
    /// <param name="configuration">The host's configuration.</param>
    /// <param name="developmentKeyByDefault">
    /// Whether the well-known development key stands in when no key is configured and <c>AllowDevelopmentKey</c> is not
    /// set: true for the demo and the bench, which run on data nobody owns; false for roles that touch real data.
    /// </param>
    public static PseudonymOptions Load(IConfiguration configuration, bool developmentKeyByDefault)
    {
        PseudonymSection section = PipelineConfiguration.Bind<PseudonymSection>(configuration, "Pseudonym");
        bool allowDevelopmentKey = section.AllowDevelopmentKey ?? developmentKeyByDefault;
        return CliException.ThrowIfInvalid(() => PseudonymOptions.FromConfiguration(section.Keys, section.CurrentVersion, allowDevelopmentKey));
    }

    /// <summary>The <c>Pseudonym</c> section as text; <see cref="PseudonymOptions"/> parses the keys and the version.</summary>
    private sealed class PseudonymSection
    {
        public Dictionary<string, string?> Keys { get; set; } = new(StringComparer.Ordinal);

        public string? CurrentVersion { get; set; }

        public bool? AllowDevelopmentKey { get; set; }
    }
}
