namespace Pipeline.Deploy.Tests;

public sealed class TopicCatalogTests
{
    [Fact]
    public void Defaults_TopicNamesSource_AllNineDesignTopics()
    {
        Assert.Equal(
            ["interaction.actions.v1", "interaction.clean.v1", "interaction.consent.v1", "interaction.dlq.v1", "interaction.idle.v1", "interaction.keys.v1",
             "interaction.processor-state.v1", "interaction.raw.v1", "interaction.sessions.v1"],
            TopicCatalog.Defaults.Values.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Parse_PropertyWithoutDefault_NotReported()
    {
        IReadOnlyDictionary<string, string> parsed = TopicCatalog.Parse("""
            public string Raw { get; init; } = "a.raw";
            public string Other { get; init; }
            public string Clean  {  get;  init;  }  =  "a.clean" ;
            """);

        Assert.Equal(new Dictionary<string, string> { ["Raw"] = "a.raw", ["Clean"] = "a.clean" }, parsed);
    }
}
