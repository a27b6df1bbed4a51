using YamlDotNet.RepresentationModel;

namespace Pipeline.Deploy.Tests;

/// <summary>
/// The properties a rendered deployment must keep, each as a list of violations (empty when it holds), so that a test
/// can show both that the real manifests pass and that a manifest breaking the property is caught.
/// </summary>
internal static class DeploymentInvariants
{
    public const string Processor = "pipeline-processor";

    public const string Sink = "pipeline-sink";

    /// <summary>The erasure job's principal: it reads the keys topic for the person's secret, and no event topic.</summary>
    public const string Admin = "pipeline-admin";

    /// <summary>The Secret with the processing private keys and the routing secret.</summary>
    public const string ShreddingKeys = "pipeline-shredding-keys";

    /// <summary>
    /// The keys topic (wrapped data keys, person secrets) is read by the processor and the erasure principal alone,
    /// neither of which any other workload mounts the credentials of; the processing private keys are mounted by the
    /// processor and the erasure job alone. Whoever holds a private key and reads raw data reads everyone: that pair
    /// is the processor's only.
    /// </summary>
    public static IReadOnlyList<string> KeysAccess(ManifestSet set)
    {
        List<string> violations = [];
        KafkaAccess access = new(set);
        IReadOnlySet<string> readers = access.Allowed("topic", TopicCatalog.Keys, "Read");
        foreach (string reader in readers.Where(r => r is not (Processor or Admin)).Order(StringComparer.Ordinal))
        {
            violations.Add($"{reader} can read {TopicCatalog.Keys}");
        }

        if (!readers.Contains(Processor))
        {
            violations.Add($"{Processor} cannot read {TopicCatalog.Keys}");
        }

        foreach (string admin in readers.Where(r => r != Processor && (access.IsAllowed(r, "topic", TopicCatalog.Raw, "Read") || access.IsAllowed(r, "topic", TopicCatalog.DeadLetter, "Read"))).Order(StringComparer.Ordinal))
        {
            violations.Add($"{admin} reads both {TopicCatalog.Keys} and sealed event topics");
        }

        foreach (Workload workload in Workload.All(set))
        {
            bool isProcessor = workload.Owner.Kind == "Deployment" && workload.Owner.Name == Processor;
            bool isErasure = workload.Owner.Kind == "Job" && workload.Owner.Name == "pipeline-erase";
            IReadOnlySet<string> secrets = workload.SecretNames();
            if (secrets.Contains(ShreddingKeys) && !isProcessor && !isErasure)
            {
                violations.Add($"{workload} mounts {ShreddingKeys}");
            }

            if (secrets.Contains(Admin) && !isErasure)
            {
                violations.Add($"{workload} mounts the credentials of {Admin}, which can read {TopicCatalog.Keys}");
            }
        }

        if (!Workload.All(set).Any(w => w.Owner.Kind == "Deployment" && w.Owner.Name == Processor && w.SecretNames().Contains(ShreddingKeys)))
        {
            violations.Add($"{Processor} does not mount {ShreddingKeys}: it cannot open a batch");
        }

        return violations;
    }

    /// <summary>Raw and dead-letter data are unscrubbed: readable by the processor principal alone, through credentials only the processor mounts.</summary>
    public static IReadOnlyList<string> UnscrubbedDataAccess(ManifestSet set)
    {
        List<string> violations = [];
        KafkaAccess access = new(set);
        HashSet<string> privileged = new(StringComparer.Ordinal);
        foreach (string topic in new[] { TopicCatalog.Raw, TopicCatalog.DeadLetter })
        {
            IReadOnlySet<string> readers = access.Allowed("topic", topic, "Read");
            foreach (string reader in readers.Where(r => r != Processor).Order(StringComparer.Ordinal))
            {
                violations.Add($"{reader} can read {topic}");
            }

            if (!readers.Contains(Processor))
            {
                violations.Add($"{Processor} cannot read {topic}");
            }

            privileged.UnionWith(readers);
        }

        foreach (Manifest kafka in set.OfKind("Kafka"))
        {
            foreach (YamlMappingNode listener in kafka.Root.Maps("spec", "kafka", "listeners"))
            {
                string name = listener.Text("name") ?? "?";
                if (listener.Text("authentication", "type") is null)
                {
                    violations.Add($"listener {name} of {kafka.Id} has no authentication: its clients are ANONYMOUS");
                }

                if (!listener.IsTrue("tls"))
                {
                    violations.Add($"listener {name} of {kafka.Id} is not TLS");
                }
            }
        }

        // A principal's credentials are the Secret named after its KafkaUser.
        foreach (Workload workload in Workload.All(set))
        {
            bool isProcessor = workload.Owner.Kind == "Deployment" && workload.Owner.Name == Processor;
            foreach (string secret in workload.SecretNames().Where(privileged.Contains))
            {
                if (!isProcessor)
                {
                    violations.Add($"{workload} mounts the credentials of {secret}, which can read unscrubbed topics");
                }
            }
        }

        foreach (Manifest auth in set.OfKind("TriggerAuthentication"))
        {
            foreach (YamlMappingNode reference in auth.Root.Maps("spec", "secretTargetRef"))
            {
                if (reference.Text("name") is { } secret && privileged.Contains(secret))
                {
                    violations.Add($"{auth.Id} uses the credentials of {secret}, which can read unscrubbed topics");
                }
            }
        }

        return violations;
    }

    /// <summary>Every container locked down: no privilege, no root, read-only root, no capabilities, seccomp, resources, probes.</summary>
    public static IReadOnlyList<string> ContainerLockdown(ManifestSet set)
    {
        List<string> violations = [];
        foreach (Workload workload in Workload.All(set))
        {
            YamlMappingNode pod = workload.PodSpec;
            if (!pod.IsFalse("automountServiceAccountToken"))
            {
                violations.Add($"{workload}: automountServiceAccountToken is not false");
            }

            foreach (string hostField in new[] { "hostNetwork", "hostPID", "hostIPC" })
            {
                if (pod.IsTrue(hostField))
                {
                    violations.Add($"{workload}: {hostField} is true");
                }
            }

            foreach (YamlMappingNode volume in pod.Maps("volumes"))
            {
                if (volume.At("hostPath") is not null)
                {
                    violations.Add($"{workload}: volume {volume.Text("name")} is a hostPath");
                }
            }

            foreach (YamlMappingNode container in workload.Containers)
            {
                string where = $"{workload} container {container.Text("name")}";
                YamlNode? sc = container.At("securityContext");
                if (!sc.IsFalse("allowPrivilegeEscalation"))
                {
                    violations.Add($"{where}: allowPrivilegeEscalation is not false");
                }

                if (!sc.IsTrue("readOnlyRootFilesystem"))
                {
                    violations.Add($"{where}: readOnlyRootFilesystem is not true");
                }

                if (sc.IsTrue("privileged"))
                {
                    violations.Add($"{where}: privileged");
                }

                if (!sc.Items("capabilities", "drop").OfType<YamlScalarNode>().Any(c => c.Value == "ALL"))
                {
                    violations.Add($"{where}: capabilities do not drop ALL");
                }

                if (sc.Items("capabilities", "add").Count > 0)
                {
                    violations.Add($"{where}: adds capabilities");
                }

                // Container settings override the pod's; either may carry these two.
                if (!(sc.IsTrue("runAsNonRoot") || (sc.Text("runAsNonRoot") is null && pod.IsTrue("securityContext", "runAsNonRoot"))))
                {
                    violations.Add($"{where}: runAsNonRoot is not true");
                }

                if ((sc.Number("runAsUser") ?? pod.Number("securityContext", "runAsUser")) == 0)
                {
                    violations.Add($"{where}: runs as uid 0");
                }

                string? seccomp = sc.Text("seccompProfile", "type") ?? pod.Text("securityContext", "seccompProfile", "type");
                if (seccomp is not ("RuntimeDefault" or "Localhost"))
                {
                    violations.Add($"{where}: seccompProfile is {seccomp ?? "unset"}, not RuntimeDefault");
                }

                foreach (string[] path in new[] { new[] { "requests", "cpu" }, ["requests", "memory"], ["limits", "cpu"], ["limits", "memory"] })
                {
                    if (container.Text(["resources", .. path]) is null)
                    {
                        violations.Add($"{where}: resources.{string.Join('.', path)} unset");
                    }
                }

                if (workload.IsLongRunning)
                {
                    foreach (string probe in new[] { "readinessProbe", "livenessProbe" })
                    {
                        if (container.At(probe) is null)
                        {
                            violations.Add($"{where}: no {probe}");
                        }
                    }
                }

                string image = container.Text("image") ?? "";
                if (!(image.Contains('@') || image.LastIndexOf(':') > image.LastIndexOf('/')) || image.EndsWith(":latest", StringComparison.Ordinal))
                {
                    violations.Add($"{where}: image '{image}' has no release tag or digest");
                }
            }
        }

        return violations;
    }

    /// <summary>Each namespace that runs our pods (or that we create) denies all ingress and egress by default.</summary>
    public static IReadOnlyList<string> DefaultDeny(ManifestSet set)
    {
        SortedSet<string> namespaces = new(StringComparer.Ordinal);
        foreach (Manifest ns in set.OfKind("Namespace"))
        {
            namespaces.Add(ns.Name);
        }

        foreach (Workload workload in Workload.All(set))
        {
            namespaces.Add(workload.Namespace ?? "(no namespace)");
        }

        List<string> violations = [];
        foreach (string ns in namespaces)
        {
            bool denied = set.OfKind("NetworkPolicy").Any(p =>
                p.Namespace == ns
                && p.Root.Map("spec", "podSelector") is { Children.Count: 0 }
                && p.Root.Items("spec", "policyTypes").OfType<YamlScalarNode>().Select(t => t.Value).ToHashSet() is var types
                && types.Contains("Ingress") && types.Contains("Egress")
                && p.Root.At("spec", "ingress") is null && p.Root.At("spec", "egress") is null);
            if (!denied)
            {
                violations.Add($"namespace {ns} has no default-deny NetworkPolicy (empty podSelector, Ingress and Egress, no rules)");
            }
        }

        return violations;
    }

    /// <summary>No secret value in the manifests: Secrets are created out of band and referenced by name.</summary>
    public static IReadOnlyList<string> SecretValues(ManifestSet set)
    {
        List<string> violations = [];
        foreach (Manifest secret in set.OfKind("Secret"))
        {
            foreach (string field in new[] { "data", "stringData" })
            {
                if (secret.Root.At(field) is YamlMappingNode { Children.Count: > 0 })
                {
                    violations.Add($"{secret.Id} carries {field}");
                }
            }
        }

        foreach (Workload workload in Workload.All(set))
        {
            foreach (YamlMappingNode container in workload.Containers)
            {
                foreach (YamlMappingNode env in container.Maps("env"))
                {
                    string name = env.Text("name") ?? "";
                    if (env.Text("value") is not null
                        && (name.Contains("Password", StringComparison.OrdinalIgnoreCase)
                            || name.Contains("Secret", StringComparison.OrdinalIgnoreCase)
                            || name.Contains("__Keys__", StringComparison.Ordinal)
                            || name.Contains("Token", StringComparison.OrdinalIgnoreCase)))
                    {
                        violations.Add($"{workload}: env {name} has a literal value; use valueFrom or envFrom a Secret");
                    }
                }
            }
        }

        return violations;
    }

    /// <summary>Every topic of the code has a KafkaTopic with the cleanup policy and retention DESIGN.md gives it.</summary>
    public static IReadOnlyList<string> TopicPolicies(ManifestSet set)
    {
        List<string> violations = [];
        Dictionary<string, Manifest> topics = new(StringComparer.Ordinal);
        foreach (Manifest topic in set.OfKind("KafkaTopic"))
        {
            topics[topic.Root.Text("spec", "topicName") ?? topic.Name] = topic;
        }

        const long ShortRetentionMs = 3L * 24 * 3600 * 1000;
        string[] compacted = ["Consent", "ProcessorState", "Keys"];
        string[] shortLived = ["Raw", "DeadLetter"];
        foreach ((string property, string name) in TopicCatalog.Defaults)
        {
            if (!topics.TryGetValue(name, out Manifest? topic))
            {
                violations.Add($"no KafkaTopic for {property} ({name})");
                continue;
            }

            string expected = compacted.Contains(property) ? "compact" : "delete";
            string? policy = topic.Root.Text("spec", "config", "cleanup.policy");
            if (policy != expected)
            {
                violations.Add($"{name}: cleanup.policy is {policy ?? "unset"}, expected {expected}");
            }

            if (shortLived.Contains(property) && !(topic.Root.Number("spec", "config", "retention.ms") is > 0 and <= ShortRetentionMs))
            {
                violations.Add($"{name}: holds unscrubbed data, so retention.ms must be set and at most {ShortRetentionMs} (3 days)");
            }

            long replicas = topic.Root.Number("spec", "replicas") ?? 0;
            long minIsr = topic.Root.Number("spec", "config", "min.insync.replicas") ?? 1;
            if (replicas < 1 || minIsr > replicas)
            {
                violations.Add($"{name}: {replicas} replicas cannot satisfy min.insync.replicas {minIsr}");
            }
        }

        // The processor joins raw with consent and keeps one state partition per raw partition: co-partitioned.
        long? raw = Partitions(topics, TopicCatalog.Raw);
        foreach (string partner in new[] { TopicCatalog.Consent, TopicCatalog.ProcessorState })
        {
            if (raw is not null && Partitions(topics, partner) is { } count && count != raw)
            {
                violations.Add($"{partner} has {count} partitions, raw has {raw}: they must be co-partitioned");
            }
        }

        return violations;
    }

    /// <summary>
    /// The processor scales by consumer group up to raw's partition count, under exactly one autoscaler; the lake sink
    /// reads every partition itself (one sink per lake), so it is a single replica, replaced by Recreate, never
    /// autoscaled. Each has a disruption budget.
    /// </summary>
    public static IReadOnlyList<string> Scaling(ManifestSet set)
    {
        List<string> violations = [];
        Dictionary<string, Manifest> topics = set.OfKind("KafkaTopic").ToDictionary(t => t.Root.Text("spec", "topicName") ?? t.Name, StringComparer.Ordinal);
        long rawPartitions = Partitions(topics, TopicCatalog.Raw) ?? 0;

        Manifest? processor = set.OfKind("Deployment").SingleOrDefault(d => d.Name == Processor);
        if (processor is null)
        {
            violations.Add($"no Deployment {Processor}");
        }
        else
        {
            if ((processor.Root.Number("spec", "replicas") ?? 1) > rawPartitions)
            {
                violations.Add($"{Processor}: replicas above the {rawPartitions} partitions it consumes");
            }

            List<(string Id, long? Min, long? Max)> scalers = Autoscalers(set, Processor);
            if (scalers.Count != 1)
            {
                violations.Add($"{Processor}: {scalers.Count} autoscalers (KEDA and HPA are alternatives: exactly one)");
            }

            foreach ((string id, long? min, long? max) in scalers)
            {
                if (max is null || max > rawPartitions)
                {
                    violations.Add($"{id}: max replicas {max?.ToString() ?? "unset"} above the {rawPartitions} partitions {Processor} consumes");
                }

                if (min is null or < 1 || min > max)
                {
                    violations.Add($"{id}: min replicas {min?.ToString() ?? "unset"} must be 1 to max");
                }
            }

            CheckBudget(set, processor, violations);
        }

        Manifest? sink = set.OfKind("Deployment").SingleOrDefault(d => d.Name == Sink);
        if (sink is null)
        {
            violations.Add($"no Deployment {Sink}");
        }
        else
        {
            if (sink.Root.Number("spec", "replicas") != 1)
            {
                violations.Add($"{Sink}: replicas must be exactly 1 (one sink per lake)");
            }

            if (sink.Root.Text("spec", "strategy", "type") != "Recreate")
            {
                violations.Add($"{Sink}: strategy must be Recreate, or a rollout runs two sinks on one lake");
            }

            if (Autoscalers(set, Sink).Count != 0)
            {
                violations.Add($"{Sink}: autoscaled, but one sink per lake");
            }

            CheckBudget(set, sink, violations);
        }

        return violations;
    }

    /// <summary>The lake is written by the sink and the erasure job only; every other pod mounts it read-only.</summary>
    public static IReadOnlyList<string> LakeAccess(ManifestSet set, string claim = "pipeline-lake")
    {
        string[] writers = ["Deployment/pipeline-sink", "Job/pipeline-erase"];
        List<string> violations = [];
        foreach (Workload workload in Workload.All(set))
        {
            foreach (YamlMappingNode volume in workload.PodSpec.Maps("volumes").Where(v => v.Text("persistentVolumeClaim", "claimName") == claim))
            {
                string volumeName = volume.Text("name") ?? "";
                if (writers.Contains($"{workload.Owner.Kind}/{workload.Owner.Name}"))
                {
                    continue;
                }

                if (!volume.IsTrue("persistentVolumeClaim", "readOnly"))
                {
                    violations.Add($"{workload}: lake claim not mounted readOnly");
                }

                foreach (YamlMappingNode container in workload.Containers)
                {
                    foreach (YamlMappingNode mount in container.Maps("volumeMounts").Where(m => m.Text("name") == volumeName))
                    {
                        if (!mount.IsTrue("readOnly"))
                        {
                            violations.Add($"{workload} container {container.Text("name")}: lake mounted writable");
                        }
                    }
                }

                // fsGroup would make the kubelet re-own the lake for this reader's group.
                if (workload.PodSpec.At("securityContext", "fsGroup") is not null)
                {
                    violations.Add($"{workload}: a lake reader must not set fsGroup");
                }
            }
        }

        return violations;
    }

    private static List<(string Id, long? Min, long? Max)> Autoscalers(ManifestSet set, string deployment)
    {
        List<(string Id, long? Min, long? Max)> scalers = [];
        foreach (Manifest so in set.OfKind("ScaledObject").Where(s => s.Root.Text("spec", "scaleTargetRef", "name") == deployment))
        {
            scalers.Add((so.Id, so.Root.Number("spec", "minReplicaCount"), so.Root.Number("spec", "maxReplicaCount")));
        }

        foreach (Manifest hpa in set.OfKind("HorizontalPodAutoscaler").Where(h => h.Root.Text("spec", "scaleTargetRef", "name") == deployment))
        {
            scalers.Add((hpa.Id, hpa.Root.Number("spec", "minReplicas"), hpa.Root.Number("spec", "maxReplicas")));
        }

        return scalers;
    }

    private static void CheckBudget(ManifestSet set, Manifest deployment, List<string> violations)
    {
        IReadOnlyDictionary<string, string> podLabels = deployment.Root.Pairs("spec", "template", "metadata", "labels");
        bool budgeted = set.OfKind("PodDisruptionBudget").Any(p =>
            p.Namespace == deployment.Namespace
            && p.Root.Pairs("spec", "selector", "matchLabels") is { Count: > 0 } selector
            && selector.All(kv => podLabels.TryGetValue(kv.Key, out string? v) && v == kv.Value));
        if (!budgeted)
        {
            violations.Add($"{deployment.Name}: no PodDisruptionBudget selects its pods");
        }
    }

    private static long? Partitions(IReadOnlyDictionary<string, Manifest> topics, string name) =>
        topics.TryGetValue(name, out Manifest? topic) ? topic.Root.Number("spec", "partitions") : null;
}
