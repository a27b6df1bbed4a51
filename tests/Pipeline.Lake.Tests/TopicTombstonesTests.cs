using System.Text;
using Confluent.Kafka;
using Pipeline.Lake.Governance;
using Pipeline.TestSupport;

namespace Pipeline.Lake.Tests;

public sealed class TopicTombstonesTests : IClassFixture<BrokerFixture>
{
    private readonly BrokerFixture _broker;

    public TopicTombstonesTests(BrokerFixture broker) => _broker = broker;

    [Fact]
    public async Task SendAsync_KeysOnTwoTopics_NullValuesUnderThoseKeysAndOneOutcomePerTopicWithoutTheKeys()
    {
        string consent = _broker.CreateTopic("consent");
        string state = _broker.CreateTopic("state");

        IReadOnlyList<ErasureOutcome> outcomes = await TopicTombstones.SendAsync(_broker.Settings,
            [(consent, "alice@example.org"), (state, "pseudonym-v1"), (state, "pseudonym-v2")], CancellationToken.None);

        Assert.Equal([consent, state], outcomes.Select(o => o.Target).Order(StringComparer.Ordinal));
        Assert.All(outcomes, o => Assert.Equal("tombstoned", o.Outcome));
        Assert.DoesNotContain(outcomes, o => o.Detail.Contains("alice", StringComparison.Ordinal));
        ConsumeResult<byte[]?, byte[]> record = _broker.Consume(consent, 1, TimeSpan.FromSeconds(10)).Single();
        Assert.Equal("alice@example.org", Encoding.UTF8.GetString(record.Message.Key!));
        Assert.Null(record.Message.Value);
        Assert.Equal(2, _broker.Consume(state, 2, TimeSpan.FromSeconds(10)).Count(r => r.Message.Value is null));
    }
}
