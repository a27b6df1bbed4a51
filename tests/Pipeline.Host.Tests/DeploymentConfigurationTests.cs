using Microsoft.Extensions.Configuration;
using Pipeline.Host.Hosting;
using Pipeline.Kafka;
using Pipeline.Lake.Sink;
using Pipeline.Processing.Runner;
using YamlDotNet.RepresentationModel;

namespace Pipeline.Host.Tests;

/// <summary>
/// The Kubernetes manifests and the host agree: every PIPELINE__ variable a Deployment or Job sets binds to a real
/// option (the host refuses unknown sections and keys, so a misspelt or stale name would stop the pods at start), and
/// every librdkafka property they pass through is one the pipeline lets through.
/// </summary>
public sealed class DeploymentConfigurationTests
{
    [Theory]
    [InlineData("k8s/base/pipeline/processor.yaml")]
    [InlineData("k8s/base/pipeline/sink.yaml")]
    [InlineData("k8s/examples/erase/job.yaml")]
    [InlineData("k8s/examples/bench/job.yaml")]
    [InlineData("k8s/overlays/prod/processor-app-gate.yaml")]
    public void Deployment_EveryPipelineVariable_BindsToAnOption(string manifest)
    {
        (Dictionary<string, string?> environment, Dictionary<string, string> kafkaProperties) = PipelineVariables(Path.Combine(RepositoryRoot(), manifest));
        Assert.True(environment.Count + kafkaProperties.Count > 0, $"{manifest} sets no PIPELINE__ variable");
        foreach (string key in environment.Keys)
        {
            Assert.Contains(key.Split(':')[0], PipelineConfiguration.Sections, StringComparer.OrdinalIgnoreCase);
        }

        environment["Pseudonym:Keys:1"] = Convert.ToBase64String(new byte[32]);
        environment["Pseudonym:CurrentVersion"] = "1";
        // What the Secret pipeline-shredding-keys gives the processor and erasure (not in the manifests).
        using (var pair = System.Security.Cryptography.ECDiffieHellman.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256))
        {
            environment["Shredding:PrivateKeys:1"] = Convert.ToBase64String(pair.ExportPkcs8PrivateKey());
        }

        environment["Shredding:CurrentVersion"] = "1";
        environment["Shredding:RoutingSecret"] = Convert.ToBase64String(new byte[32]);
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(environment).Build();

        ProcessorOptions processor = ProcessorConfiguration.Bind(configuration, new TopicNames(), group: null, embeddedBroker: false);
        LakeSinkOptions sink = PipelineConfiguration.Bind<LakeSinkOptions>(configuration, "Sink");
        PipelineConfiguration.Bind<TopicNames>(configuration, "Topics").Validate();
        KafkaPassThrough.Validate(kafkaProperties);

        if (environment.ContainsKey("Processor:InstanceId"))
        {
            Assert.Equal("value-of-Processor:InstanceId", processor.InstanceId);
        }

        if (environment.ContainsKey("Processor:AllowApps"))
        {
            Assert.Equal(["value-of-Processor:AllowApps"], processor.Apps.AllowApps);
            Assert.Equal(["value-of-Processor:DenyApps"], processor.Apps.DenyApps);
        }

        if (environment.ContainsKey("Sink:GroupId"))
        {
            Assert.Equal("value-of-Sink:GroupId", sink.GroupId);
        }
    }

    [Fact]
    public void ProdOverlay_AppGateConfigMap_BindsToTheStreamsLists()
    {
        // The patch maps PIPELINE__ names to ConfigMap keys; the env file the ConfigMap is generated from holds the values.
        string overlay = Path.Combine(RepositoryRoot(), "k8s/overlays/prod");
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in File.ReadAllLines(Path.Combine(overlay, "app-gate.env")))
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                int eq = line.IndexOf('=', StringComparison.Ordinal);
                values[line[..eq]] = line[(eq + 1)..];
            }
        }

        var configuration = new Dictionary<string, string?>
        {
            ["Pseudonym:Keys:1"] = Convert.ToBase64String(new byte[32]),
            ["Pseudonym:CurrentVersion"] = "1",
        };
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(overlay, "processor-app-gate.yaml")))
        {
            yaml.Load(reader);
        }

        var env = (YamlSequenceNode)((YamlMappingNode)((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode["spec"])["template"])["spec"])["containers"])[0])["env"];
        foreach (YamlMappingNode variable in env.Children.Cast<YamlMappingNode>())
        {
            string name = ((YamlScalarNode)variable["name"]).Value!;
            string key = ((YamlScalarNode)variable["valueFrom"]["configMapKeyRef"]["key"]).Value!;
            configuration[name["PIPELINE__".Length..].Replace("__", ":", StringComparison.Ordinal)] = values[key];
        }

        // The overlay's shredding keys come from a Secret, not the ConfigMap under test: development keys stand in.
        configuration["Shredding:AllowDevelopmentKeys"] = "true";
        ProcessorOptions processor = ProcessorConfiguration.Bind(new ConfigurationBuilder().AddInMemoryCollection(configuration).Build(), new TopicNames(), group: null, embeddedBroker: false);

        Assert.Empty(processor.Apps.AllowApps);
        Assert.Equal(["keepassxc", "1password", "bitwarden"], processor.Apps.DenyApps);
    }

    [Fact]
    public void ProcessorSection_UnknownKey_RefusedWithItsName()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Processor:InstanceIdd"] = "typo",
            ["Pseudonym:Keys:1"] = Convert.ToBase64String(new byte[32]),
            ["Pseudonym:CurrentVersion"] = "1",
            ["Shredding:AllowDevelopmentKeys"] = "true",
        }).Build();

        CliException error = Assert.Throws<CliException>(() => ProcessorConfiguration.Bind(configuration, new TopicNames(), group: null, embeddedBroker: false));
        Assert.Equal("configuration section Processor has no key 'InstanceIdd'", error.Message);
    }

    /// <summary>The manifest's PIPELINE__ variables: librdkafka pass-through properties apart, the rest as configuration keys.</summary>
    private static (Dictionary<string, string?> Configuration, Dictionary<string, string> KafkaProperties) PipelineVariables(string path)
    {
        var variables = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var kafka = new Dictionary<string, string>(StringComparer.Ordinal);
        var yaml = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            yaml.Load(reader);
        }

        foreach (YamlDocument document in yaml.Documents)
        {
            Collect(document.RootNode, variables, kafka);
        }

        return (variables, kafka);
    }

    private static void Collect(YamlNode node, Dictionary<string, string?> variables, Dictionary<string, string> kafka)
    {
        switch (node)
        {
            case YamlMappingNode map:
                if (map.Children.TryGetValue(new YamlScalarNode("name"), out YamlNode? name) && name is YamlScalarNode { Value: { } n }
                    && n.StartsWith("PIPELINE__", StringComparison.Ordinal))
                {
                    string key = n["PIPELINE__".Length..].Replace("__", ":", StringComparison.Ordinal);
                    const string Properties = "Kafka:Properties:";
                    if (key.StartsWith(Properties, StringComparison.Ordinal))
                    {
                        // librdkafka's own names, checked by the pass-through rules (their values are file paths here).
                        kafka[key[Properties.Length..]] = map.Children.TryGetValue(new YamlScalarNode("value"), out YamlNode? v) && v is YamlScalarNode { Value: { } value } ? value : "from-a-secret";
                    }
                    else
                    {
                        variables[key] = $"value-of-{key}";
                    }
                }

                foreach (KeyValuePair<YamlNode, YamlNode> child in map.Children)
                {
                    Collect(child.Value, variables, kafka);
                }

                break;
            case YamlSequenceNode sequence:
                foreach (YamlNode child in sequence.Children)
                {
                    Collect(child, variables, kafka);
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
