using Pipeline.Host.Hosting;

namespace Pipeline.Host.Tests;

public sealed class DurationsTests
{
    [Theory]
    [InlineData(0.5, 500)]
    [InlineData(10, 10_000)]
    [InlineData(604_800, 604_800_000)]
    public void Seconds_InRange_ExactTimeSpan(double seconds, long milliseconds)
    {
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), Durations.Seconds(seconds, "--x"));
    }

    [Theory]
    [InlineData(0, "--x must be above 0 and at most a week, got 0")]
    [InlineData(-3, "--x must be above 0 and at most a week, got -3")]
    [InlineData(double.NaN, "--x must be above 0 and at most a week, got NaN")]
    [InlineData(double.PositiveInfinity, "--x must be above 0 and at most a week, got Infinity")]
    [InlineData(604_801, "--x must be above 0 and at most a week, got 604801")]
    [InlineData(1e300, "--x must be above 0 and at most a week, got 1E+300")]
    public void Seconds_OutOfRange_OneLineReason(double seconds, string reason)
    {
        CliException error = Assert.Throws<CliException>(() => Durations.Seconds(seconds, "--x"));

        Assert.Equal(reason, error.Message);
    }

    [Fact]
    public void Seconds_CommandBound_NamedInSeconds()
    {
        CliException error = Assert.Throws<CliException>(() => Durations.Seconds(3601, "--duration", TimeSpan.FromHours(1)));

        Assert.Equal("--duration must be above 0 and at most 3600 seconds, got 3601", error.Message);
    }

    [Fact]
    public void Minutes_InRange_ExactTimeSpan()
    {
        Assert.Equal(TimeSpan.FromMinutes(30), Durations.Minutes(30, "--minutes"));
    }
}
