using Pipeline.Privacy;
using Pipeline.Redaction.Evaluation.Corpus;

namespace Pipeline.Redaction.Evaluation.Tests;

public sealed class GoldLabelTests
{
    [Theory]
    [InlineData("UrlQuery", "URL_QUERY")]
    [InlineData("Ip", "IP")]
    [InlineData("Email", "EMAIL")]
    [InlineData("Person", "PERSON")]
    [InlineData("Url", "URL")]
    public void FromKindName_PascalCase_IsUpperSnakeCase(string kind, string label)
    {
        Assert.Equal(label, GoldLabel.FromKindName(kind));
    }

    [Fact]
    public void FromKindName_EveryPiiKind_IsACorpusLabel()
    {
        // The contract with the redactor: its kinds are the corpus's labels. A kind outside the list is scored as
        // OTHER (never correct), so a new kind must be added to GoldLabel.All and to the generator together.
        foreach (string name in Enum.GetNames<PiiKind>())
        {
            Assert.True(GoldLabel.IsKnown(GoldLabel.FromKindName(name)), $"PiiKind.{name} has no corpus label");
        }
    }

    [Fact]
    public void All_SixteenLabels_EachOnce()
    {
        Assert.Equal(16, GoldLabel.All.Count);
        Assert.Equal(16, GoldLabel.All.Distinct(StringComparer.Ordinal).Count());
    }
}
