namespace Pipeline.Host.Hosting;

/// <summary>
/// The options every command takes, as the person gave them (the executable parses them; nothing here is validated
/// yet). <see cref="HostContext.Create"/> layers them over the configuration file and the environment and checks them.
/// </summary>
public sealed record GlobalSettings
{
    /// <summary><c>--config</c>: a JSON configuration file; null reads <c>pipeline.json</c> in the working directory if present.</summary>
    public FileInfo? ConfigFile { get; init; }

    /// <summary><c>--bootstrap</c>: Kafka HOST:PORT[,HOST:PORT…]; null leaves it to configuration or the embedded broker.</summary>
    public string? Bootstrap { get; init; }

    /// <summary><c>-X</c>, <c>--kafka-property</c>: librdkafka properties as <c>KEY=VALUE</c>, in the order given.</summary>
    public IReadOnlyList<string> KafkaProperties { get; init; } = [];

    /// <summary><c>--metrics-port</c>: serve <c>/metrics</c> and <c>/healthz</c> on this port (0 picks one).</summary>
    public int? MetricsPort { get; init; }

    /// <summary><c>--log-level</c>: trace, debug, information, warning, error or none.</summary>
    public string? LogLevel { get; init; }
}
