using Pipeline.TestSupport;

namespace Pipeline.Host.Tests;

/// <summary>
/// What <c>PipelineHost</c> promises, as a person meets it through the real executable: bad input anywhere (an
/// option, a configuration value, a passed-through Kafka property) ends with one line and exit 2, before the role
/// starts, and never as an unhandled exception.
/// </summary>
public sealed class PipelineHostTests(BrokerFixture broker) : IClassFixture<BrokerFixture>, IDisposable
{
    private const string NoBroker = "127.0.0.1:9";

    private readonly string _state = Directory.CreateTempSubdirectory("pipeline-host-").FullName;

    /// <summary>Every role of the pipeline, with arguments that would make it start (briefly) were it not refused.</summary>
    public static TheoryData<string[], string> RolesAndReservedProperties => new()
    {
        { ["capture", "--display", ":99", "--bootstrap", NoBroker], "enable.idempotence=false" },
        { ["import", "/nonexistent.jsonl", "--bootstrap", NoBroker], "acks=0" },
        { ["loadgen", "--duration", "1", "--bootstrap", NoBroker], "request.required.acks=1" },
        { ["process", "--until-idle", "1", "--bootstrap", NoBroker], "transactional.id=mine" },
        { ["process", "--until-idle", "1", "--bootstrap", NoBroker], "isolation.level=read_uncommitted" },
        { ["sink", "--until-idle", "1", "--bootstrap", NoBroker, "--lake", "/tmp/pipeline-never-written"], "enable.auto.commit=true" },
        { ["sink", "--until-idle", "1", "--bootstrap", NoBroker, "--lake", "/tmp/pipeline-never-written"], "auto.offset.reset=earliest" },
        { ["lake", "erase", "--subject", "someone", "--lake", "/tmp/pipeline-never-written"], "acks=1" },
        { ["lake", "erase", "--subject", "someone", "--lake", "/tmp/pipeline-never-written", "--bootstrap", NoBroker], "partitioner=random" },
        { ["bench", "--events", "1000", "--naive-events", "1000", "--steady-seconds", "1"], "enable.idempotence=false" },
        { ["bench", "--events", "1000", "--naive-events", "1000", "--steady-seconds", "1", "--bootstrap", NoBroker], "group.id=shared" },
        { ["demo", "--duration", "1", "--lake", "/tmp/pipeline-never-written"], "acks=0" },
        { ["demo", "--duration", "1", "--lake", "/tmp/pipeline-never-written"], "group.instance.id=pod-0" },
        { ["broker", "--partitions", "1"], "enable.auto.offset.store=true" },
    };

    [Theory]
    [MemberData(nameof(RolesAndReservedProperties))]
    public void Role_ReservedKafkaProperty_ExitsTwoWithTheGuaranteeItBreaks(string[] role, string property)
    {
        string name = property[..property.IndexOf('=', StringComparison.Ordinal)];

        (int exit, string error, string output) = Run([.. role, "-X", property], Developer);

        Assert.Equal(2, exit);
        Assert.StartsWith($"pipeline: librdkafka property '{name}' is set by the pipeline itself and cannot be passed through: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error);
        Assert.Equal("", output);
    }

    [Fact]
    public async Task Import_IdempotenceOffAndAcksZero_ExitsTwoAndSendsNothing()
    {
        string file = Path.Combine(_state, "events.jsonl");
        await File.WriteAllTextAsync(file, """
            {"subject":"ann","device":"d1","seq":1,"time":"2026-03-02T09:00:00.000000Z","kind":"consent","state":"granted"}
            {"subject":"ann","device":"d1","seq":2,"time":"2026-03-02T09:00:01.000000Z","kind":"move","x":1,"y":2}
            """);
        string raw = broker.CreateTopic("raw");
        string consent = broker.CreateTopic("consent");
        var topics = new Dictionary<string, string> { ["PIPELINE__Topics__Raw"] = raw, ["PIPELINE__Topics__Consent"] = consent };

        (int exit, string error, _) = Run(["import", file, "--bootstrap", broker.BootstrapServers, "-X", "enable.idempotence=false", "-X", "acks=0"], topics);

        Assert.Equal(2, exit);
        Assert.Matches("^pipeline: librdkafka property '(enable.idempotence|acks)' is set by the pipeline itself and cannot be passed through: every producer is idempotent with acks=all", error);
        Assert.DoesNotContain('\n', error);
        Assert.Empty(broker.ReadToEnd(raw, TimeSpan.FromSeconds(2)));
        Assert.Empty(broker.ReadToEnd(consent, TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public void LakeErase_DevelopmentKeyFlagNotABoolean_ExitsTwoWithOneLine()
    {
        string lake = Directory.CreateDirectory(Path.Combine(_state, "lake")).FullName;

        (int exit, string error, string output) = Run(["lake", "erase", "--subject", "x", "--lake", lake],
            new Dictionary<string, string> { ["PIPELINE__Pseudonym__AllowDevelopmentKey"] = "yes" });

        Assert.Equal(2, exit);
        Assert.Equal("pipeline: configuration Pseudonym:AllowDevelopmentKey 'yes' must be true or false", error);
        Assert.Equal("", output);
    }

    [Theory]
    [InlineData("PIPELINE__Processor__SessionGap", "half an hour", new[] { "process", "--bootstrap", NoBroker }, "pipeline: configuration Processor:SessionGap 'half an hour' must be a duration such as 00:05:00")]
    [InlineData("PIPELINE__Lake__Erase__PauseBetweenFiles", "1s", new[] { "lake", "erase", "--subject", "x", "--lake", "/tmp/pipeline-never-written" }, "pipeline: configuration Lake:Erase:PauseBetweenFiles '1s' must be a duration")]
    [InlineData("PIPELINE__Capture__BatchEvents", "many", new[] { "import", "/nonexistent.jsonl", "--bootstrap", NoBroker }, "pipeline: configuration Capture:BatchEvents 'many' must be a whole number")]
    [InlineData("PIPELINE__Processor__MaxRecordsPerTransaction", "1e3", new[] { "process", "--bootstrap", NoBroker }, "pipeline: configuration Processor:MaxRecordsPerTransaction '1e3' must be a whole number")]
    [InlineData("PIPELINE__Metrics__Port", "http", new[] { "sink", "--bootstrap", NoBroker }, "pipeline: configuration Metrics:Port 'http' must be a whole number")]
    [InlineData("PIPELINE__Capture__WithTitles", "maybe", new[] { "consent", "status" }, "pipeline: configuration Capture:WithTitles 'maybe' must be true or false")]
    [InlineData("PIPELINE__Pseudonym__Keys__1", "not base64!", new[] { "process", "--bootstrap", NoBroker }, "pipeline: pseudonym key version 1 is not valid base64")]
    [InlineData("PIPELINE__Pseudonym__Keys__1", "c2hvcnQ=", new[] { "lake", "erase", "--subject", "x", "--lake", "/tmp/pipeline-never-written" }, "pipeline: pseudonym key version 1 must be at least 32 bytes")]
    [InlineData("PIPELINE__Pseudonym__Keys__one", "c2hvcnQ=", new[] { "process", "--bootstrap", NoBroker }, "pipeline: pseudonym key version 'one' must be a positive whole number")]
    [InlineData("PIPELINE__Processor__InstanceIdd", "pod-0", new[] { "process", "--bootstrap", NoBroker }, "pipeline: configuration section Processor has no key 'InstanceIdd'")]
    [InlineData("PIPELINE__Procesor__GroupId", "typo", new[] { "process", "--bootstrap", NoBroker }, "pipeline: configuration has no section Procesor")]
    [InlineData("PIPELINE__Capture__SpoolMegabytes", "99999999999999", new[] { "loadgen", "--bootstrap", NoBroker }, "pipeline: configuration Capture:SpoolMegabytes 99999999999999 must be 1 to")]
    [InlineData("PIPELINE__Kafka__Properties__foo", "bar", new[] { "sink", "--bootstrap", NoBroker }, "pipeline: librdkafka refuses a passed-through property: No such configuration property: \"foo\"")]
    public void Command_MalformedConfigurationValue_ExitsTwoWithOneLine(string variable, string value, string[] args, string reason)
    {
        Dictionary<string, string> environment = variable.StartsWith("PIPELINE__Pseudonym__", StringComparison.Ordinal) ? [] : Developer;
        environment[variable] = value;

        (int exit, string error, string output) = Run(args, environment);

        Assert.Equal(2, exit);
        Assert.StartsWith(reason, error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error);
        Assert.Equal("", output);
    }

    [Theory]
    [InlineData(new[] { "process", "--bootstrap", "no-port-here" }, "pipeline: --bootstrap 'no-port-here' must be HOST:PORT")]
    [InlineData(new[] { "process", "--config", "/nonexistent/pipeline.json" }, "pipeline: configuration file /nonexistent/pipeline.json does not exist")]
    [InlineData(new[] { "process", "--kafka-property", "novalue" }, "pipeline: --kafka-property 'novalue' must be KEY=VALUE")]
    [InlineData(new[] { "process", "--log-level", "loud" }, "pipeline: log level 'loud' must be")]
    [InlineData(new[] { "sink", "--bootstrap", NoBroker, "-X", "isolation.level=read_uncommitted", "--lake", "/tmp/pipeline-never-written" }, "pipeline: librdkafka property 'isolation.level' is set by the pipeline itself")]
    [InlineData(new[] { "import", "/nonexistent.jsonl", "-X", "max.in.flight.requests.per.connection=50", "--bootstrap", NoBroker }, "pipeline: librdkafka refuses a passed-through property: `max.in.flight` must be set <= 5 when `enable.idempotence` is true")]
    [InlineData(new[] { "loadgen", "-X", "linger.ms=soon", "--bootstrap", NoBroker }, "pipeline: librdkafka refuses a passed-through property: Invalid value for configuration property \"queue.buffering.max.ms\"")]
    [InlineData(new[] { "process", "--until-idle", "NaN", "--bootstrap", NoBroker }, "pipeline: --until-idle must be above 0 and at most a week, got NaN")]
    [InlineData(new[] { "sink", "--until-idle", "Infinity", "--bootstrap", NoBroker }, "pipeline: --until-idle must be above 0 and at most a week, got Infinity")]
    [InlineData(new[] { "loadgen", "--duration", "-1", "--bootstrap", NoBroker }, "pipeline: --duration must be above 0 and at most a week, got -1")]
    [InlineData(new[] { "consent", "pause", "--minutes", "0" }, "pipeline: --minutes must be above 0 and at most a week, got 0")]
    [InlineData(new[] { "bench", "--events", "10" }, "pipeline: bench events 10 must be 1,000 to 1,000,000,000")]
    [InlineData(new[] { "demo", "--speed", "0" }, "pipeline: --speed must be 1 to 1000, got 0")]
    public void Command_BadInput_ExitsTwoWithOneLineReason(string[] args, string reason)
    {
        (int exit, string error, _) = Run(args);

        Assert.Equal(2, exit);
        Assert.StartsWith(reason, error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error);
    }

    [Fact]
    public void Command_BootstrapFromEnvironment_IsValidatedLikeTheOption()
    {
        (int exit, string error, _) = Run(["process"], new Dictionary<string, string> { ["PIPELINE__Kafka__Bootstrap"] = "env-without-port" });

        Assert.Equal(2, exit);
        Assert.StartsWith("pipeline: --bootstrap 'env-without-port' must be HOST:PORT", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Command_NoBrokerAnywhere_SaysHowToGetOne()
    {
        (int exit, string error, _) = Run(["process", "--until-idle", "1"], Developer);

        Assert.Equal(2, exit);
        Assert.Contains("start the embedded one with `./pipeline broker`", error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_state, recursive: true);

    private static Dictionary<string, string> Developer => new() { ["PIPELINE__Pseudonym__AllowDevelopmentKey"] = "true", ["PIPELINE__Shredding__AllowDevelopmentKeys"] = "true" };

    private (int Exit, string Error, string Output) Run(string[] args, IReadOnlyDictionary<string, string>? environment = null)
    {
        using PipelineProcess host = PipelineProcess.Start(args, _state, environment);
        int exit = host.WaitForExit(TimeSpan.FromSeconds(60));
        return (exit, host.StandardError.Trim(), host.StandardOutput.Trim());
    }
}
