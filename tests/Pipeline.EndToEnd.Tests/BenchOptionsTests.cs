using Pipeline.Bench;
using Pipeline.Kafka;

namespace Pipeline.EndToEnd.Tests;

/// <summary>The bench harness's options, as the bench command hands them over: refused in one line before anything starts.</summary>
public sealed class BenchOptionsTests
{
    [Fact]
    public void Validate_Defaults_Accepted()
    {
        new BenchOptions().Validate();
    }

    public static TheoryData<BenchOptions, string> Unusable => new()
    {
        { new BenchOptions { Events = 999 }, "bench events 999 must be 1,000 to 1,000,000,000" },
        { new BenchOptions { Devices = 0 }, "bench devices 0 must be 1 to 100,000" },
        { new BenchOptions { EventsPerRecord = 10_001 }, "bench events per record 10001 must be 1 to 10,000" },
        { new BenchOptions { NaiveEvents = 0 }, "bench naive events 0 must be at least 1" },
        { new BenchOptions { SteadyDuration = TimeSpan.FromMilliseconds(500) }, "bench steady phase 0.5 s must be 1 to 3600 seconds" },
        { new BenchOptions { Partitions = 0 }, "bench partitions 0 must be 1 to 1000" },
        { new BenchOptions { EmbeddedKafkaProperties = new Dictionary<string, string> { ["acks"] = "0" } }, "librdkafka property 'acks' is set by the pipeline itself" },
        { new BenchOptions { Cluster = new KafkaClientSettings { BootstrapServers = "nowhere" } }, "bootstrap server 'nowhere' is not HOST:PORT" },
    };

    [Theory]
    [MemberData(nameof(Unusable))]
    public void Validate_Unusable_OneLineReason(BenchOptions options, string reason)
    {
        ArgumentException error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.StartsWith(reason, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Runner_UnusableOptions_RefusedAtConstruction()
    {
        Assert.Throws<ArgumentException>(() => new BenchRunner(new BenchOptions { Events = 1 }, Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance, TextWriter.Null));
    }
}
