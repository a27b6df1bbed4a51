using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging;
using Pipeline.Host.Hosting;
using Pipeline.Kafka;

namespace Pipeline.Host.Commands;

/// <summary><c>pipeline broker</c>: the embedded broker alone, every topic created, until SIGINT/SIGTERM.</summary>
public static class BrokerCommand
{
    /// <summary>Starts the broker, prints <c>bootstrap: HOST:PORT</c>, records it for other commands, runs until stopped.</summary>
    public static async Task<int> RunAsync(HostContext host, BrokerRequest request)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Partitions is < 1 or > 1000)
        {
            throw new CliException($"--partitions must be 1 to 1000, got {request.Partitions}");
        }

        var options = new EmbeddedBrokerOptions
        {
            BrokerCount = request.Brokers,
            Topics = TopicCatalog.ForPipeline(host.Topics, request.Partitions),
            Listen = request.Listen is { } text ? ParseEndPoint(text) : null,
            AdvertisedHost = request.Advertise,
        };
        using EmbeddedBroker broker = StartBroker(options);
        ILogger log = host.LoggerFactory.CreateLogger("pipeline.broker");
        host.StartMetrics(() => true);

        // The bootstrap line is the command's result: scripts read it from stdout.
        await host.Out.WriteLineAsync($"bootstrap: {broker.BootstrapServers}");
        await host.Out.FlushAsync(CancellationToken.None);
        await File.WriteAllTextAsync(host.BrokerAddressFile, broker.BootstrapServers + "\n", CancellationToken.None);
        log.LogInformation("embedded broker up with {Topics} topics of {Partitions} partitions; Ctrl+C stops it (all data is in memory and goes with it)",
            options.Topics.Topics.Count, request.Partitions);
        try
        {
            await Task.Delay(Timeout.Infinite, host.Stopping);
        }
        catch (OperationCanceledException)
        {
            // SIGINT/SIGTERM: the expected way to stop.
        }
        finally
        {
            TryDeleteAddressFile(host.BrokerAddressFile, broker.BootstrapServers);
        }

        return ExitCodes.Ok;
    }

    /// <summary>Starts a broker, turning bad options and bind failures into one-line reasons.</summary>
    internal static EmbeddedBroker StartBroker(EmbeddedBrokerOptions options)
    {
        try
        {
            return EmbeddedBroker.Start(options);
        }
        catch (ArgumentException ex)
        {
            throw new CliException(CliException.FirstLine(ex.Message), ex);
        }
        catch (System.Net.Sockets.SocketException ex)
        {
            throw new CliException($"cannot listen on {options.Listen}: {ex.Message}");
        }
    }

    internal static IPEndPoint ParseEndPoint(string text)
    {
        int colon = text.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int port) || port > IPEndPoint.MaxPort)
        {
            throw new CliException($"--listen '{text}' must be HOST:PORT");
        }

        string host = text[..colon].Trim('[', ']');
        if (IPAddress.TryParse(host, out IPAddress? address))
        {
            return new IPEndPoint(address, port);
        }

        if (host == "localhost")
        {
            return new IPEndPoint(IPAddress.Loopback, port);
        }

        try
        {
            IPAddress[] addresses = Dns.GetHostAddresses(host);
            return addresses.Length > 0
                ? new IPEndPoint(addresses[0], port)
                : throw new CliException($"--listen host '{host}' has no address");
        }
        catch (System.Net.Sockets.SocketException ex)
        {
            throw new CliException($"--listen host '{host}' cannot be resolved: {ex.Message}");
        }
    }

    private static void TryDeleteAddressFile(string path, string bootstrap)
    {
        // Only remove the record if it is still ours: a second broker may have replaced it.
        try
        {
            if (File.Exists(path) && File.ReadAllText(path).Trim() == bootstrap)
            {
                File.Delete(path);
            }
        }
        catch (IOException)
        {
            // A stale record is harmless: the next command that reads it fails to connect and says so.
        }
    }
}
