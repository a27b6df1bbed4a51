using Pipeline.Kafka;

namespace Pipeline.Kafka.Tests;

public sealed class TopicCatalogTests
{
    [Fact]
    public void Default_EveryDesignTopic_WithSixPartitions()
    {
        var names = new TopicNames();

        Assert.Equal(
            [names.Raw, names.Consent, names.Clean, names.Sessions, names.Idle, names.Actions, names.DeadLetter, names.ProcessorState, names.Keys],
            TopicCatalog.Default.Topics.Select(t => t.Name));
        Assert.All(TopicCatalog.Default.Topics, t => Assert.Equal(6, t.Partitions));
    }

    [Fact]
    public void Default_ConsentProcessorStateAndKeys_AreTheOnlyCompactedTopics()
    {
        var names = new TopicNames();

        Assert.Equal(
            [names.Consent, names.ProcessorState, names.Keys],
            TopicCatalog.Default.Topics.Where(t => t.Cleanup == CleanupPolicy.Compact).Select(t => t.Name));
    }

    [Fact]
    public void Default_RawAndDeadLetter_KeptShorterThanOutputs()
    {
        var names = new TopicNames();
        TimeSpan Retention(string name) => TopicCatalog.Default.Topics.Single(t => t.Name == name).Retention!.Value;

        Assert.True(Retention(names.Raw) < Retention(names.Clean));
        Assert.True(Retention(names.DeadLetter) < Retention(names.Clean));
    }

    [Fact]
    public void ForPipeline_CustomNamesAndPartitions_Applied()
    {
        TopicCatalog catalog = TopicCatalog.ForPipeline(new TopicNames { Raw = "site-a.raw" }, partitions: 12);

        Assert.Equal("site-a.raw", catalog.Topics[0].Name);
        Assert.Equal("site-a.raw", catalog.Names.Raw);
        Assert.All(catalog.Topics, t => Assert.Equal(12, t.Partitions));
    }

    [Fact]
    public void ForPipeline_TwoRolesOneName_Throws()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => TopicCatalog.ForPipeline(new TopicNames { Clean = "same", Idle = "same" }));

        Assert.Contains("same", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void ForPipeline_NoPartitions_Throws(int partitions)
    {
        Assert.Throws<ArgumentException>(() => TopicCatalog.ForPipeline(new TopicNames(), partitions));
    }

    [Fact]
    public void ForPipeline_InvalidTopicName_Throws()
    {
        Assert.Throws<ArgumentException>(() => TopicCatalog.ForPipeline(new TopicNames { Raw = "has space" }));
    }
}
