using YamlDotNet.RepresentationModel;

namespace Pipeline.Deploy.Tests;

/// <summary>A pod template in a rendered workload (Deployment, StatefulSet, DaemonSet, Job, CronJob or bare Pod).</summary>
internal sealed record Workload(Manifest Owner, YamlMappingNode PodSpec, YamlMappingNode? PodMetadata)
{
    /// <summary>Runs until stopped (and so needs probes), unlike a Job that runs to completion.</summary>
    public bool IsLongRunning => Owner.Kind is "Deployment" or "StatefulSet" or "DaemonSet" or "Pod";

    public string? Namespace => Owner.Namespace;

    public IReadOnlyDictionary<string, string> Labels => PodMetadata.Pairs("labels");

    public IEnumerable<YamlMappingNode> Containers =>
        PodSpec.Maps("initContainers").Concat(PodSpec.Maps("containers"));

    public static IEnumerable<Workload> All(ManifestSet set)
    {
        foreach (Manifest m in set.Items)
        {
            YamlMappingNode? template = m.Kind switch
            {
                "Deployment" or "StatefulSet" or "DaemonSet" or "ReplicaSet" or "Job" => m.Root.Map("spec", "template"),
                "CronJob" => m.Root.Map("spec", "jobTemplate", "spec", "template"),
                "Pod" => m.Root,
                _ => null,
            };
            if (template?.Map("spec") is { } spec)
            {
                yield return new Workload(m, spec, template.Map("metadata"));
            }
        }
    }

    /// <summary>Names of every Secret the pod reads: volumes (plain and projected), env and envFrom.</summary>
    public IReadOnlySet<string> SecretNames()
    {
        HashSet<string> names = new(StringComparer.Ordinal);
        foreach (YamlMappingNode volume in PodSpec.Maps("volumes"))
        {
            if (volume.Text("secret", "secretName") is { } secretName)
            {
                names.Add(secretName);
            }

            foreach (YamlMappingNode source in volume.Maps("projected", "sources"))
            {
                if (source.Text("secret", "name") is { } projected)
                {
                    names.Add(projected);
                }
            }
        }

        foreach (YamlMappingNode container in Containers)
        {
            foreach (YamlMappingNode env in container.Maps("env"))
            {
                if (env.Text("valueFrom", "secretKeyRef", "name") is { } fromKey)
                {
                    names.Add(fromKey);
                }
            }

            foreach (YamlMappingNode envFrom in container.Maps("envFrom"))
            {
                if (envFrom.Text("secretRef", "name") is { } fromRef)
                {
                    names.Add(fromRef);
                }
            }
        }

        return names;
    }

    public override string ToString() => Owner.Id;
}
