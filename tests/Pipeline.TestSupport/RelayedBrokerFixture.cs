using System.Net;
using Pipeline.Kafka;

namespace Pipeline.TestSupport;

/// <summary>
/// A <see cref="BrokerFixture"/> whose broker is reached through a loopback forwarder, for tests that take the
/// broker down: the forwarder's outage keeps its port (see <see cref="EmbeddedBroker.SetBrokerDown"/>), where the
/// mock's own can lose it to another socket and end the test process.
/// </summary>
public sealed class RelayedBrokerFixture() : BrokerFixture(Relayed(new EmbeddedBrokerOptions()))
{
    /// <summary>The same options with a loopback listen address on a free port.</summary>
    public static EmbeddedBrokerOptions Relayed(EmbeddedBrokerOptions options) =>
        options with { Listen = new IPEndPoint(IPAddress.Loopback, 0) };
}
