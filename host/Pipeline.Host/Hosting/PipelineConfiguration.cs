using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Pipeline.Capture.Gate;

namespace Pipeline.Host.Hosting;

/// <summary>
/// Configuration in increasing precedence: a JSON file (<c>--config</c>, else <c>pipeline.json</c> in the working
/// directory if present), environment variables <c>PIPELINE__Section__Key</c>, then command-line options. Every value
/// is read through <see cref="Bind"/> onto a typed section, so a number, a duration, a boolean or a list is parsed in
/// one place (the configuration binder) and a bad one, or a key nothing reads, ends with a one-line reason.
/// </summary>
internal static partial class PipelineConfiguration
{
    public const string EnvironmentPrefix = "PIPELINE__";

    /// <summary>
    /// The sections the host reads. Any other top-level key in the file or the environment is refused at start: a
    /// misspelt section would otherwise be ignored without a word.
    /// </summary>
    public static readonly IReadOnlyList<string> Sections =
        ["Kafka", "Metrics", "Logging", "State", "Topics", "Capture", "Processor", "Pseudonym", "Shredding", "Sink", "Lake"];

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
        IConfigurationRoot configuration;
        try
        {
            configuration = builder.Build();
        }
        catch (InvalidDataException ex)
        {
            throw new CliException($"configuration file is not valid JSON: {CliException.FirstLine(ex.Message)}");
        }
        catch (FormatException ex)
        {
            throw new CliException($"configuration file is not valid JSON: {CliException.FirstLine(ex.Message)}");
        }

        foreach (IConfigurationSection section in configuration.GetChildren())
        {
            if (!Sections.Contains(section.Key, StringComparer.OrdinalIgnoreCase))
            {
                throw new CliException($"configuration has no section {section.Key}; the sections are {string.Join(", ", Sections)}");
            }
        }

        return configuration;
    }

    /// <summary>
    /// Binds a section onto a new <typeparamref name="T"/>, whose initial values are the defaults; a value that does
    /// not convert, or a key <typeparamref name="T"/> does not have, becomes a one-line <see cref="CliException"/>.
    /// </summary>
    public static T Bind<T>(IConfiguration configuration, string section)
        where T : new()
    {
        try
        {
            return configuration.GetSection(section).Get<T>(o => o.ErrorOnUnknownConfiguration = true) ?? new T();
        }
        catch (InvalidOperationException ex)
        {
            throw new CliException(Explain(ex, section), ex);
        }
    }

    /// <summary>
    /// A list of application names, parsed as <c>--allow-apps a,b</c> is (<see cref="PrivacyOptions.ParseAppList"/>):
    /// either a comma-separated string (<c>PIPELINE__Capture__AllowApps=editor,browser</c>) or an array
    /// (<c>"AllowApps": ["editor", "browser"]</c> in JSON, <c>…__AllowApps__0</c> in the environment); null when absent.
    /// </summary>
    public static IReadOnlyList<string>? AppList(IConfiguration configuration, string key)
    {
        IConfigurationSection section = configuration.GetSection(key);
        if (section.Value is { } text)
        {
            return PrivacyOptions.ParseAppList(text);
        }

        List<string>? items = null;
        foreach (IConfigurationSection item in section.GetChildren())
        {
            if (item.Value is null)
            {
                throw new CliException($"configuration {item.Path} must be an application name, not a section");
            }

            (items ??= []).AddRange(PrivacyOptions.ParseAppList(item.Value));
        }

        return items;
    }

    /// <summary>The binder's exception as one line that names the key, the value and what it must be.</summary>
    private static string Explain(InvalidOperationException ex, string section)
    {
        string message = CliException.FirstLine(ex.Message);
        if (ConversionFailure().Match(message) is { Success: true } conversion)
        {
            string expected = conversion.Groups["type"].Value switch
            {
                "System.Boolean" or "System.Nullable`1[System.Boolean]" => "true or false",
                "System.TimeSpan" or "System.Nullable`1[System.TimeSpan]" => "a duration such as 00:05:00 (hh:mm:ss) or 1.00:00:00 (a day)",
                "System.Int32" or "System.Int64" or "System.Nullable`1[System.Int32]" or "System.Nullable`1[System.Int64]" => "a whole number",
                "System.Double" or "System.Nullable`1[System.Double]" => "a number",
                var type when type.StartsWith("System.Collections.Generic.", StringComparison.Ordinal) => "a list",
                var type => $"a {type}",
            };
            return $"configuration {conversion.Groups["path"].Value} '{conversion.Groups["value"].Value}' must be {expected}";
        }

        if (UnknownKey().Match(message) is { Success: true } unknown)
        {
            return $"configuration section {section} has no key {unknown.Groups["keys"].Value}";
        }

        return $"configuration section {section}: {message}";
    }

    // The texts of Microsoft.Extensions.Configuration.Binder (pinned in Directory.Packages.props); a test pins them too.
    [GeneratedRegex(@"^Failed to convert configuration value '(?<value>.*)' at '(?<path>[^']*)' to type '(?<type>[^']*)'\.$")]
    private static partial Regex ConversionFailure();

    [GeneratedRegex(@"but the following properties were not found on the instance of \S+: (?<keys>.+)$")]
    private static partial Regex UnknownKey();
}
