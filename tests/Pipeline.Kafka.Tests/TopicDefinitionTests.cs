using Pipeline.Kafka;

namespace Pipeline.Kafka.Tests;

public sealed class TopicDefinitionTests
{
    [Fact]
    public void ToConfigs_DeleteWithRetention_PolicyAndRetentionMs()
    {
        var topic = new TopicDefinition("t", 3, CleanupPolicy.Delete, TimeSpan.FromDays(1));

        Assert.Equal(
            new Dictionary<string, string> { ["cleanup.policy"] = "delete", ["retention.ms"] = "86400000" },
            topic.ToConfigs());
    }

    [Fact]
    public void ToConfigs_Compacted_PolicyOnly()
    {
        var topic = new TopicDefinition("t", 3, CleanupPolicy.Compact, null);

        Assert.Equal(new Dictionary<string, string> { ["cleanup.policy"] = "compact" }, topic.ToConfigs());
    }

    [Fact]
    public void Validate_CompactedWithRetention_Throws()
    {
        Assert.Throws<ArgumentException>(new TopicDefinition("t", 1, CleanupPolicy.Compact, TimeSpan.FromDays(1)).Validate);
    }

    [Fact]
    public void Validate_RetentionUnderAMinute_Throws()
    {
        Assert.Throws<ArgumentException>(new TopicDefinition("t", 1, CleanupPolicy.Delete, TimeSpan.FromSeconds(5)).Validate);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10_001)]
    public void Validate_PartitionsOutOfRange_Throws(int partitions)
    {
        Assert.Throws<ArgumentException>(new TopicDefinition("t", partitions, CleanupPolicy.Delete, null).Validate);
    }
}
