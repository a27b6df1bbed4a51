using System.Text.RegularExpressions;

namespace Pipeline.Deploy.Tests;

/// <summary>
/// The topic names the code uses by default, read from platform/Pipeline.Kafka/TopicNames.cs (this project does not
/// reference the code: it checks the manifests against the source text, so a renamed topic fails here).
/// </summary>
internal static partial class TopicCatalog
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> s_defaults = new(Load);

    /// <summary>Property name (Raw, Consent, Clean, Sessions, Idle, Actions, DeadLetter, ProcessorState) to topic name.</summary>
    public static IReadOnlyDictionary<string, string> Defaults => s_defaults.Value;

    public static string Raw => Defaults["Raw"];

    public static string DeadLetter => Defaults["DeadLetter"];

    public static string Consent => Defaults["Consent"];

    public static string ProcessorState => Defaults["ProcessorState"];

    public static string Clean => Defaults["Clean"];

    public static string Sessions => Defaults["Sessions"];

    public static string Idle => Defaults["Idle"];

    public static string Keys => Defaults["Keys"];

    public static string Actions => Defaults["Actions"];

    /// <summary>Parses `public string Name { get; init; } = "topic";` lines.</summary>
    public static IReadOnlyDictionary<string, string> Parse(string source)
    {
        Dictionary<string, string> defaults = new(StringComparer.Ordinal);
        foreach (Match match in DefaultProperty().Matches(source))
        {
            defaults[match.Groups["property"].Value] = match.Groups["topic"].Value;
        }

        return defaults;
    }

    private static IReadOnlyDictionary<string, string> Load()
    {
        string path = RepositoryRoot.Combine("platform/Pipeline.Kafka/TopicNames.cs");
        IReadOnlyDictionary<string, string> defaults = Parse(File.ReadAllText(path));
        string[] expected = ["Raw", "Consent", "Clean", "Sessions", "Idle", "Actions", "DeadLetter", "ProcessorState"];
        string[] missing = expected.Where(p => !defaults.ContainsKey(p)).ToArray();
        if (missing.Length > 0)
        {
            throw new InvalidOperationException($"{path} no longer declares a default for {string.Join(", ", missing)}; update TopicCatalog");
        }

        return defaults;
    }

    [GeneratedRegex("""public\s+string\s+(?<property>\w+)\s*\{\s*get;\s*init;\s*\}\s*=\s*"(?<topic>[^"]+)"\s*;""")]
    private static partial Regex DefaultProperty();
}
