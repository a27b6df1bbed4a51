using System.Text.Json;
using System.Text.Json.Nodes;
using Pipeline.Host.Hosting;

namespace Pipeline.Host.Tests;

/// <summary>
/// Host contexts for library-level tests: each from its own configuration file in a temporary directory that also
/// holds the state directory, so no test reads the environment's files or writes under ~/.local/state.
/// </summary>
internal sealed class TestHost : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-test-host-").FullName;

    /// <summary>Writes <paramref name="json"/> as a configuration file (with a state directory added, if it is JSON at all).</summary>
    public string Config(string json)
    {
        string path = Path.Combine(_root, $"pipeline-{Guid.NewGuid():N}.json");
        string text = json;
        try
        {
            if (JsonNode.Parse(json) is JsonObject root)
            {
                root["State"] = new JsonObject { ["Directory"] = Path.Combine(_root, "state") };
                text = root.ToJsonString();
            }
        }
        catch (JsonException)
        {
            // Deliberately malformed: written as it is.
        }

        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>A context from <paramref name="globals"/>, with an empty configuration file when it names none.</summary>
    public HostContext Create(GlobalSettings globals, TextWriter? output = null) =>
        HostContext.Create(globals.ConfigFile is null ? globals with { ConfigFile = new FileInfo(Config("{}")) } : globals, CancellationToken.None,
            output: output, error: output);

    /// <summary>A context from a configuration file holding <paramref name="json"/>; results and reasons go to <paramref name="output"/>.</summary>
    public HostContext Create(string json, TextWriter? output = null) => Create(new GlobalSettings { ConfigFile = new FileInfo(Config(json)) }, output);

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
