using System.CommandLine;
using Pipeline.Host.Commands;

namespace Pipeline.Cli.Commands;

/// <summary><c>pipeline broker</c>.</summary>
internal static class BrokerCommandLine
{
    private static readonly BrokerRequest s_defaults = new();

    public static Command Create(GlobalOptions globals)
    {
        var listen = new Option<string?>("--listen")
        {
            Description = "Serve on this fixed HOST:PORT (default: a random port on 127.0.0.1). Clients must reach the broker under this address",
        };
        var advertise = new Option<string?>("--advertise")
        {
            Description = "The host name clients are told to reconnect to, when it differs from the --listen host (e.g. 0.0.0.0 behind a name)",
        };
        var partitions = new Option<int>("--partitions")
        {
            Description = "Partitions of every topic",
            DefaultValueFactory = _ => s_defaults.Partitions,
        };
        var brokers = new Option<int>("--brokers")
        {
            Description = "Brokers in the embedded cluster (more than one only to exercise failover)",
            DefaultValueFactory = _ => s_defaults.Brokers,
        };
        var command = new Command("broker", "Run the embedded Kafka broker (librdkafka's mock cluster) with every topic created; prints `bootstrap: HOST:PORT`")
        {
            listen, advertise, partitions, brokers,
        };
        globals.SetAction(command, (parse, host) => BrokerCommand.RunAsync(host, new BrokerRequest
        {
            Listen = parse.GetValue(listen),
            Advertise = parse.GetValue(advertise),
            Partitions = parse.GetValue(partitions),
            Brokers = parse.GetValue(brokers),
        }));
        return command;
    }
}
