using YamlDotNet.RepresentationModel;

namespace Pipeline.Deploy.Tests;

/// <summary>
/// Each invariant holds for every overlay as rendered by kustomize (with the examples applied beside it), and each is
/// shown to catch a manifest that breaks it: the mutation tests change one thing in the rendered prod deployment.
/// </summary>
public sealed class DeploymentInvariantsTests
{
    public static TheoryData<string> Overlays => new() { "dev", "prod" };

    [Theory]
    [MemberData(nameof(Overlays))]
    public void UnscrubbedDataAccess_RenderedOverlay_OnlyProcessorReadsRawAndDeadLetters(string overlay) =>
        Assert.Empty(DeploymentInvariants.UnscrubbedDataAccess(Kustomize.RenderDeployment(overlay)));

    [Theory]
    [MemberData(nameof(Overlays))]
    public void KeysAccess_RenderedOverlay_OnlyProcessorAndErasureReadKeys(string overlay) =>
        Assert.Empty(DeploymentInvariants.KeysAccess(Kustomize.RenderDeployment(overlay)));

    [Fact]
    public void KeysAccess_MlReaderGrantedKeysRead_Detected()
    {
        ManifestSet set = Prod();
        Acls(set, "pipeline-ml-reader").Add(YamlNodes.Parse($"{{resource: {{type: topic, name: {TopicCatalog.Keys}, patternType: literal}}, operations: [Read]}}"));

        Assert.Equal([$"pipeline-ml-reader can read {TopicCatalog.Keys}"], DeploymentInvariants.KeysAccess(set));
    }

    [Fact]
    public void KeysAccess_AdminGrantedRawRead_Detected()
    {
        ManifestSet set = Prod();
        Acls(set, "pipeline-admin").Add(YamlNodes.Parse($"{{resource: {{type: topic, name: {TopicCatalog.Raw}, patternType: literal}}, operations: [Read]}}"));

        Assert.Contains($"pipeline-admin reads both {TopicCatalog.Keys} and sealed event topics", DeploymentInvariants.KeysAccess(set));
    }

    [Fact]
    public void KeysAccess_SinkMountsPrivateKeys_Detected()
    {
        ManifestSet set = Prod();
        Container(set, "pipeline-sink").Set("envFrom", YamlNodes.Parse($"[{{secretRef: {{name: {DeploymentInvariants.ShreddingKeys}}}}}]"));

        Assert.Contains(DeploymentInvariants.KeysAccess(set), v => v.EndsWith($"pipeline-sink mounts {DeploymentInvariants.ShreddingKeys}", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void ContainerLockdown_RenderedOverlay_EveryContainerLockedDown(string overlay) =>
        Assert.Empty(DeploymentInvariants.ContainerLockdown(Kustomize.RenderDeployment(overlay)));

    [Theory]
    [MemberData(nameof(Overlays))]
    public void DefaultDeny_RenderedOverlay_EveryNamespaceDenies(string overlay) =>
        Assert.Empty(DeploymentInvariants.DefaultDeny(Kustomize.RenderDeployment(overlay)));

    [Theory]
    [MemberData(nameof(Overlays))]
    public void SecretValues_RenderedOverlay_NoneInManifests(string overlay) =>
        Assert.Empty(DeploymentInvariants.SecretValues(Kustomize.RenderDeployment(overlay)));

    [Theory]
    [MemberData(nameof(Overlays))]
    public void TopicPolicies_RenderedOverlay_EveryDesignTopicWithItsPolicy(string overlay) =>
        Assert.Empty(DeploymentInvariants.TopicPolicies(Kustomize.RenderDeployment(overlay)));

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Scaling_RenderedOverlay_ReplicasWithinPartitions(string overlay) =>
        Assert.Empty(DeploymentInvariants.Scaling(Kustomize.RenderDeployment(overlay)));

    [Theory]
    [MemberData(nameof(Overlays))]
    public void LakeAccess_RenderedOverlay_ReadersReadOnly(string overlay)
    {
        ManifestSet set = Kustomize.RenderDeployment(overlay);

        Assert.Empty(DeploymentInvariants.LakeAccess(set));
        // Not vacuous: the ML reader example does mount the lake.
        Assert.Contains(Workload.All(set), w => w.Owner.Name == "pipeline-ml-reader-example"
            && w.PodSpec.Maps("volumes").Any(v => v.Text("persistentVolumeClaim", "claimName") == "pipeline-lake"));
    }

    /// <summary>What each service's principal may read and write among the pipeline's topics: exactly its job.</summary>
    [Theory]
    [MemberData(nameof(Overlays))]
    public void KafkaUsers_RenderedOverlay_EachServiceReadsAndWritesExactlyItsTopics(string overlay)
    {
        KafkaAccess access = new(Kustomize.RenderDeployment(overlay));
        string raw = TopicCatalog.Raw, consent = TopicCatalog.Consent, clean = TopicCatalog.Clean, sessions = TopicCatalog.Sessions,
            idle = TopicCatalog.Idle, actions = TopicCatalog.Actions, dlq = TopicCatalog.DeadLetter, state = TopicCatalog.ProcessorState, keys = TopicCatalog.Keys;
        Dictionary<string, (string[] Reads, string[] Writes)> expected = new()
        {
            ["pipeline-capture"] = ([], [raw, consent, keys]),
            ["pipeline-processor"] = ([raw, consent, dlq, state, keys], [clean, sessions, idle, actions, dlq, state, keys]),
            ["pipeline-sink"] = ([clean, sessions, idle, actions], []),
            ["pipeline-ml-reader"] = ([clean, sessions, actions], []),
            ["pipeline-admin"] = ([keys], [consent, state, keys]),
            ["pipeline-bench"] = ([], []),
        };
        if (overlay == "prod")
        {
            expected["pipeline-keda"] = ([], []);
        }

        Assert.Equal(expected.Keys.Order(), access.Principals.Order());
        foreach ((string principal, (string[] reads, string[] writes)) in expected)
        {
            string[] actualReads = TopicCatalog.Defaults.Values.Where(t => access.IsAllowed(principal, "topic", t, "Read")).Order().ToArray();
            string[] actualWrites = TopicCatalog.Defaults.Values.Where(t => access.IsAllowed(principal, "topic", t, "Write")).Order().ToArray();
            Assert.True(reads.Order().SequenceEqual(actualReads), $"{principal} reads [{string.Join(", ", actualReads)}]");
            Assert.True(writes.Order().SequenceEqual(actualWrites), $"{principal} writes [{string.Join(", ", actualWrites)}]");
        }

        Assert.True(access.IsAllowed("pipeline-processor", "transactionalId", "pipeline-processor-0", "Write"));
        Assert.False(access.IsAllowed("pipeline-sink", "transactionalId", "pipeline-processor-0", "Write"));
    }

    [Fact]
    public void UnscrubbedDataAccess_MlReaderGrantedRawRead_Detected()
    {
        ManifestSet set = Prod();
        Acls(set, "pipeline-ml-reader").Add(YamlNodes.Parse($"{{resource: {{type: topic, name: {TopicCatalog.Raw}, patternType: literal}}, operations: [Read]}}"));

        Assert.Contains($"pipeline-ml-reader can read {TopicCatalog.Raw}", DeploymentInvariants.UnscrubbedDataAccess(set));
    }

    [Fact]
    public void UnscrubbedDataAccess_SinkGrantedPrefixCoveringDeadLetters_Detected()
    {
        ManifestSet set = Prod();
        Acls(set, "pipeline-sink").Add(YamlNodes.Parse("{resource: {type: topic, name: interaction., patternType: prefix}, operations: [All]}"));

        IReadOnlyList<string> violations = DeploymentInvariants.UnscrubbedDataAccess(set);

        Assert.Contains($"pipeline-sink can read {TopicCatalog.Raw}", violations);
        Assert.Contains($"pipeline-sink can read {TopicCatalog.DeadLetter}", violations);
    }

    [Fact]
    public void UnscrubbedDataAccess_SuperUserAdded_Detected()
    {
        ManifestSet set = Prod();
        ((YamlMappingNode)set.Single("Kafka", "pipeline").Root.At("spec", "kafka", "authorization")!).Set("superUsers", YamlNodes.Parse("[CN=pipeline-ml-reader]"));

        Assert.Contains($"pipeline-ml-reader can read {TopicCatalog.Raw}", DeploymentInvariants.UnscrubbedDataAccess(set));
    }

    [Fact]
    public void UnscrubbedDataAccess_AuthorizationRemoved_Detected()
    {
        ManifestSet set = Prod();
        set.Single("Kafka", "pipeline").Root.Map("spec", "kafka")!.Children.Remove(new YamlScalarNode("authorization"));

        Assert.Contains($"{KafkaAccess.Anyone} can read {TopicCatalog.Raw}", DeploymentInvariants.UnscrubbedDataAccess(set));
    }

    [Fact]
    public void UnscrubbedDataAccess_UnauthenticatedListener_Detected()
    {
        ManifestSet set = Prod();
        ((YamlSequenceNode)set.Single("Kafka", "pipeline").Root.At("spec", "kafka", "listeners")!).Add(YamlNodes.Parse("{name: plain, port: 9092, type: internal, tls: false}"));

        IReadOnlyList<string> violations = DeploymentInvariants.UnscrubbedDataAccess(set);

        Assert.Contains(violations, v => v.StartsWith("listener plain ", StringComparison.Ordinal) && v.Contains("ANONYMOUS"));
    }

    [Fact]
    public void UnscrubbedDataAccess_SinkMountsProcessorCredentials_Detected()
    {
        ManifestSet set = Prod();
        YamlMappingNode userVolume = PodSpec(set, "Deployment", "pipeline-sink").Maps("volumes").Single(v => v.Text("name") == "kafka-user");
        userVolume.Map("secret")!.Set("secretName", new YamlScalarNode("pipeline-processor"));

        Assert.Contains(DeploymentInvariants.UnscrubbedDataAccess(set), v => v.Contains("Deployment/pipeline/pipeline-sink mounts the credentials of pipeline-processor"));
    }

    [Theory]
    [InlineData("allowPrivilegeEscalation", "true", "allowPrivilegeEscalation is not false")]
    [InlineData("readOnlyRootFilesystem", "false", "readOnlyRootFilesystem is not true")]
    [InlineData("runAsNonRoot", "false", "runAsNonRoot is not true")]
    [InlineData("capabilities", "{drop: [NET_RAW]}", "capabilities do not drop ALL")]
    [InlineData("seccompProfile", "{type: Unconfined}", "seccompProfile is Unconfined")]
    public void ContainerLockdown_SecurityContextWeakened_Detected(string field, string value, string expected)
    {
        ManifestSet set = Prod();
        Container(set, "pipeline-sink").Map("securityContext")!.Set(field, YamlNodes.Parse(value));

        Assert.Contains(DeploymentInvariants.ContainerLockdown(set), v => v.Contains("pipeline-sink container sink: " + expected));
    }

    [Theory]
    [InlineData("resources", "resources.limits.memory unset")]
    [InlineData("livenessProbe", "no livenessProbe")]
    [InlineData("readinessProbe", "no readinessProbe")]
    public void ContainerLockdown_ContainerFieldRemoved_Detected(string field, string expected)
    {
        ManifestSet set = Prod();
        Container(set, "pipeline-processor").Children.Remove(new YamlScalarNode(field));

        Assert.Contains(DeploymentInvariants.ContainerLockdown(set), v => v.Contains("pipeline-processor container processor: " + expected));
    }

    [Fact]
    public void ContainerLockdown_ServiceAccountTokenMounted_Detected()
    {
        ManifestSet set = Prod();
        PodSpec(set, "Job", "pipeline-bench").Set("automountServiceAccountToken", new YamlScalarNode("true"));

        Assert.Contains(DeploymentInvariants.ContainerLockdown(set), v => v.Contains("pipeline-bench: automountServiceAccountToken"));
    }

    [Fact]
    public void DefaultDeny_PolicyRemoved_Detected()
    {
        ManifestSet original = Prod();
        ManifestSet set = new(original.Items.Where(m => !(m.Kind == "NetworkPolicy" && m.Name == "default-deny" && m.Namespace == "pipeline")).ToList());

        Assert.Equal(["namespace pipeline has no default-deny NetworkPolicy (empty podSelector, Ingress and Egress, no rules)"], DeploymentInvariants.DefaultDeny(set));
    }

    [Fact]
    public void DefaultDeny_PolicyAllowingEgress_NotCountedAsDeny()
    {
        ManifestSet set = Prod();
        set.Items.Single(m => m.Kind == "NetworkPolicy" && m.Name == "default-deny" && m.Namespace == "pipeline-kafka")
            .Root.Map("spec")!.Set("egress", YamlNodes.Parse("[{}]"));

        Assert.Contains(DeploymentInvariants.DefaultDeny(set), v => v.StartsWith("namespace pipeline-kafka ", StringComparison.Ordinal));
    }

    [Fact]
    public void SecretValues_SecretWithData_Detected()
    {
        ManifestSet set = Prod().Concat(ManifestSet.Parse("""
            apiVersion: v1
            kind: Secret
            metadata: {name: pipeline-pseudonym-keys, namespace: pipeline}
            stringData: {PIPELINE__Pseudonym__Keys__1: c2VjcmV0}
            """));

        Assert.Equal(["Secret/pipeline/pipeline-pseudonym-keys carries stringData"], DeploymentInvariants.SecretValues(set));
    }

    [Fact]
    public void SecretValues_KeyAsLiteralEnv_Detected()
    {
        ManifestSet set = Prod();
        ((YamlSequenceNode)Container(set, "pipeline-processor").At("env")!).Add(YamlNodes.Parse("{name: PIPELINE__Pseudonym__Keys__1, value: c2VjcmV0}"));

        Assert.Contains(DeploymentInvariants.SecretValues(set), v => v.Contains("env PIPELINE__Pseudonym__Keys__1 has a literal value"));
    }

    [Theory]
    [InlineData("Raw", "cleanup.policy", "compact", "cleanup.policy is compact, expected delete")]
    [InlineData("Consent", "cleanup.policy", "delete", "cleanup.policy is delete, expected compact")]
    [InlineData("ProcessorState", "cleanup.policy", "delete", "cleanup.policy is delete, expected compact")]
    [InlineData("DeadLetter", "retention.ms", "604800000", "holds unscrubbed data, so retention.ms must be set")]
    [InlineData("Raw", "retention.ms", "-1", "holds unscrubbed data, so retention.ms must be set")]
    public void TopicPolicies_TopicConfigChanged_Detected(string property, string key, string value, string expected)
    {
        ManifestSet set = Prod();
        string topic = TopicCatalog.Defaults[property];
        set.Single("KafkaTopic", topic).Root.Map("spec", "config")!.Set(key, new YamlScalarNode(value));

        Assert.Contains(DeploymentInvariants.TopicPolicies(set), v => v.StartsWith(topic + ": " + expected, StringComparison.Ordinal));
    }

    [Fact]
    public void TopicPolicies_StateTopicMissing_Detected()
    {
        ManifestSet original = Prod();
        ManifestSet set = new(original.Items.Where(m => !(m.Kind == "KafkaTopic" && m.Name == TopicCatalog.ProcessorState)).ToList());

        Assert.Contains($"no KafkaTopic for ProcessorState ({TopicCatalog.ProcessorState})", DeploymentInvariants.TopicPolicies(set));
    }

    [Fact]
    public void TopicPolicies_ConsentNotCoPartitioned_Detected()
    {
        ManifestSet set = Prod();
        set.Single("KafkaTopic", TopicCatalog.Consent).Root.Map("spec")!.Set("partitions", new YamlScalarNode("6"));

        Assert.Contains(DeploymentInvariants.TopicPolicies(set), v => v.StartsWith(TopicCatalog.Consent + " has 6 partitions", StringComparison.Ordinal));
    }

    [Fact]
    public void Scaling_ProcessorMaxAboveRawPartitions_Detected()
    {
        ManifestSet set = Prod();
        set.Single("ScaledObject", "pipeline-processor").Root.Map("spec")!.Set("maxReplicaCount", new YamlScalarNode("24"));

        Assert.Contains(DeploymentInvariants.Scaling(set), v => v.Contains("max replicas 24 above the 12 partitions pipeline-processor consumes"));
    }

    [Fact]
    public void Scaling_ProcessorReplicasAboveRawPartitions_Detected()
    {
        ManifestSet set = Prod();
        set.Single("Deployment", "pipeline-processor").Root.Map("spec")!.Set("replicas", new YamlScalarNode("13"));

        Assert.Contains("pipeline-processor: replicas above the 12 partitions it consumes", DeploymentInvariants.Scaling(set));
    }

    [Fact]
    public void Scaling_KedaAndHpaTogether_Detected()
    {
        ManifestSet set = Prod().Concat(new ManifestSet(Kustomize.Render("k8s/overlays/dev").OfKind("HorizontalPodAutoscaler").ToList()));

        Assert.Contains("pipeline-processor: 2 autoscalers (KEDA and HPA are alternatives: exactly one)", DeploymentInvariants.Scaling(set));
    }

    [Fact]
    public void Scaling_SecondSink_Detected()
    {
        ManifestSet set = Prod();
        set.Single("Deployment", "pipeline-sink").Root.Map("spec")!.Set("replicas", new YamlScalarNode("2"));

        Assert.Contains("pipeline-sink: replicas must be exactly 1 (one sink per lake)", DeploymentInvariants.Scaling(set));
    }

    [Fact]
    public void Scaling_SinkRollingUpdate_Detected()
    {
        ManifestSet set = Prod();
        set.Single("Deployment", "pipeline-sink").Root.Map("spec")!.Set("strategy", YamlNodes.Parse("{type: RollingUpdate}"));

        Assert.Contains("pipeline-sink: strategy must be Recreate, or a rollout runs two sinks on one lake", DeploymentInvariants.Scaling(set));
    }

    [Fact]
    public void Scaling_SinkAutoscaled_Detected()
    {
        ManifestSet set = Prod().Concat(ManifestSet.Parse("""
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata: {name: pipeline-sink, namespace: pipeline}
            spec: {scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: pipeline-sink}, minReplicas: 1, maxReplicas: 3}
            """));

        Assert.Contains("pipeline-sink: autoscaled, but one sink per lake", DeploymentInvariants.Scaling(set));
    }

    [Fact]
    public void Scaling_DisruptionBudgetRemoved_Detected()
    {
        ManifestSet original = Prod();
        ManifestSet set = new(original.Items.Where(m => !(m.Kind == "PodDisruptionBudget" && m.Name == "pipeline-sink")).ToList());

        Assert.Contains("pipeline-sink: no PodDisruptionBudget selects its pods", DeploymentInvariants.Scaling(set));
    }

    [Fact]
    public void LakeAccess_ReaderMountsWritable_Detected()
    {
        ManifestSet set = Prod();
        YamlMappingNode pod = PodSpec(set, "Job", "pipeline-ml-reader-example");
        pod.Maps("volumes").Single(v => v.Text("name") == "lake").Map("persistentVolumeClaim")!.Set("readOnly", new YamlScalarNode("false"));
        pod.Maps("containers").Single().Maps("volumeMounts").Single(m => m.Text("name") == "lake").Children.Remove(new YamlScalarNode("readOnly"));

        IReadOnlyList<string> violations = DeploymentInvariants.LakeAccess(set);

        Assert.Contains("Job/pipeline/pipeline-ml-reader-example: lake claim not mounted readOnly", violations);
        Assert.Contains("Job/pipeline/pipeline-ml-reader-example container query: lake mounted writable", violations);
    }

    private static ManifestSet Prod() => Kustomize.RenderDeployment("prod");

    private static YamlMappingNode PodSpec(ManifestSet set, string kind, string name) =>
        Workload.All(set).Single(w => w.Owner.Kind == kind && w.Owner.Name == name).PodSpec;

    private static YamlMappingNode Container(ManifestSet set, string deployment) =>
        PodSpec(set, "Deployment", deployment).Maps("containers").Single();

    private static YamlSequenceNode Acls(ManifestSet set, string user) =>
        (YamlSequenceNode)set.Single("KafkaUser", user).Root.At("spec", "authorization", "acls")!;
}
