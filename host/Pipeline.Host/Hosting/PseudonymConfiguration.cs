using Microsoft.Extensions.Configuration;
using Pipeline.Privacy.Pseudonyms;

namespace Pipeline.Host.Hosting;

/// <summary>
/// The pseudonym keys from configuration: <c>Pseudonym:Keys:&lt;version&gt;</c> (base64 secrets, every version
/// still needed for erasure), <c>Pseudonym:CurrentVersion</c>, and <c>Pseudonym:AllowDevelopmentKey</c> for demos.
/// </summary>
internal static class PseudonymConfiguration
{
    public static PseudonymOptions Load(IConfiguration configuration, bool allowDevelopmentKey)
    {
        var keys = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (IConfigurationSection key in configuration.GetSection("Pseudonym:Keys").GetChildren())
        {
            keys[key.Key] = key.Value;
        }

        bool allow = allowDevelopmentKey || string.Equals(configuration["Pseudonym:AllowDevelopmentKey"], "true", StringComparison.OrdinalIgnoreCase);
        try
        {
            PseudonymOptions options = PseudonymOptions.FromConfiguration(keys, configuration["Pseudonym:CurrentVersion"], allow);
            options.Validate();
            return options;
        }
        catch (ArgumentException ex)
        {
            throw new CliException(ex.Message);
        }
    }
}
