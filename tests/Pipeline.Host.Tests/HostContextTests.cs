using Pipeline.Host.Hosting;
using Pipeline.Kafka;

namespace Pipeline.Host.Tests;

/// <summary>The global options and host sections, checked as <see cref="HostContext.Create"/> meets them (no process).</summary>
public sealed class HostContextTests : IDisposable
{
    private readonly TestHost _host = new();

    [Theory]
    [InlineData("acks=0", "librdkafka property 'acks' is set by the pipeline itself and cannot be passed through: every producer is idempotent with acks=all")]
    [InlineData("enable.idempotence=false", "librdkafka property 'enable.idempotence' is set by the pipeline itself")]
    [InlineData("isolation.level=read_uncommitted", "librdkafka property 'isolation.level' is set by the pipeline itself and cannot be passed through: every consumer reads committed records only")]
    [InlineData("no.such.property=1", "librdkafka refuses a passed-through property: No such configuration property: \"no.such.property\"")]
    [InlineData("socket.timeout.ms=soon", "librdkafka refuses a passed-through property: Invalid value for configuration property \"socket.timeout.ms\"")]
    [InlineData("novalue", "--kafka-property 'novalue' must be KEY=VALUE")]
    public void Create_BadKafkaProperty_RefusedInOneLine(string property, string reason)
    {
        CliException error = Assert.Throws<CliException>(() => Create(new GlobalSettings { KafkaProperties = [property] }));

        Assert.StartsWith(reason, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal(ExitCodes.BadInput, error.ExitCode);
    }

    [Fact]
    public async Task Create_TuningAndSecurityProperties_PassedToEveryClientSetting()
    {
        await using HostContext host = Create(new GlobalSettings { KafkaProperties = ["socket.keepalive.enable=true", "security.protocol=plaintext"] });

        KafkaClientSettings settings = host.KafkaSettings("broker:9092");

        Assert.Equal("true", settings.Properties["socket.keepalive.enable"]);
        Assert.Equal("plaintext", settings.Properties["security.protocol"]);
        Assert.Equal("true", settings.CreateConsumerConfig("g").Get("socket.keepalive.enable"));
    }

    [Fact]
    public async Task Create_PropertiesFromFileAndOption_OptionWins()
    {
        string file = Config("""{ "Kafka": { "Properties": { "socket.timeout.ms": "1000" } } }""");

        await using HostContext host = Create(new GlobalSettings { ConfigFile = new FileInfo(file), KafkaProperties = ["socket.timeout.ms=2000"] });

        Assert.Equal("2000", host.KafkaProperties["socket.timeout.ms"]);
    }

    [Theory]
    [InlineData("""{ "Kafka": { "Properties": { "acks": "0" } } }""", "librdkafka property 'acks' is set by the pipeline itself")]
    [InlineData("""{ "Kafka": { "Bootstrap": "nowhere" } }""", "--bootstrap 'nowhere' must be HOST:PORT[,HOST:PORT...]")]
    [InlineData("""{ "Kafka": { "Bootstrapp": "localhost:9092" } }""", "configuration section Kafka has no key 'Bootstrapp'")]
    [InlineData("""{ "Metrics": { "Port": 70000 } }""", "metrics port '70000' must be a number from 0 to 65535")]
    [InlineData("""{ "Metrics": { "Port": "http" } }""", "configuration Metrics:Port 'http' must be a whole number")]
    [InlineData("""{ "Logging": { "Level": "chatty" } }""", "log level 'chatty' must be trace, debug, information, warning, error or none")]
    [InlineData("""{ "Procesor": { "GroupId": "x" } }""", "configuration has no section Procesor; the sections are Kafka, Metrics,")]
    [InlineData("""{ "Kafka": """, "configuration file is not valid JSON: ")]
    public void Create_BadValueInConfigurationFile_RefusedInOneLine(string json, string reason)
    {
        string file = Config(json);

        CliException error = Assert.Throws<CliException>(() => Create(new GlobalSettings { ConfigFile = new FileInfo(file) }));

        Assert.StartsWith(reason, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task ResolveBootstrap_NoneGivenAndNoBrokerRecorded_SaysHowToGetOne()
    {
        await using HostContext host = Create(new GlobalSettings());

        CliException error = Assert.Throws<CliException>(() => host.ResolveBootstrap());

        Assert.Contains("start the embedded one with `./pipeline broker`", error.Message, StringComparison.Ordinal);
        Assert.Null(host.TryResolveBootstrap());
    }

    [Fact]
    public async Task ResolveBootstrap_BrokerRecorded_UsesItWithTheEmbeddedFetchWait()
    {
        await using HostContext host = Create(new GlobalSettings());
        await File.WriteAllTextAsync(host.BrokerAddressFile, "127.0.0.1:4242\n");

        string bootstrap = host.ResolveBootstrap();

        Assert.Equal("127.0.0.1:4242", bootstrap);
        Assert.True(host.IsEmbeddedBroker(bootstrap));
        Assert.Equal(EmbeddedBroker.ClientFetchMaxWait, host.KafkaSettings(bootstrap).FetchMaxWait);
        Assert.Equal(new KafkaClientSettings { BootstrapServers = "x:1" }.FetchMaxWait, host.KafkaSettings("other:9092").FetchMaxWait);
    }

    [Fact]
    public async Task Topics_RenamedInConfiguration_UsedByTheHost()
    {
        string file = Config("""{ "Topics": { "Raw": "site.raw" } }""");

        await using HostContext host = Create(new GlobalSettings { ConfigFile = new FileInfo(file) });

        Assert.Equal("site.raw", host.Topics.Raw);
        Assert.Equal(new TopicNames().Clean, host.Topics.Clean);
    }

    public void Dispose() => _host.Dispose();

    private HostContext Create(GlobalSettings globals) => _host.Create(globals);

    private string Config(string json) => _host.Config(json);
}
