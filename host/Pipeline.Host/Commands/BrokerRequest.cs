using Pipeline.Kafka;

namespace Pipeline.Host.Commands;

/// <summary><c>pipeline broker</c> as asked for; the defaults are the command's.</summary>
public sealed record BrokerRequest
{
    /// <summary><c>--listen</c>: a fixed HOST:PORT to serve on; null picks a random port on 127.0.0.1.</summary>
    public string? Listen { get; init; }

    /// <summary><c>--advertise</c>: the host name clients are told to reconnect to, when it differs from the listen host.</summary>
    public string? Advertise { get; init; }

    /// <summary><c>--partitions</c>: partitions of every topic (<see cref="TopicCatalog.DefaultPartitions"/>).</summary>
    public int Partitions { get; init; } = TopicCatalog.DefaultPartitions;

    /// <summary><c>--brokers</c>: brokers in the embedded cluster; more than one only to exercise failover.</summary>
    public int Brokers { get; init; } = 1;
}
