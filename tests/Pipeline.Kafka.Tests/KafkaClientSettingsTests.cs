using Confluent.Kafka;
using Pipeline.Kafka;

namespace Pipeline.Kafka.Tests;

public sealed class KafkaClientSettingsTests
{
    private static readonly KafkaClientSettings s_settings = new() { BootstrapServers = "broker-a:9092,broker-b:9093" };

    [Fact]
    public void CreateProducerConfig_Defaults_IdempotentLz4LingerAndBoundedQueue()
    {
        ProducerConfig config = s_settings.CreateProducerConfig();

        Assert.Equal("broker-a:9092,broker-b:9093", config.BootstrapServers);
        Assert.True(config.EnableIdempotence);
        Assert.Equal(Acks.All, config.Acks);
        Assert.Equal(CompressionType.Lz4, config.CompressionType);
        Assert.Equal(5, config.LingerMs);
        Assert.Equal(65536, config.QueueBufferingMaxKbytes);
        Assert.Null(config.TransactionalId);
    }

    [Fact]
    public void CreateTransactionalProducerConfig_WithId_TunedProducerWithThatId()
    {
        ProducerConfig config = s_settings.CreateTransactionalProducerConfig("processor-3");

        Assert.Equal("processor-3", config.TransactionalId);
        Assert.True(config.EnableIdempotence);
        Assert.Equal(CompressionType.Lz4, config.CompressionType);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void CreateTransactionalProducerConfig_EmptyId_Throws(string id)
    {
        Assert.ThrowsAny<ArgumentException>(() => s_settings.CreateTransactionalProducerConfig(id));
    }

    [Fact]
    public void CreateConsumerConfig_Defaults_ReadCommittedManualOffsetsAndErrorOnLostOffset()
    {
        ConsumerConfig config = s_settings.CreateConsumerConfig("processors");

        Assert.Equal("processors", config.GroupId);
        Assert.Equal(IsolationLevel.ReadCommitted, config.IsolationLevel);
        Assert.False(config.EnableAutoCommit);
        Assert.False(config.EnableAutoOffsetStore);
        Assert.Equal(AutoOffsetReset.Error, config.AutoOffsetReset);
        Assert.Equal(0, config.FetchQueueBackoffMs);
        Assert.Equal(16 * 1024, config.QueuedMaxMessagesKbytes);
    }

    [Fact]
    public void CreateConsumerConfig_QueueBoundSet_BuildsAConsumerWithThatBound()
    {
        ConsumerConfig config = (s_settings with { ConsumerQueueMaxKilobytes = 4096 }).CreateConsumerConfig("processors");

        Assert.Equal(4096, config.QueuedMaxMessagesKbytes);
        // librdkafka accepts the bound together with the rest of the tuning (it caps fetch.max.bytes to it).
        using IConsumer<byte[], byte[]> consumer = new ConsumerBuilder<byte[], byte[]>(config).Build();
    }

    [Theory]
    [InlineData(1023)]
    [InlineData(2_097_152)]
    public void Validate_ConsumerQueueOutOfRange_Throws(int kilobytes)
    {
        ArgumentException ex = Assert.Throws<ArgumentException>((s_settings with { ConsumerQueueMaxKilobytes = kilobytes }).Validate);
        Assert.Contains("consumer queue", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateConfigs_SecurityProperties_PassedThroughToEveryClient()
    {
        KafkaClientSettings settings = s_settings with
        {
            Properties = new Dictionary<string, string>
            {
                ["security.protocol"] = "SASL_SSL",
                ["sasl.mechanism"] = "SCRAM-SHA-512",
                ["ssl.ca.location"] = "/etc/pipeline/ca.pem",
            },
        };
        settings.Validate();

        foreach (ClientConfig config in new ClientConfig[]
        {
            settings.CreateProducerConfig(), settings.CreateTransactionalProducerConfig("t"),
            settings.CreateConsumerConfig("g"), settings.CreateAdminConfig(),
        })
        {
            Assert.Equal("SASL_SSL", config.Get("security.protocol"));
            Assert.Equal("SCRAM-SHA-512", config.Get("sasl.mechanism"));
            Assert.Equal("/etc/pipeline/ca.pem", config.Get("ssl.ca.location"));
        }
    }

    [Fact]
    public void CreateProducerConfig_TuningPassedThrough_OverridesTheDefault()
    {
        KafkaClientSettings settings = s_settings with { Properties = new Dictionary<string, string> { ["linger.ms"] = "50" } };
        settings.Validate();

        Assert.Equal(50, settings.CreateProducerConfig().LingerMs);
    }

    [Theory]
    [InlineData("enable.idempotence")]
    [InlineData("isolation.level")]
    [InlineData("enable.auto.commit")]
    [InlineData("auto.offset.reset")]
    [InlineData("transactional.id")]
    [InlineData("bootstrap.servers")]
    [InlineData("group.id")]
    public void Validate_GuaranteePropertyPassedThrough_ThrowsNamingIt(string property)
    {
        KafkaClientSettings settings = s_settings with { Properties = new Dictionary<string, string> { [property] = "x" } };

        ArgumentException e = Assert.Throws<ArgumentException>(settings.Validate);

        Assert.Contains(property, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("localhost")]
    [InlineData("localhost:")]
    [InlineData("localhost:0")]
    [InlineData("localhost:65536")]
    [InlineData("localhost:port")]
    [InlineData("a:9092,")]
    [InlineData(":9092")]
    public void Validate_BadBootstrap_ThrowsOneLineReason(string bootstrap)
    {
        KafkaClientSettings settings = s_settings with { BootstrapServers = bootstrap };

        ArgumentException e = Assert.Throws<ArgumentException>(settings.Validate);

        Assert.DoesNotContain('\n', e.Message);
    }

    [Theory]
    [InlineData("localhost:9092")]
    [InlineData("10.0.0.1:9092, 10.0.0.2:9092")]
    [InlineData("[::1]:9092")]
    public void Validate_GoodBootstrap_Passes(string bootstrap)
    {
        (s_settings with { BootstrapServers = bootstrap }).Validate();
    }

    [Fact]
    public void Validate_QueueTooSmall_Throws()
    {
        Assert.Throws<ArgumentException>((s_settings with { QueueBufferingMaxKilobytes = 10 }).Validate);
    }

    [Fact]
    public void Validate_NegativeLinger_Throws()
    {
        Assert.Throws<ArgumentException>((s_settings with { Linger = TimeSpan.FromMilliseconds(-1) }).Validate);
    }
}
