using Pipeline.Kafka;

namespace Pipeline.Kafka.Tests;

public sealed class KafkaPassThroughTests
{
    [Theory]
    [InlineData("bootstrap.servers")]
    [InlineData("metadata.broker.list")]
    [InlineData("enable.idempotence")]
    [InlineData("acks")]
    [InlineData("request.required.acks")]
    [InlineData("transactional.id")]
    [InlineData("isolation.level")]
    [InlineData("group.id")]
    [InlineData("group.instance.id")]
    [InlineData("enable.auto.commit")]
    [InlineData("auto.commit.enable")]
    [InlineData("enable.auto.offset.store")]
    [InlineData("auto.offset.reset")]
    [InlineData("partitioner")]
    public void Validate_ReservedProperty_RefusedWithTheGuaranteeItProtects(string property)
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => KafkaPassThrough.Validate(new Dictionary<string, string> { [property] = "x" }));

        Assert.Equal($"librdkafka property '{property}' is set by the pipeline itself and cannot be passed through: {KafkaPassThrough.Reserved[property]}", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Validate_EmptyName_Refused()
    {
        Assert.Throws<ArgumentException>(() => KafkaPassThrough.Validate(new Dictionary<string, string> { [" "] = "x" }));
    }

    [Theory]
    [InlineData("no.such.property", "1", "librdkafka refuses a passed-through property: No such configuration property: \"no.such.property\"")]
    [InlineData("linger.ms", "soon", "librdkafka refuses a passed-through property: Invalid value for configuration property \"queue.buffering.max.ms\"")]
    [InlineData("max.in.flight.requests.per.connection", "50", "librdkafka refuses a passed-through property: `max.in.flight` must be set <= 5 when `enable.idempotence` is true")]
    [InlineData("fetch.wait.max.ms", "-1", "librdkafka refuses a passed-through property: Configuration property \"fetch.wait.max.ms\" value -1 is outside allowed range")]
    [InlineData("acks", "0", "librdkafka property 'acks' is set by the pipeline itself")]
    public void Verify_PropertyLibrdkafkaRefuses_OneLineReason(string property, string value, string reason)
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => KafkaPassThrough.Verify(new Dictionary<string, string> { [property] = value }));

        Assert.StartsWith(reason, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Verify_SecurityAndTuning_Accepted()
    {
        KafkaPassThrough.Verify(new Dictionary<string, string>
        {
            ["security.protocol"] = "plaintext",
            ["socket.keepalive.enable"] = "true",
            ["linger.ms"] = "20",
            ["session.timeout.ms"] = "6000",
            ["client.rack"] = "rack-1",
        });
    }

    [Fact]
    public void Verify_Nothing_Accepted()
    {
        KafkaPassThrough.Verify(new Dictionary<string, string>());
    }
}
