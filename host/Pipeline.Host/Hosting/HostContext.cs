using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Pipeline.Kafka;
using Pipeline.Telemetry;

namespace Pipeline.Host.Hosting;

/// <summary>
/// What one command invocation runs with: configuration, logging, time, the state directory, the Kafka connection
/// the person asked for and the stop signal. Commands compose library components from it; libraries never read
/// the console or the environment themselves.
/// </summary>
public sealed class HostContext : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _owned = [];

    private HostContext(IConfigurationRoot configuration, ILoggerFactory loggerFactory, string stateDirectory,
        string? bootstrap, IReadOnlyDictionary<string, string> kafkaProperties, int? metricsPort, CancellationToken stopping,
        TextWriter output, TextWriter error)
    {
        Out = output;
        Error = error;
        Configuration = configuration;
        LoggerFactory = loggerFactory;
        StateDirectory = stateDirectory;
        Bootstrap = bootstrap;
        KafkaProperties = kafkaProperties;
        MetricsPort = metricsPort;
        Stopping = stopping;
    }

    public IConfigurationRoot Configuration { get; }

    public ILoggerFactory LoggerFactory { get; }

    public TimeProvider Time { get; } = TimeProvider.System;

    /// <summary>Device-local state, owner-only (<see cref="Hosting.StateDirectory"/>).</summary>
    public string StateDirectory { get; }

    /// <summary>The bootstrap the person gave (option, environment or file); null means "the embedded broker".</summary>
    public string? Bootstrap { get; }

    /// <summary>librdkafka properties passed through to every client (security, SASL, TLS).</summary>
    public IReadOnlyDictionary<string, string> KafkaProperties { get; }

    public int? MetricsPort { get; }

    /// <summary>Cancelled by SIGINT or SIGTERM.</summary>
    public CancellationToken Stopping { get; }

    /// <summary>Where results go (standard output): the bootstrap line, query rows, summaries.</summary>
    public TextWriter Out { get; }

    /// <summary>Where reasons and live views go (standard error), apart from the results.</summary>
    public TextWriter Error { get; }

    /// <summary>
    /// Layers <paramref name="globals"/> over the configuration file and the environment, checks every global value
    /// (bootstrap, pass-through Kafka properties, metrics port, log level) and opens logging and the state directory.
    /// </summary>
    /// <param name="globals">The global options as given.</param>
    /// <param name="stopping">Cancelled by SIGINT or SIGTERM (<see cref="PipelineHost"/>).</param>
    /// <param name="defaultLogLevel">The command's level when none is configured (the demo's live view wants warnings only).</param>
    /// <param name="output">Where results go; standard output by default.</param>
    /// <param name="error">Where reasons and live views go; standard error by default.</param>
    /// <exception cref="CliException">A value is bad; the reason is one line.</exception>
    public static HostContext Create(GlobalSettings globals, CancellationToken stopping, LogLevel defaultLogLevel = LogLevel.Information,
        TextWriter? output = null, TextWriter? error = null)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var overrides = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (globals.Bootstrap is { } bootstrapOption)
        {
            overrides["Kafka:Bootstrap"] = bootstrapOption;
        }

        foreach (string property in globals.KafkaProperties)
        {
            int eq = property.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new CliException($"--kafka-property '{property}' must be KEY=VALUE");
            }

            overrides[$"Kafka:Properties:{property[..eq].Trim()}"] = property[(eq + 1)..];
        }

        if (globals.MetricsPort is { } port)
        {
            overrides["Metrics:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (globals.LogLevel is { } level)
        {
            overrides["Logging:Level"] = level;
        }

        IConfigurationRoot configuration = PipelineConfiguration.Build(globals.ConfigFile, overrides);
        KafkaSection kafka = PipelineConfiguration.Bind<KafkaSection>(configuration, "Kafka");
        string? bootstrap = kafka.Bootstrap;
        if (bootstrap is not null && !IsHostPort(bootstrap))
        {
            throw new CliException($"--bootstrap '{bootstrap}' must be HOST:PORT[,HOST:PORT...]");
        }

        // One check for every Kafka client any command builds, whether or not this one builds any.
        var properties = new Dictionary<string, string>(kafka.Properties, StringComparer.Ordinal);
        CliException.ThrowIfInvalid(() => KafkaPassThrough.Verify(properties));

        int? metricsPort = PipelineConfiguration.Bind<MetricsSection>(configuration, "Metrics").Port;
        if (metricsPort is < 0 or > 65535)
        {
            throw new CliException($"metrics port '{metricsPort}' must be a number from 0 to 65535");
        }

        LogLevel minimum = ParseLevel(PipelineConfiguration.Bind<LoggingSection>(configuration, "Logging").Level, defaultLogLevel);
        ILoggerFactory loggerFactory = Microsoft.Extensions.Logging.LoggerFactory.Create(b => b
            .SetMinimumLevel(minimum)
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace)
            .AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = "HH:mm:ss.fff ";
                o.UseUtcTimestamp = true;
            }));

        // Logs go to stderr so stdout stays for results a script reads (bootstrap line, query output, JSON).
        string state = Hosting.StateDirectory.Resolve(PipelineConfiguration.Bind<StateSection>(configuration, "State").Directory);
        return new HostContext(configuration, loggerFactory, state, bootstrap, properties, metricsPort, stopping, output ?? Console.Out, error ?? Console.Error);
    }

    /// <summary>Where <c>pipeline broker</c> records the embedded broker's address for other commands on this machine.</summary>
    public string BrokerAddressFile => Path.Combine(StateDirectory, "broker.bootstrap");

    /// <summary>
    /// The bootstrap for a command that joins a running pipeline: the one given, else the embedded broker that
    /// <c>pipeline broker</c> runs on this machine, else a one-line reason to give one.
    /// </summary>
    public string ResolveBootstrap()
    {
        if (Bootstrap is not null)
        {
            return Bootstrap;
        }

        if (File.Exists(BrokerAddressFile))
        {
            string recorded = File.ReadAllText(BrokerAddressFile).Trim();
            if (IsHostPort(recorded))
            {
                return recorded;
            }
        }

        throw new CliException("no Kafka to talk to: pass --bootstrap HOST:PORT, or start the embedded one with `./pipeline broker`");
    }

    /// <summary>The bootstrap <see cref="ResolveBootstrap"/> finds, or null where a command can do without Kafka.</summary>
    public string? TryResolveBootstrap()
    {
        try
        {
            return ResolveBootstrap();
        }
        catch (CliException)
        {
            return null;
        }
    }

    /// <summary>Topic names from the <c>Topics</c> section (DESIGN.md defaults), validated.</summary>
    public TopicNames Topics
    {
        get
        {
            TopicNames names = PipelineConfiguration.Bind<TopicNames>(Configuration, "Topics");
            CliException.ThrowIfInvalid(names.Validate);
            return names;
        }
    }

    /// <summary>
    /// Client settings for <paramref name="bootstrap"/> with the pass-through properties, validated. For the embedded
    /// broker, consumers wait at most <see cref="EmbeddedBroker.ClientFetchMaxWait"/> per fetch: the mock holds an
    /// empty fetch for the whole wait even when data arrives, which would add half a second to every hop.
    /// </summary>
    public KafkaClientSettings KafkaSettings(string bootstrap, bool embedded = false)
    {
        var settings = new KafkaClientSettings
        {
            BootstrapServers = bootstrap,
            Properties = KafkaProperties,
            FetchMaxWait = embedded || IsRecordedEmbeddedBroker(bootstrap) ? EmbeddedBroker.ClientFetchMaxWait : new KafkaClientSettings { BootstrapServers = bootstrap }.FetchMaxWait,
        };
        CliException.ThrowIfInvalid(settings.Validate);
        return settings;
    }

    /// <summary>
    /// Whether <paramref name="bootstrap"/> is the embedded broker <c>pipeline broker</c> runs on this machine (found
    /// without <c>--bootstrap</c>, or named by it), whose limits some roles must work around.
    /// </summary>
    public bool IsEmbeddedBroker(string bootstrap) => IsRecordedEmbeddedBroker(bootstrap);

    private bool IsRecordedEmbeddedBroker(string bootstrap)
    {
        try
        {
            return File.Exists(BrokerAddressFile) && File.ReadAllText(BrokerAddressFile).Trim() == bootstrap;
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Starts /metrics and /healthz when a port was configured; disposed with the context.</summary>
    internal MetricsEndpoint? StartMetrics(Func<bool> healthy)
    {
        if (MetricsPort is not { } port)
        {
            return null;
        }

        var exporter = new PrometheusExporter(PipelineMetrics.Meter.Name);
        var endpoint = new MetricsEndpoint(port, exporter, healthy);
        _owned.Add(endpoint);
        _owned.Add(new DisposeAction(exporter.Dispose));
        LoggerFactory.CreateLogger("pipeline").LogInformation("metrics and health on port {Port}", endpoint.Port);
        return endpoint;
    }

    /// <summary>Ties a resource's lifetime to the command's.</summary>
    public T Own<T>(T resource)
        where T : IAsyncDisposable
    {
        _owned.Add(resource);
        return resource;
    }

    public async ValueTask DisposeAsync()
    {
        for (int i = _owned.Count - 1; i >= 0; i--)
        {
            await _owned[i].DisposeAsync();
        }

        LoggerFactory.Dispose();
    }

    private static bool IsHostPort(string value)
    {
        foreach (string part in value.Split(','))
        {
            int colon = part.LastIndexOf(':');
            if (colon <= 0 || !int.TryParse(part.AsSpan(colon + 1), System.Globalization.CultureInfo.InvariantCulture, out int port) || port is <= 0 or > 65535)
            {
                return false;
            }
        }

        return true;
    }

    private static LogLevel ParseLevel(string? text, LogLevel fallback) => text?.ToUpperInvariant() switch
    {
        null or "" => fallback,
        "INFORMATION" or "INFO" => LogLevel.Information,
        "TRACE" => LogLevel.Trace,
        "DEBUG" => LogLevel.Debug,
        "WARNING" or "WARN" => LogLevel.Warning,
        "ERROR" => LogLevel.Error,
        "NONE" => LogLevel.None,
        _ => throw new CliException($"log level '{text}' must be trace, debug, information, warning, error or none"),
    };

    /// <summary>The <c>Kafka</c> section: <c>Bootstrap</c> and the pass-through <c>Properties</c>.</summary>
    private sealed class KafkaSection
    {
        public string? Bootstrap { get; set; }

        public Dictionary<string, string> Properties { get; set; } = new(StringComparer.Ordinal);
    }

    /// <summary>The <c>Metrics</c> section.</summary>
    private sealed class MetricsSection
    {
        public int? Port { get; set; }
    }

    /// <summary>The <c>Logging</c> section.</summary>
    private sealed class LoggingSection
    {
        public string? Level { get; set; }
    }

    /// <summary>The <c>State</c> section.</summary>
    private sealed class StateSection
    {
        public string? Directory { get; set; }
    }

    private sealed class DisposeAction(Action action) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            action();
            return ValueTask.CompletedTask;
        }
    }
}
