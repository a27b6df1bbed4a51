using System.Net;

namespace Pipeline.Kafka;

/// <summary>Options of an <see cref="EmbeddedBroker"/>, validated once by <see cref="Validate"/>.</summary>
public sealed record EmbeddedBrokerOptions
{
    /// <summary>One broker: enough for one machine; more only to exercise leader changes and failover.</summary>
    public int BrokerCount { get; init; } = 1;

    /// <summary>The topics created at start; every topic of the pipeline by default.</summary>
    public TopicCatalog Topics { get; init; } = TopicCatalog.Default;

    /// <summary>
    /// How long a consumer group's first join waits for more members. The mock's default is 3 s, which every
    /// test and every demo start would pay; 100 ms still lets members that start together join one generation.
    /// </summary>
    public TimeSpan InitialRebalanceDelay { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// A fixed address to serve on (<c>--listen</c>), or null for the mock's own random loopback port. With
    /// several brokers, broker <c>n</c> (from 1) listens on this port + n - 1; port 0 picks free ports.
    /// See <see cref="EmbeddedBroker"/> for how this works and what it cannot do.
    /// </summary>
    public IPEndPoint? Listen { get; init; }

    /// <summary>
    /// The host name clients are told to reconnect to when <see cref="Listen"/> is set. Null advertises the
    /// listen address itself, or this machine's host name when listening on a wildcard address.
    /// </summary>
    public string? AdvertisedHost { get; init; }

    /// <summary>Rejects an unusable option with a one-line reason.</summary>
    public void Validate()
    {
        if (BrokerCount is < 1 or > 16)
        {
            throw new ArgumentException($"broker count must be 1 to 16, got {BrokerCount}");
        }

        ArgumentNullException.ThrowIfNull(Topics);
        if (InitialRebalanceDelay < TimeSpan.Zero || InitialRebalanceDelay > TimeSpan.FromMinutes(5))
        {
            throw new ArgumentException($"initial rebalance delay must be 0 to 5 minutes, got {InitialRebalanceDelay}");
        }

        if (Listen is { } listen && listen.Port != 0 && listen.Port + BrokerCount - 1 > IPEndPoint.MaxPort)
        {
            throw new ArgumentException($"listen port {listen.Port} leaves no room for {BrokerCount} brokers");
        }

        if (AdvertisedHost is not null)
        {
            if (Listen is null)
            {
                throw new ArgumentException("an advertised host needs a listen address");
            }

            if (string.IsNullOrWhiteSpace(AdvertisedHost) || AdvertisedHost.Contains(':', StringComparison.Ordinal) && !IPAddress.TryParse(AdvertisedHost, out _))
            {
                throw new ArgumentException($"advertised host '{AdvertisedHost}' is not a host name or IP address");
            }
        }
    }
}
