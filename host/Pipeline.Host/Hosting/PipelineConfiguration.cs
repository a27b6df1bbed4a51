using Microsoft.Extensions.Configuration;

namespace Pipeline.Host.Hosting;

/// <summary>
/// Configuration in increasing precedence: a JSON file (<c>--config</c>, else <c>pipeline.json</c> in the working
/// directory if present), environment variables <c>PIPELINE__Section__Key</c>, then command-line options.
/// </summary>
internal static class PipelineConfiguration
{
    public const string EnvironmentPrefix = "PIPELINE__";

    public static IConfigurationRoot Build(FileInfo? file, IReadOnlyDictionary<string, string?> overrides)
    {
        var builder = new ConfigurationBuilder();
        if (file is not null)
        {
            if (!file.Exists)
            {
                throw new CliException($"configuration file {file.FullName} does not exist");
            }

            builder.AddJsonFile(file.FullName, optional: false, reloadOnChange: false);
        }
        else
        {
            builder.AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "pipeline.json"), optional: true, reloadOnChange: false);
        }

        builder.AddEnvironmentVariables(EnvironmentPrefix);
        builder.AddInMemoryCollection(overrides);
        try
        {
            return builder.Build();
        }
        catch (InvalidDataException ex)
        {
            throw new CliException($"configuration file is not valid JSON: {ex.Message}");
        }
        catch (FormatException ex)
        {
            throw new CliException($"configuration file is not valid JSON: {ex.Message}");
        }
    }

    /// <summary>Binds a section to an options record, turning binder failures into a one-line reason.</summary>
    public static T Bind<T>(IConfiguration configuration, string section)
        where T : new()
    {
        try
        {
            return configuration.GetSection(section).Get<T>(o => o.ErrorOnUnknownConfiguration = true) ?? new T();
        }
        catch (InvalidOperationException ex)
        {
            throw new CliException($"configuration section {section}: {ex.Message}");
        }
    }
}
