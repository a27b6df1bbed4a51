using YamlDotNet.RepresentationModel;

namespace Pipeline.Deploy.Tests;

/// <summary>
/// Who may do what on the Kafka cluster, derived the way Kafka's `simple` authorizer (StandardAuthorizer) decides
/// from the rendered Strimzi resources: KafkaUser ACLs (literal, prefix and `*` names; `All`; deny before allow),
/// the cluster's super users, and what opens everything (no simple authorization, allow.everyone.if.no.acl.found).
/// A principal is named by its KafkaUser's name; <see cref="Anyone"/> stands for every client.
/// </summary>
internal sealed class KafkaAccess
{
    public const string Anyone = "*anyone*";

    private readonly List<Rule> _rules = [];
    private readonly HashSet<string> _superUsers = new(StringComparer.Ordinal);
    private readonly bool _openToAll;
    private readonly bool _allowWhenNoAcl;

    public KafkaAccess(ManifestSet set, string clusterName = "pipeline")
    {
        Manifest kafka = set.Single("Kafka", clusterName);
        YamlNode? authorization = kafka.Root.At("spec", "kafka", "authorization");
        _openToAll = authorization.Text("type") != "simple";
        _allowWhenNoAcl = kafka.Root.Text("spec", "kafka", "config", "allow.everyone.if.no.acl.found") is "true" or "True";
        foreach (YamlNode superUser in authorization.Items("superUsers"))
        {
            if (superUser is YamlScalarNode { Value: { } value })
            {
                _superUsers.Add(PrincipalName(value));
            }
        }

        foreach (Manifest user in set.OfKind("KafkaUser"))
        {
            if (user.Root.Text("metadata", "labels", "strimzi.io/cluster") != clusterName
                || user.Root.Text("spec", "authorization", "type") != "simple")
            {
                continue;
            }

            foreach (YamlMappingNode acl in user.Root.Maps("spec", "authorization", "acls"))
            {
                List<string> operations = acl.Items("operations").OfType<YamlScalarNode>().Select(s => s.Value ?? "").ToList();
                if (acl.Text("operation") is { } single)
                {
                    operations.Add(single);
                }

                _rules.Add(new Rule(
                    user.Name,
                    acl.Text("resource", "type") ?? "",
                    acl.Text("resource", "name") ?? "*",
                    acl.Text("resource", "patternType") ?? "literal",
                    operations,
                    acl.Text("type") ?? "allow"));
            }
        }
    }

    /// <summary>The KafkaUsers that have any ACL on the cluster.</summary>
    public IReadOnlySet<string> Principals => _rules.Select(r => r.Principal).ToHashSet(StringComparer.Ordinal);

    /// <summary>Every principal allowed <paramref name="operation"/> on the resource (type topic, group, transactionalId or cluster).</summary>
    public IReadOnlySet<string> Allowed(string resourceType, string resourceName, string operation)
    {
        HashSet<string> allowed = new(_superUsers, StringComparer.Ordinal);
        if (_openToAll)
        {
            allowed.Add(Anyone);
            return allowed;
        }

        bool anyAclOnResource = false;
        HashSet<string> denied = new(StringComparer.Ordinal);
        foreach (Rule rule in _rules)
        {
            if (!rule.Matches(resourceType, resourceName))
            {
                continue;
            }

            anyAclOnResource = true;
            if (rule.Type == "deny")
            {
                // A deny names its operations exactly: denying Read does not deny Describe.
                if (rule.Operations.Contains(operation) || rule.Operations.Contains("All"))
                {
                    denied.Add(rule.Principal);
                }
            }
            else if (rule.Grants(operation))
            {
                allowed.Add(rule.Principal);
            }
        }

        if (_allowWhenNoAcl && !anyAclOnResource)
        {
            allowed.Add(Anyone);
        }

        allowed.ExceptWith(denied.Where(p => !_superUsers.Contains(p)));
        return allowed;
    }

    public bool IsAllowed(string principal, string resourceType, string resourceName, string operation)
    {
        IReadOnlySet<string> allowed = Allowed(resourceType, resourceName, operation);
        return allowed.Contains(principal) || allowed.Contains(Anyone);
    }

    /// <summary>"User:CN=pipeline-processor" and "CN=pipeline-processor" both name the KafkaUser "pipeline-processor".</summary>
    private static string PrincipalName(string value)
    {
        string name = value.StartsWith("User:", StringComparison.Ordinal) ? value[5..] : value;
        return name.StartsWith("CN=", StringComparison.Ordinal) ? name[3..] : name;
    }

    private sealed record Rule(string Principal, string ResourceType, string Name, string PatternType, IReadOnlyList<string> Operations, string Type)
    {
        public bool Matches(string resourceType, string resourceName)
        {
            if (ResourceType != resourceType)
            {
                return false;
            }

            if (resourceType == "cluster")
            {
                return true;
            }

            return PatternType switch
            {
                "prefix" => resourceName.StartsWith(Name, StringComparison.Ordinal),
                _ => Name == "*" || Name == resourceName,
            };
        }

        // Kafka's implications: All grants everything; Read, Write, Delete and Alter imply Describe;
        // AlterConfigs implies DescribeConfigs.
        public bool Grants(string operation)
        {
            foreach (string granted in Operations)
            {
                if (granted == "All" || granted == operation
                    || (operation == "Describe" && granted is "Read" or "Write" or "Delete" or "Alter")
                    || (operation == "DescribeConfigs" && granted == "AlterConfigs"))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
