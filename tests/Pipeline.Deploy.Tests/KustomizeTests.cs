using YamlDotNet.RepresentationModel;

namespace Pipeline.Deploy.Tests;

public sealed class KustomizeTests
{
    [Theory]
    [InlineData("k8s/overlays/dev", "HorizontalPodAutoscaler", "ScaledObject")]
    [InlineData("k8s/overlays/prod", "ScaledObject", "HorizontalPodAutoscaler")]
    public void Render_Overlay_ChoosesOneAutoscalerKind(string overlay, string present, string absent)
    {
        ManifestSet set = Kustomize.Render(overlay);

        Assert.Equal(DeploymentInvariants.Processor, Assert.Single(set.OfKind(present)).Root.Text("spec", "scaleTargetRef", "name"));
        Assert.Empty(set.OfKind(absent));
    }

    [Theory]
    [InlineData("k8s/overlays/dev", "localhost:5001/pipeline:dev")]
    [InlineData("k8s/overlays/prod", "registry.example.com/pipeline/pipeline:0.1.0")]
    public void Render_Overlay_SetsTheImageOfEveryContainer(string overlay, string image)
    {
        ManifestSet set = Kustomize.Render(overlay);

        Assert.All(Workload.All(set).SelectMany(w => w.Containers), c => Assert.Equal(image, c.Text("image")));
    }

    [Fact]
    public void Render_ProdOverlay_ProcessorAppListsFromAConfigMapThatHoldsThem()
    {
        ManifestSet set = Kustomize.Render("k8s/overlays/prod");
        Workload processor = Workload.All(set).Single(w => w.Owner.Name == DeploymentInvariants.Processor);
        YamlMappingNode[] env = processor.Containers.Single().Maps("env").ToArray();

        foreach (string variable in new[] { "PIPELINE__Processor__AllowApps", "PIPELINE__Processor__DenyApps" })
        {
            YamlMappingNode entry = env.Single(e => e.Text("name") == variable);
            string configMap = entry.Text("valueFrom", "configMapKeyRef", "name")!;
            string key = entry.Text("valueFrom", "configMapKeyRef", "key")!;
            Manifest source = set.Single("ConfigMap", configMap);
            Assert.Equal("pipeline", source.Namespace);
            Assert.NotNull(source.Root.Text("data", key));
        }
    }

    [Fact]
    public void Render_DevOverlay_ShrinksKafkaToOneNode()
    {
        ManifestSet set = Kustomize.Render("k8s/overlays/dev");

        Assert.Equal(1, set.Single("KafkaNodePool", "dual-role").Root.Number("spec", "replicas"));
        Assert.All(set.OfKind("KafkaTopic"), t => Assert.Equal(1, t.Root.Number("spec", "replicas")));
        Assert.Equal("1", set.Single("Kafka", "pipeline").Root.Text("spec", "kafka", "config", "transaction.state.log.min.isr"));
    }

    [Fact]
    public void Render_Base_EveryNamespacedObjectNamesItsNamespace()
    {
        ManifestSet set = Kustomize.Render("k8s/base");

        Assert.All(set.Items.Where(m => m.Kind != "Namespace"), m => Assert.Contains(m.Namespace, new[] { "pipeline", "pipeline-kafka" }));
    }

    [Fact]
    public void Run_BrokenKustomization_ThrowsWithKubectlMessage()
    {
        string dir = Directory.CreateTempSubdirectory("deploy-tests-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "kustomization.yaml"), "resources:\n  - missing.yaml\n");

            InvalidOperationException e = Assert.Throws<InvalidOperationException>(() => Kustomize.Run(dir));

            Assert.Contains("missing.yaml", e.Message);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
