using Confluent.Kafka;
using Pipeline.Kafka;
using Pipeline.TestSupport;

namespace Pipeline.Kafka.Tests;

public sealed class TopicProvisionerTests : IClassFixture<BrokerFixture>
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(10);
    private readonly BrokerFixture _fixture;

    public TopicProvisionerTests(BrokerFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task EnsureTopicsAsync_EveryTopicExists_CreatesNothing()
    {
        using IAdminClient admin = new AdminClientBuilder(_fixture.Settings.CreateAdminConfig()).Build();

        IReadOnlyList<string> created = await TopicProvisioner.EnsureTopicsAsync(admin, _fixture.Topics.Topics, -1, s_timeout, CancellationToken.None);

        Assert.Empty(created);
    }

    [Fact]
    public async Task EnsureTopicsAsync_ExistingWithFewerPartitions_ThrowsNamingTheTopic()
    {
        string name = _fixture.CreateTopic("narrow", partitions: 2);
        using IAdminClient admin = new AdminClientBuilder(_fixture.Settings.CreateAdminConfig()).Build();

        InvalidOperationException e = await Assert.ThrowsAsync<InvalidOperationException>(() => TopicProvisioner.EnsureTopicsAsync(
            admin, [new TopicDefinition(name, 6, CleanupPolicy.Delete, null)], -1, s_timeout, CancellationToken.None));

        Assert.Contains(name, e.Message, StringComparison.Ordinal);
        Assert.Contains("2 partitions", e.Message, StringComparison.Ordinal);
    }

    /// <summary>The mock has no CreateTopics (librdkafka's admin client times out "waiting for controller");
    /// the provisioner must fail naming the topic, not pretend. Against a real cluster this is the creation
    /// path, which cannot be exercised here.</summary>
    [Fact]
    public async Task EnsureTopicsAsync_MissingTopicOnBrokerWithoutCreateTopics_ThrowsNamingTheTopic()
    {
        string name = BrokerFixture.UniqueName("absent");
        using IAdminClient admin = new AdminClientBuilder(_fixture.Settings.CreateAdminConfig()).Build();

        InvalidOperationException e = await Assert.ThrowsAsync<InvalidOperationException>(() => TopicProvisioner.EnsureTopicsAsync(
            admin, [new TopicDefinition(name, 3, CleanupPolicy.Compact, null)], -1, TimeSpan.FromSeconds(2), CancellationToken.None));

        Assert.Contains(name, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnsureTopicsAsync_ZeroReplicationFactor_Throws()
    {
        using IAdminClient admin = new AdminClientBuilder(_fixture.Settings.CreateAdminConfig()).Build();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => TopicProvisioner.EnsureTopicsAsync(
            admin, _fixture.Topics.Topics, 0, s_timeout, CancellationToken.None));
    }
}
