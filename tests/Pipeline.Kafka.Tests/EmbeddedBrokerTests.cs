using System.Diagnostics;
using System.Text;
using Confluent.Kafka;
using Pipeline.Kafka;
using Pipeline.Kafka.Native;
using Pipeline.TestSupport;

namespace Pipeline.Kafka.Tests;

public sealed class EmbeddedBrokerTests : IClassFixture<BrokerFixture>
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(20);
    private readonly BrokerFixture _fixture;

    public EmbeddedBrokerTests(BrokerFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task Start_Default_RoundTripsRecordsOverTcp()
    {
        string topic = _fixture.CreateTopic("roundtrip", partitions: 3);
        var sent = new List<KeyValuePair<byte[]?, byte[]>>();
        for (int i = 0; i < 50; i++)
        {
            sent.Add(new(Encoding.UTF8.GetBytes($"subject-{i % 7}"), Encoding.UTF8.GetBytes($"value-{i}")));
        }

        await _fixture.ProduceAsync(topic, sent);

        IReadOnlyList<ConsumeResult<byte[]?, byte[]>> received = _fixture.Consume(topic, sent.Count, s_timeout);
        Assert.Equal(
            sent.Select(r => Encoding.UTF8.GetString(r.Value)).Order(),
            received.Select(r => Encoding.UTF8.GetString(r.Message.Value)).Order());

        // Same key, same partition, in production order.
        foreach (IGrouping<string, ConsumeResult<byte[]?, byte[]>> byKey in received.GroupBy(r => Encoding.UTF8.GetString(r.Message.Key!)))
        {
            Assert.Single(byKey.Select(r => r.Partition.Value).Distinct());
            List<int> order = byKey.OrderBy(r => r.Offset.Value).Select(r => int.Parse(Encoding.UTF8.GetString(r.Message.Value)["value-".Length..])).ToList();
            Assert.Equal(order.Order(), order);
        }
    }

    [Fact]
    public void Start_Default_CreatesEveryCatalogTopicWithItsPartitions()
    {
        foreach (TopicDefinition topic in _fixture.Topics.Topics)
        {
            Assert.Equal(topic.Partitions, _fixture.Partitions(topic.Name).Count);
        }
    }

    [Fact]
    public void Start_Default_BootstrapIsLoopbackHostAndPort()
    {
        string[] parts = _fixture.BootstrapServers.Split(':');
        Assert.Equal("127.0.0.1", parts[0]);
        Assert.InRange(int.Parse(parts[1]), 1, 65535);
    }

    [Fact]
    public void CreateTopic_Existing_ReturnsFalse()
    {
        string topic = _fixture.CreateTopic("twice");
        Assert.False(_fixture.Broker.CreateTopic(topic, 1));
    }

    [Fact]
    public void Start_Default_BindsTheLibrdkafkaConfluentLoadedAndNoOther()
    {
        Assert.Single(LibRdKafkaLocator.MappedLibrdkafkaFiles());
        Assert.Equal(LibRdKafkaLocator.MappedLibrdkafkaFiles()[0], LibRdKafkaLocator.LoadedFrom);
        Assert.Equal(Library.Version, (int)LibRdKafka.rd_kafka_version());
    }
}
