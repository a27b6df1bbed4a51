using Microsoft.Extensions.Logging;
using Pipeline.Capture.Gate;
using Pipeline.Capture.Transparency;
using Pipeline.Host.Hosting;

namespace Pipeline.Host.Commands;

/// <summary>
/// <c>pipeline consent ui</c>: the person's page on their own workstation, served on its own for an agent that runs
/// as a service. It reads the consent ledger, the aggregates file and the spool state the agent leaves in the state
/// directory, and changes consent through the same ledger the agent watches. <c>pipeline capture</c> serves the
/// same page itself (<see cref="Start"/>).
/// </summary>
public static class ConsentUiCommand
{
    /// <summary>Serves the page until SIGINT/SIGTERM; prints <c>ui: URL</c> on its own line first.</summary>
    public static async Task<int> RunAsync(HostContext host, ConsentUiRequest request)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(request);
        var capture = CaptureConfiguration.Load(host);
        PrivacyOptions privacy = capture.Privacy(null, false);
        string destination = CaptureConfiguration.Destination(host.TryResolveBootstrap(), host.Topics);
        ILogger logger = host.LoggerFactory.CreateLogger("Pipeline.Capture.Page");
        await using TransparencyPage page = Start(host, privacy, destination, request.Port,
            TransparencyPage.ReadActivityFile(host.StateDirectory, logger), servedByAgent: false);
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, host.Time, host.Stopping);
        }
        catch (OperationCanceledException)
        {
            // SIGINT or SIGTERM: the page closes with the process.
        }

        return ExitCodes.Interrupted;
    }

    /// <summary>Starts the page on 127.0.0.1 and prints its address (token included) on a line of its own.</summary>
    internal static TransparencyPage Start(HostContext host, PrivacyOptions privacy, string destination, int? port, Func<ActivitySnapshot> activity, bool servedByAgent)
    {
        var options = new TransparencyPageOptions
        {
            StateDirectory = host.StateDirectory,
            Port = port ?? 0,
            Privacy = privacy,
            Destination = destination,
        };
        if (port is 0)
        {
            throw new CliException("--port 0 is not a port; leave --port out to take the last one or any free one");
        }

        CliException.ThrowIfInvalid(options.Validate);
        TransparencyPage page;
        try
        {
            page = TransparencyPage.Start(options, activity, servedByAgent, host.LoggerFactory, host.Time);
        }
        catch (IOException ex)
        {
            throw new CliException(CliException.FirstLine(ex.Message), ex);
        }

        host.Out.WriteLine($"ui: {page.Url}");
        return page;
    }
}
