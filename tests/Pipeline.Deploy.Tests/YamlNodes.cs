using YamlDotNet.RepresentationModel;

namespace Pipeline.Deploy.Tests;

/// <summary>Path lookups over YamlDotNet's representation model: missing keys give null, never an exception.</summary>
internal static class YamlNodes
{
    public static YamlNode? At(this YamlNode? node, params string[] path)
    {
        foreach (string key in path)
        {
            if (node is not YamlMappingNode map || !map.Children.TryGetValue(new YamlScalarNode(key), out YamlNode? child))
            {
                return null;
            }

            node = child;
        }

        return node;
    }

    public static string? Text(this YamlNode? node, params string[] path) => (node.At(path) as YamlScalarNode)?.Value;

    public static YamlMappingNode? Map(this YamlNode? node, params string[] path) => node.At(path) as YamlMappingNode;

    /// <summary>The items of a sequence at the path; empty when there is none.</summary>
    public static IReadOnlyList<YamlNode> Items(this YamlNode? node, params string[] path) =>
        node.At(path) is YamlSequenceNode seq ? seq.Children.ToList() : [];

    public static IEnumerable<YamlMappingNode> Maps(this YamlNode? node, params string[] path) =>
        node.Items(path).OfType<YamlMappingNode>();

    public static bool IsTrue(this YamlNode? node, params string[] path) => node.Text(path) is "true" or "True";

    public static bool IsFalse(this YamlNode? node, params string[] path) => node.Text(path) is "false" or "False";

    public static long? Number(this YamlNode? node, params string[] path) =>
        long.TryParse(node.Text(path), out long value) ? value : null;

    /// <summary>The string values of a mapping of scalars (labels, matchLabels, config).</summary>
    public static IReadOnlyDictionary<string, string> Pairs(this YamlNode? node, params string[] path)
    {
        Dictionary<string, string> pairs = [];
        if (node.At(path) is YamlMappingNode map)
        {
            foreach (KeyValuePair<YamlNode, YamlNode> entry in map.Children)
            {
                if (entry.Key is YamlScalarNode key && entry.Value is YamlScalarNode value)
                {
                    pairs[key.Value ?? ""] = value.Value ?? "";
                }
            }
        }

        return pairs;
    }

    /// <summary>Sets or replaces a key of a mapping: how tests inject a violation into a rendered manifest.</summary>
    public static void Set(this YamlMappingNode map, string key, YamlNode value) => map.Children[new YamlScalarNode(key)] = value;

    /// <summary>Parses a YAML fragment into a node, for mutations written as YAML.</summary>
    public static YamlNode Parse(string yaml)
    {
        YamlStream stream = [];
        stream.Load(new StringReader(yaml));
        return stream.Documents[0].RootNode;
    }
}
