using System.CommandLine;
using Microsoft.Extensions.Logging;
using Pipeline.Host.Hosting;

namespace Pipeline.Cli.Commands;

/// <summary>The options every command understands. Recursive, so they may stand after the command name.</summary>
internal sealed class GlobalOptions
{
    public Option<FileInfo?> Config { get; } = new("--config")
    {
        Description = "A JSON configuration file; environment variables PIPELINE__Section__Key and options override it",
        Recursive = true,
    };

    public Option<string?> Bootstrap { get; } = new("--bootstrap")
    {
        Description = "Kafka bootstrap HOST:PORT; by default the embedded broker (in-process for demo/bench, else the one `pipeline broker` runs)",
        Recursive = true,
    };

    public Option<string[]> KafkaProperty { get; } = new("--kafka-property", "-X")
    {
        Description = "A librdkafka property KEY=VALUE passed to every Kafka client (security.protocol, sasl.*, ssl.*); repeatable",
        Recursive = true,
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<int?> MetricsPort { get; } = new("--metrics-port")
    {
        Description = "Serve Prometheus /metrics and /healthz on this port (long-running roles); 0 picks a free port",
        Recursive = true,
    };

    public Option<string?> LogLevel { get; } = new("--log-level")
    {
        Description = "Minimum log level: trace, debug, information, warning, error (default information)",
        Recursive = true,
    };

    /// <summary>A fresh <c>--lake DIR</c> option for a command that touches the lake.</summary>
    public static Option<DirectoryInfo> CreateLakeOption(string defaultPath = "lake") => new("--lake")
    {
        Description = "The lake's root directory",
        DefaultValueFactory = _ => new DirectoryInfo(defaultPath),
    };

    public void AddTo(RootCommand root)
    {
        root.Options.Add(Config);
        root.Options.Add(Bootstrap);
        root.Options.Add(KafkaProperty);
        root.Options.Add(MetricsPort);
        root.Options.Add(LogLevel);
    }

    /// <summary>
    /// Sets the action of <paramref name="command"/>: reads the global options into a <see cref="GlobalSettings"/>,
    /// creates the <see cref="HostContext"/> from it and hands it, with the command's request, to the host library.
    /// </summary>
    public void SetAction(Command command, Func<ParseResult, HostContext, Task<int>> run, LogLevel defaultLogLevel = Microsoft.Extensions.Logging.LogLevel.Information)
    {
        command.SetAction(async (parse, stopping) =>
        {
            await using HostContext host = HostContext.Create(Read(parse), stopping, defaultLogLevel);
            return await run(parse, host);
        });
    }

    private GlobalSettings Read(ParseResult parse) => new()
    {
        ConfigFile = parse.GetValue(Config),
        Bootstrap = parse.GetValue(Bootstrap),
        KafkaProperties = parse.GetValue(KafkaProperty) ?? [],
        MetricsPort = parse.GetValue(MetricsPort),
        LogLevel = parse.GetValue(LogLevel),
    };
}
