using YamlDotNet.RepresentationModel;

namespace Pipeline.Deploy.Tests;

/// <summary>One rendered Kubernetes object, read through paths of mapping keys.</summary>
internal sealed class Manifest
{
    public Manifest(YamlMappingNode root)
    {
        Root = root;
    }

    public YamlMappingNode Root { get; }

    public string Kind => Root.Text("kind") ?? "";

    public string ApiVersion => Root.Text("apiVersion") ?? "";

    public string Name => Root.Text("metadata", "name") ?? "";

    /// <summary>The object's namespace, or null for a cluster-scoped object (or one that forgot it).</summary>
    public string? Namespace => Root.Text("metadata", "namespace");

    public string Id => Namespace is null ? $"{Kind}/{Name}" : $"{Kind}/{Namespace}/{Name}";

    public override string ToString() => Id;
}
