using Confluent.Kafka;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Capture.Delivery;
using Pipeline.Kafka;
using Pipeline.TestSupport;

namespace Pipeline.Capture.Tests;

/// <summary>The one composition of spool, send loop and drain, as every capturing role uses it, against the real broker.</summary>
public sealed class SpoolDeliveryTests(RelayedBrokerFixture broker) : IClassFixture<RelayedBrokerFixture>
{
    // Bounds a test that would otherwise hang if draining never gave up; no figure is asserted on it.
    private static readonly TimeSpan s_deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task StopAsync_RecordsWrittenWhileRunning_AllDeliveredOnceInOrder()
    {
        using var dir = new TempDirectory();
        DeliveryOptions options = Options();
        await using var delivery = new SpoolDelivery(dir.Path, new SpoolOptions(), options, NullLoggerFactory.Instance, TimeProvider.System);
        delivery.Start();
        for (int i = 0; i < 200; i++)
        {
            delivery.Spool.Write(RecordTopic.Raw, "subject-1", BitConverter.GetBytes(i));
        }

        DrainOutcome outcome = await delivery.StopAsync().WaitAsync(s_deadline);

        Assert.True(outcome.Drained);
        Assert.Equal(200, outcome.Delivered);
        Assert.Equal(0, outcome.PendingRecords);
        IReadOnlyList<ConsumeResult<byte[]?, byte[]>> raw = broker.ReadToEnd(options.Topics.Raw, TimeSpan.FromSeconds(10));
        Assert.Equal(Enumerable.Range(0, 200), raw.Select(r => BitConverter.ToInt32(r.Message.Value)));
    }

    [Fact]
    public async Task StopAsync_BrokerDown_GivesUpAndTheNextStartDeliversTheRestOnce()
    {
        using var dir = new TempDirectory();
        DeliveryOptions options = Options() with { MessageTimeout = TimeSpan.FromMilliseconds(300), DrainTimeout = TimeSpan.FromMilliseconds(500) };
        DrainOutcome first;
        broker.Broker.SetBrokerDown();
        try
        {
            await using var delivery = new SpoolDelivery(dir.Path, new SpoolOptions(), options, NullLoggerFactory.Instance, TimeProvider.System);
            delivery.Start();
            for (int i = 0; i < 10; i++)
            {
                delivery.Spool.Write(RecordTopic.Raw, "subject-1", BitConverter.GetBytes(i));
            }

            first = await delivery.StopAsync().WaitAsync(s_deadline);
        }
        finally
        {
            broker.Broker.SetBrokerUp();
        }

        Assert.False(first.Drained);
        Assert.Equal(10, first.PendingRecords);
        Assert.Equal(0, first.Delivered);

        await using (var again = new SpoolDelivery(dir.Path, new SpoolOptions(), Options(options.Topics), NullLoggerFactory.Instance, TimeProvider.System))
        {
            Assert.Equal(10, again.Spool.PendingRecords);
            again.Start();
            Assert.True((await again.StopAsync().WaitAsync(s_deadline)).Drained);
        }

        IReadOnlyList<ConsumeResult<byte[]?, byte[]>> raw = broker.ReadToEnd(options.Topics.Raw, TimeSpan.FromSeconds(10));
        Assert.Equal(Enumerable.Range(0, 10), raw.Select(r => BitConverter.ToInt32(r.Message.Value)));
    }

    [Fact]
    public async Task StopAsync_BrokerSlowButTakingRecords_DrainsPastTheTimeout()
    {
        // One record in flight at a time and 150 ms per round trip: each drain slice of 200 ms acknowledges a record
        // or two, so the whole drain outlasts the timeout many times over and still empties the spool.
        using var dir = new TempDirectory();
        DeliveryOptions options = Options() with { Window = 1, DrainTimeout = TimeSpan.FromMilliseconds(200) };
        await using var delivery = new SpoolDelivery(dir.Path, new SpoolOptions(), options, NullLoggerFactory.Instance, TimeProvider.System);
        for (int i = 0; i < 12; i++)
        {
            delivery.Spool.Write(RecordTopic.Raw, "subject-1", BitConverter.GetBytes(i));
        }

        DrainOutcome outcome;
        broker.Broker.SetRoundTripTime(EmbeddedBroker.AllBrokers, TimeSpan.FromMilliseconds(150));
        try
        {
            outcome = await delivery.StopAsync().WaitAsync(s_deadline);
        }
        finally
        {
            broker.Broker.SetRoundTripTime(EmbeddedBroker.AllBrokers, TimeSpan.Zero);
        }

        Assert.True(outcome.Drained, $"{outcome.PendingRecords} records left");
        Assert.Equal(12, outcome.Delivered);
    }

    [Fact]
    public async Task DisposeAsync_WithoutStop_StopsSendingAndKeepsTheSpool()
    {
        using var dir = new TempDirectory();
        DeliveryOptions options = Options();
        broker.Broker.SetBrokerDown();
        try
        {
            await using (var delivery = new SpoolDelivery(dir.Path, new SpoolOptions(), options, NullLoggerFactory.Instance, TimeProvider.System))
            {
                delivery.Start();
                delivery.Spool.Write(RecordTopic.Raw, "subject-1", [1]);
                delivery.Spool.Sync();
            }
        }
        finally
        {
            broker.Broker.SetBrokerUp();
        }

        using var spool = new DiskSpool(dir.Path, new SpoolOptions(), TimeProvider.System);
        Assert.Equal(1, spool.PendingRecords);
    }

    [Theory]
    [InlineData("acks", "0")]
    [InlineData("enable.idempotence", "false")]
    [InlineData("partitioner", "random")]
    public void Constructor_ReservedKafkaProperty_RefusedBeforeAnythingOpens(string property, string value)
    {
        using var dir = new TempDirectory();
        DeliveryOptions options = Options() with { KafkaProperties = new Dictionary<string, string> { [property] = value } };

        ArgumentException error = Assert.Throws<ArgumentException>(() => new SpoolDelivery(Path.Combine(dir.Path, "spool"), new SpoolOptions(), options, NullLoggerFactory.Instance, TimeProvider.System));

        Assert.StartsWith($"librdkafka property '{property}' is set by the pipeline itself", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "spool")), "the spool was opened for a delivery that cannot run");
    }

    private DeliveryOptions Options(TopicNames? topics = null) => new()
    {
        Bootstrap = broker.BootstrapServers,
        Topics = topics ?? new TopicNames { Raw = broker.CreateTopic("raw", 2), Consent = broker.CreateTopic("consent") },
        MaxBackoff = TimeSpan.FromMilliseconds(200),
    };
}
