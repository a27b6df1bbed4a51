using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Pipeline.Host.Hosting;
using Pipeline.Processing.Runner;
using Pipeline.Privacy.Pseudonyms;
using Pipeline.Processing.Sessions;

namespace Pipeline.Host.Commands;

/// <summary>
/// <c>pipeline process</c>: the exactly-once stream processor (raw + consent in; clean, sessions, idle, dead letters
/// out). Configuration: <c>Pseudonym:Keys:&lt;version&gt;</c> (base64, at least 32 bytes), <c>Pseudonym:CurrentVersion</c>,
/// <c>Pseudonym:AllowDevelopmentKey</c>; <c>Processor:*</c> (see <see cref="ProcessorSection"/>); <c>Topics:*</c>.
/// </summary>
internal static class ProcessCommand
{
    public static void AddTo(RootCommand root, GlobalOptions globals)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(globals);
        var untilIdle = new Option<double?>("--until-idle")
        {
            Description = "Exit 0 after this many seconds with nothing new to do (no record read, no session closed); for batch runs and tests",
        };
        var group = new Option<string?>("--group")
        {
            Description = "Consumer group of the processors; instances in one group split the raw topic's partitions (default pipeline-processor)",
        };
        var command = new Command("process", "Run the stream processor: consent, pseudonyms, redaction, sessions and idle detection, exactly once")
        {
            untilIdle, group,
        };
        command.SetAction(async (parse, cancel) =>
        {
            await using HostContext host = HostContext.Create(parse, globals, cancel);
            TimeSpan? idle = null;
            if (parse.GetValue(untilIdle) is { } seconds)
            {
                if (!(seconds > 0) || double.IsInfinity(seconds))
                {
                    throw new CliException($"--until-idle must be a positive number of seconds, got {seconds.ToString(CultureInfo.InvariantCulture)}");
                }

                idle = TimeSpan.FromSeconds(seconds);
            }

            string bootstrap = host.ResolveBootstrap();
            bool embedded = host.IsEmbeddedBroker(bootstrap);
            ProcessorOptions options = BuildOptions(host.Configuration, host.Topics, parse.GetValue(group), embedded);
            var runner = new ProcessorRunner(options, host.KafkaSettings(bootstrap), host.LoggerFactory, host.Time);
            Task run = runner.RunAsync(idle, host.Stopping);
            host.StartMetrics(() => !run.IsFaulted);
            try
            {
                await run;
            }
            catch (ProcessorStoppedException ex)
            {
                // Already logged by the runner with its cause; the exit code tells scripts it stopped on an error.
                await host.Error.WriteLineAsync($"pipeline: processor stopped: {ex.Message}");
                return ExitCodes.Failed;
            }

            host.LoggerFactory.CreateLogger("pipeline.process").LogInformation(
                "processed {Records} records: {In} events in, {Out} out, {Sessions} sessions, {Idle} idle periods, {DeadLetters} dead letters",
                runner.Progress.RecordsIn, runner.Progress.EventsIn, runner.Progress.EventsOut, runner.Progress.SessionsClosed,
                runner.Progress.IdlePeriods, runner.Progress.DeadLetters);
            return host.Stopping.IsCancellationRequested ? ExitCodes.Interrupted : ExitCodes.Ok;
        });
        root.Subcommands.Add(command);
    }

    /// <summary>Builds and validates the processor's options; a bad value becomes a one-line <see cref="CliException"/>.</summary>
    internal static ProcessorOptions BuildOptions(IConfiguration configuration, Pipeline.Kafka.TopicNames topics, string? group, bool embeddedBroker)
    {
        try
        {
            PseudonymOptions pseudonyms = PseudonymConfiguration.Load(configuration, allowDevelopmentKey: false);
            ProcessorSection section = PipelineConfiguration.Bind<ProcessorSection>(configuration, "Processor");
            var defaults = new SessionOptions();
            var options = new ProcessorOptions
            {
                Topics = topics,
                GroupId = group ?? section.GroupId ?? "pipeline-processor",
                TransactionalIdPrefix = section.TransactionalIdPrefix ?? group ?? section.GroupId ?? "pipeline-processor",
                InstanceId = section.InstanceId,
                Pseudonyms = pseudonyms,
                Sessions = new SessionOptions
                {
                    Gap = section.SessionGap ?? defaults.Gap,
                    Grace = section.SessionGrace ?? defaults.Grace,
                    IdleThreshold = section.IdleThreshold ?? defaults.IdleThreshold,
                    QuietTimeout = section.SessionQuietTimeout ?? defaults.QuietTimeout,
                },
                MaxRecordsPerTransaction = section.MaxRecordsPerTransaction ?? 500,
                // The embedded broker does not isolate transactions (Pipeline.Kafka.EmbeddedBroker); a real cluster does.
                BrokerLacksTransactionIsolation = section.BrokerLacksTransactionIsolation ?? embeddedBroker,
            };
            options.Validate();
            return options;
        }
        catch (ArgumentException ex)
        {
            throw new CliException(ex.Message);
        }
    }

    /// <summary>The <c>Processor</c> configuration section; absent values keep the library's defaults.</summary>
    internal sealed class ProcessorSection
    {
        public string? GroupId { get; set; }

        public string? TransactionalIdPrefix { get; set; }

        public string? InstanceId { get; set; }

        public int? MaxRecordsPerTransaction { get; set; }

        public bool? BrokerLacksTransactionIsolation { get; set; }

        public TimeSpan? SessionGap { get; set; }

        public TimeSpan? SessionGrace { get; set; }

        public TimeSpan? IdleThreshold { get; set; }

        public TimeSpan? SessionQuietTimeout { get; set; }
    }
}
