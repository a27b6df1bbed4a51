using Pipeline.Capture;
using Pipeline.Capture.Consent;
using Pipeline.Capture.Gate;
using Pipeline.Host.Hosting;

namespace Pipeline.Host.Commands;

/// <summary>
/// <c>pipeline consent …</c>: the person's controls on their own device. Changes the ledger a running agent watches,
/// then shows the notice: what is captured now, what never is, and where the data goes.
/// </summary>
public static class ConsentCommand
{
    /// <summary>Applies the change (if any) and prints the notice.</summary>
    public static async Task<int> RunAsync(HostContext host, ConsentRequest request)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(request);
        var capture = CaptureConfiguration.Load(host);
        var ledger = new ConsentLedger(Path.Combine(host.StateDirectory, ConsentLedger.FileName), host.Time);
        if (request.Change != ConsentChange.Status)
        {
            TimeSpan? pause = request.Change == ConsentChange.Pause ? Durations.Minutes(request.PauseMinutes, "--minutes") : null;
            try
            {
                _ = request.Change switch
                {
                    ConsentChange.Grant => ledger.Grant(),
                    ConsentChange.Pause => ledger.Pause(pause!.Value),
                    ConsentChange.Resume => ledger.Resume(),
                    ConsentChange.Revoke => ledger.Revoke(),
                    _ => throw new ArgumentOutOfRangeException(nameof(request), request.Change, "unknown consent change"),
                };
            }
            catch (InvalidOperationException ex)
            {
                throw new CliException(CliException.FirstLine(ex.Message), ex);
            }
        }

        PrivacyOptions privacy = capture.Privacy(null, false);
        string destination = CaptureConfiguration.Destination(host.TryResolveBootstrap(), host.Topics);
        await host.Out.WriteLineAsync(ConsentNotice.Describe(ledger.Current, privacy, destination, Micros.Now(host.Time), ledger.Path));
        // What the agent said about itself when it last started, changed listening or stopped (and why it stopped).
        await host.Out.WriteLineAsync(AgentStatusFile.Describe(AgentStatusFile.Read(host.StateDirectory)));
        if (request.Change != ConsentChange.Status)
        {
            await host.Out.WriteLineAsync("A running agent applies this within a second; the change is published to the consent topic.");
        }

        return ExitCodes.Ok;
    }
}
