using YamlDotNet.RepresentationModel;

namespace Pipeline.Deploy.Tests;

/// <summary>A rendered set of Kubernetes objects (the output of kustomize: a multi-document YAML stream).</summary>
internal sealed class ManifestSet
{
    public ManifestSet(IReadOnlyList<Manifest> items)
    {
        Items = items;
    }

    public IReadOnlyList<Manifest> Items { get; }

    public static ManifestSet Parse(string yaml)
    {
        YamlStream stream = [];
        stream.Load(new StringReader(yaml));
        List<Manifest> items = [];
        foreach (YamlDocument document in stream.Documents)
        {
            if (document.RootNode is YamlMappingNode map)
            {
                items.Add(new Manifest(map));
            }
        }

        return new ManifestSet(items);
    }

    public ManifestSet Concat(ManifestSet other) => new([.. Items, .. other.Items]);

    public IEnumerable<Manifest> OfKind(string kind) => Items.Where(m => m.Kind == kind);

    public Manifest Single(string kind, string name) =>
        Items.SingleOrDefault(m => m.Kind == kind && m.Name == name)
        ?? throw new InvalidOperationException($"no {kind} named {name} among {Items.Count} rendered objects");
}
