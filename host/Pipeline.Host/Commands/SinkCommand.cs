using System.Globalization;
using Pipeline.Host.Hosting;
using Pipeline.Lake.Sink;

namespace Pipeline.Host.Commands;

/// <summary>
/// <c>pipeline sink</c>: the clean, sessions and idle topics to the Parquet lake, exactly once. Configuration: the
/// <c>Sink</c> section, bound onto <see cref="LakeSinkOptions"/>.
/// </summary>
public static class SinkCommand
{
    /// <summary>Runs the sink until stopped or idle, then prints what it wrote; exit 1 when it stops on an error.</summary>
    public static async Task<int> RunAsync(HostContext host, SinkRequest request)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(request);
        LakeSinkOptions options = PipelineConfiguration.Bind<LakeSinkOptions>(host.Configuration, "Sink") with
        {
            Lake = request.Lake.FullName,
            Topics = host.Topics,
        };
        if (request.UntilIdleSeconds is { } seconds)
        {
            options = options with { UntilIdle = Durations.Seconds(seconds, "--until-idle") };
        }

        LakeSink sink = CliException.ThrowIfInvalid(() => new LakeSink(options, host.KafkaSettings(host.ResolveBootstrap()), host.LoggerFactory, host.Time));
        host.StartMetrics(() => true);
        try
        {
            await sink.RunAsync(host.Stopping);
        }
        catch (LakeSinkException ex)
        {
            throw new CliException(CliException.FirstLine(ex.Message), ex, ExitCodes.Failed);
        }

        LakeSinkProgress p = sink.Progress;
        await host.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"sink: {p.Records} records read; {p.Events} events, {p.Sessions} sessions, {p.IdlePeriods} idle periods written in {p.Files} files ({p.Bytes} bytes); {p.DuplicatesDropped} repeats dropped"));
        return host.Stopping.IsCancellationRequested ? ExitCodes.Interrupted : ExitCodes.Ok;
    }
}
