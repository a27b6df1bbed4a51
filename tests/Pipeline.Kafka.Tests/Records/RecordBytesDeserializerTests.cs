using Confluent.Kafka;
using Pipeline.Kafka.Records;
using Pipeline.TestSupport;

namespace Pipeline.Kafka.Tests.Records;

/// <summary><see cref="RecordBytesDeserializer"/>: consumed records land in one reused buffer, read over a real socket.</summary>
public sealed class RecordBytesDeserializerTests(BrokerFixture broker) : IClassFixture<BrokerFixture>
{
    [Fact]
    public async Task Consume_RecordsOfGrowingSizeAndATombstone_EachReadIntoTheSameBuffer()
    {
        string topic = broker.CreateTopic("record-bytes", 1);
        byte[] small = [1, 2, 3];
        byte[] large = new byte[40_000];
        new Random(7).NextBytes(large);
        await broker.ProduceAsync(topic, [new("k"u8.ToArray(), small), new("k"u8.ToArray(), large)]);
        using (IProducer<byte[], byte[]?> producer = new ProducerBuilder<byte[], byte[]?>(broker.Settings.CreateProducerConfig()).Build())
        {
            await producer.ProduceAsync(topic, new Message<byte[], byte[]?> { Key = "gone"u8.ToArray(), Value = null });
        }
        var keys = new RecordBytesDeserializer();
        var values = new RecordBytesDeserializer(new RecordBytes(4));
        using IConsumer<RecordBytes, RecordBytes> consumer = new ConsumerBuilder<RecordBytes, RecordBytes>(broker.Settings.CreateConsumerConfig(BrokerFixture.UniqueGroup("record-bytes")))
            .SetKeyDeserializer(keys).SetValueDeserializer(values).Build();
        consumer.Assign(new TopicPartitionOffset(topic, 0, Offset.Beginning));

        var seen = new List<(byte[]? Key, byte[]? Value, bool SameBuffer)>();
        while (seen.Count < 3)
        {
            ConsumeResult<RecordBytes, RecordBytes>? r = consumer.Consume(TimeSpan.FromSeconds(20));
            Assert.NotNull(r);
            seen.Add((r.Message.Key.ToArray(), r.Message.Value.ToArray(), ReferenceEquals(r.Message.Value, values.Bytes)));
        }

        Assert.Equal(small, seen[0].Value);
        Assert.Equal(large, seen[1].Value);
        Assert.Null(seen[2].Value);
        Assert.Equal("gone"u8.ToArray(), seen[2].Key);
        Assert.All(seen, s => Assert.True(s.SameBuffer));
    }
}
