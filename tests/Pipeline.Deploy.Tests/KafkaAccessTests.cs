namespace Pipeline.Deploy.Tests;

/// <summary>The ACL evaluation itself, on small clusters written here, so the invariants built on it mean something.</summary>
public sealed class KafkaAccessTests
{
    private static ManifestSet Cluster(string acls, string authorization = "authorization: {type: simple}", string config = "config: {}", string cluster = "pipeline") =>
        ManifestSet.Parse($$"""
            apiVersion: kafka.strimzi.io/v1
            kind: Kafka
            metadata: {name: pipeline, namespace: k}
            spec:
              kafka:
                {{authorization}}
                {{config}}
            ---
            apiVersion: kafka.strimzi.io/v1
            kind: KafkaUser
            metadata:
              name: alice
              namespace: p
              labels:
                strimzi.io/cluster: {{cluster}}
            spec:
              authorization:
                type: simple
                acls:
            {{acls}}
            """);

    private static string Acl(string type, string name, string pattern, string operations, string allow = "allow") =>
        $"      - {{resource: {{type: {type}, name: '{name}', patternType: {pattern}}}, operations: [{operations}], type: {allow}}}\n";

    [Fact]
    public void Allowed_LiteralTopicAcl_GrantsThatTopicOnly()
    {
        KafkaAccess access = new(Cluster(Acl("topic", "a.raw", "literal", "Read")));

        Assert.Equal(["alice"], access.Allowed("topic", "a.raw", "Read"));
        Assert.Empty(access.Allowed("topic", "a.raw.v2", "Read"));
        Assert.Empty(access.Allowed("group", "a.raw", "Read"));
    }

    [Fact]
    public void Allowed_PrefixAcl_GrantsEveryTopicStartingWithIt()
    {
        KafkaAccess access = new(Cluster(Acl("topic", "interaction.", "prefix", "Read")));

        Assert.True(access.IsAllowed("alice", "topic", "interaction.raw.v1", "Read"));
        Assert.False(access.IsAllowed("alice", "topic", "other.raw.v1", "Read"));
    }

    [Fact]
    public void Allowed_StarLiteral_GrantsEveryTopic()
    {
        KafkaAccess access = new(Cluster(Acl("topic", "*", "literal", "Read")));

        Assert.True(access.IsAllowed("alice", "topic", "interaction.dlq.v1", "Read"));
    }

    [Fact]
    public void Allowed_AllOperation_GrantsRead()
    {
        KafkaAccess access = new(Cluster(Acl("topic", "t", "literal", "All")));

        Assert.True(access.IsAllowed("alice", "topic", "t", "Read"));
    }

    [Fact]
    public void Allowed_WriteOnly_GrantsDescribeButNotRead()
    {
        KafkaAccess access = new(Cluster(Acl("topic", "t", "literal", "Write")));

        Assert.False(access.IsAllowed("alice", "topic", "t", "Read"));
        Assert.True(access.IsAllowed("alice", "topic", "t", "Describe"));
    }

    [Fact]
    public void Allowed_DenyRule_OverridesAllow()
    {
        KafkaAccess access = new(Cluster(Acl("topic", "t", "prefix", "All") + Acl("topic", "t.raw", "literal", "Read", "deny")));

        Assert.False(access.IsAllowed("alice", "topic", "t.raw", "Read"));
        Assert.True(access.IsAllowed("alice", "topic", "t.raw", "Describe"));
        Assert.True(access.IsAllowed("alice", "topic", "t.clean", "Read"));
    }

    [Fact]
    public void Allowed_SuperUser_GrantedEverythingEvenWithoutAcls()
    {
        KafkaAccess access = new(Cluster(Acl("topic", "t", "literal", "Write"), authorization: "authorization: {type: simple, superUsers: ['User:CN=bob']}"));

        Assert.Contains("bob", access.Allowed("topic", "t", "Read"));
    }

    [Fact]
    public void Allowed_AuthorizationNotSimple_OpenToAnyone()
    {
        KafkaAccess access = new(Cluster(Acl("topic", "t", "literal", "Write"), authorization: "authorization: null"));

        Assert.Contains(KafkaAccess.Anyone, access.Allowed("topic", "raw", "Read"));
    }

    [Fact]
    public void Allowed_AllowEveryoneIfNoAclFound_OpensOnlyTopicsWithoutAcls()
    {
        KafkaAccess access = new(Cluster(Acl("topic", "raw", "literal", "Write"), config: "config: {allow.everyone.if.no.acl.found: true}"));

        Assert.DoesNotContain(KafkaAccess.Anyone, access.Allowed("topic", "raw", "Read"));
        Assert.Contains(KafkaAccess.Anyone, access.Allowed("topic", "clean", "Read"));
    }

    [Fact]
    public void Allowed_UserOfAnotherCluster_Ignored()
    {
        KafkaAccess access = new(Cluster(Acl("topic", "t", "literal", "Read"), cluster: "other"));

        Assert.Empty(access.Allowed("topic", "t", "Read"));
    }

    /// <summary>The v1beta2 API's singular form: refused by `v1`, but counted, so the checker errs towards more access.</summary>
    [Fact]
    public void Allowed_SingularOperationField_Honoured()
    {
        KafkaAccess access = new(Cluster("      - {resource: {type: topic, name: t}, operation: Read}\n"));

        Assert.True(access.IsAllowed("alice", "topic", "t", "Read"));
    }
}
