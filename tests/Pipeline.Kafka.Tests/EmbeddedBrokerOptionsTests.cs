using System.Net;
using Pipeline.Kafka;

namespace Pipeline.Kafka.Tests;

public sealed class EmbeddedBrokerOptionsTests
{
    [Fact]
    public void Defaults_OneBrokerEveryTopicShortRebalanceDelay_Valid()
    {
        var options = new EmbeddedBrokerOptions();

        options.Validate();
        Assert.Equal(1, options.BrokerCount);
        Assert.Same(TopicCatalog.Default, options.Topics);
        Assert.Equal(TimeSpan.FromMilliseconds(100), options.InitialRebalanceDelay);
        Assert.Null(options.Listen);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(17)]
    public void Validate_BrokerCountOutOfRange_Throws(int count)
    {
        Assert.Throws<ArgumentException>(new EmbeddedBrokerOptions { BrokerCount = count }.Validate);
    }

    [Fact]
    public void Validate_NegativeRebalanceDelay_Throws()
    {
        Assert.Throws<ArgumentException>(new EmbeddedBrokerOptions { InitialRebalanceDelay = TimeSpan.FromSeconds(-1) }.Validate);
    }

    [Fact]
    public void Validate_ListenPortLeavesNoRoomForEveryBroker_Throws()
    {
        var options = new EmbeddedBrokerOptions { BrokerCount = 3, Listen = new IPEndPoint(IPAddress.Loopback, 65534) };

        Assert.Throws<ArgumentException>(options.Validate);
    }

    [Fact]
    public void Validate_AdvertisedHostWithoutListen_Throws()
    {
        Assert.Throws<ArgumentException>(new EmbeddedBrokerOptions { AdvertisedHost = "broker.local" }.Validate);
    }

    [Theory]
    [InlineData("broker.local")]
    [InlineData("10.1.2.3")]
    [InlineData("::1")]
    public void Validate_AdvertisedHostWithListen_Valid(string host)
    {
        new EmbeddedBrokerOptions { Listen = new IPEndPoint(IPAddress.Any, 9092), AdvertisedHost = host }.Validate();
    }

    [Theory]
    [InlineData("")]
    [InlineData("host:9092")]
    public void Validate_BadAdvertisedHost_Throws(string host)
    {
        Assert.Throws<ArgumentException>(new EmbeddedBrokerOptions { Listen = new IPEndPoint(IPAddress.Any, 9092), AdvertisedHost = host }.Validate);
    }
}
