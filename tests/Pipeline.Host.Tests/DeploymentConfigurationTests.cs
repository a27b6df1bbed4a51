using Microsoft.Extensions.Configuration;
using Pipeline.Host.Commands;
using Pipeline.Host.Hosting;
using Pipeline.Lake.Sink;
using Pipeline.Processing.Runner;
using YamlDotNet.RepresentationModel;

namespace Pipeline.Host.Tests;

/// <summary>
/// The Kubernetes manifests and the host agree: every PIPELINE__ variable a Deployment sets binds to a real option
/// (the host refuses unknown keys, so a misspelt or stale name would stop the pods at start).
/// </summary>
public sealed class DeploymentConfigurationTests
{
    [Theory]
    [InlineData("k8s/base/pipeline/processor.yaml")]
    [InlineData("k8s/base/pipeline/sink.yaml")]
    public void Deployment_EveryPipelineVariable_BindsToAnOption(string manifest)
    {
        Dictionary<string, string?> environment = PipelineVariables(Path.Combine(RepositoryRoot(), manifest));
        Assert.NotEmpty(environment);
        environment["Pseudonym:Keys:1"] = Convert.ToBase64String(new byte[32]);
        environment["Pseudonym:CurrentVersion"] = "1";
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(environment).Build();

        ProcessorOptions processor = ProcessCommand.BuildOptions(configuration, new Pipeline.Kafka.TopicNames(), group: null, embeddedBroker: false);
        LakeSinkOptions sink = PipelineConfiguration.Bind<LakeSinkOptions>(configuration, "Sink");

        if (environment.ContainsKey("Processor:InstanceId"))
        {
            Assert.Equal("value-of-Processor:InstanceId", processor.InstanceId);
        }

        if (environment.ContainsKey("Sink:GroupId"))
        {
            Assert.Equal("value-of-Sink:GroupId", sink.GroupId);
        }
    }

    [Fact]
    public void ProcessorSection_UnknownKey_RefusedWithItsName()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Processor:InstanceIdd"] = "typo",
            ["Pseudonym:Keys:1"] = Convert.ToBase64String(new byte[32]),
            ["Pseudonym:CurrentVersion"] = "1",
        }).Build();

        CliException error = Assert.Throws<CliException>(() => ProcessCommand.BuildOptions(configuration, new Pipeline.Kafka.TopicNames(), group: null, embeddedBroker: false));
        Assert.Contains("InstanceIdd", error.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> PipelineVariables(string path)
    {
        var variables = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var yaml = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            yaml.Load(reader);
        }

        foreach (YamlDocument document in yaml.Documents)
        {
            Collect(document.RootNode, variables);
        }

        return variables;
    }

    private static void Collect(YamlNode node, Dictionary<string, string?> variables)
    {
        switch (node)
        {
            case YamlMappingNode map:
                if (map.Children.TryGetValue(new YamlScalarNode("name"), out YamlNode? name) && name is YamlScalarNode { Value: { } n }
                    && n.StartsWith("PIPELINE__", StringComparison.Ordinal))
                {
                    // Kafka properties are librdkafka's own names; the host passes them through unchecked.
                    string key = n["PIPELINE__".Length..].Replace("__", ":", StringComparison.Ordinal);
                    if (!key.StartsWith("Kafka:Properties:", StringComparison.Ordinal))
                    {
                        variables[key] = $"value-of-{key}";
                    }
                }

                foreach (KeyValuePair<YamlNode, YamlNode> child in map.Children)
                {
                    Collect(child.Value, variables);
                }

                break;
            case YamlSequenceNode sequence:
                foreach (YamlNode child in sequence.Children)
                {
                    Collect(child, variables);
                }

                break;
        }
    }

    private static string RepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pipeline.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Pipeline.sln not found above the test binaries");
    }
}
