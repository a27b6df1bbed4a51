using Pipeline.Lake.Storage;

namespace Pipeline.Lake.Tests;

public sealed class LakeFileNameTests
{
    [Fact]
    public void ToString_ThenTryParse_RoundTrips()
    {
        var name = new LakeFileName("interaction.clean.v1", 3, 120, 245);

        Assert.Equal("interaction.clean.v1+3+000000000120-000000000245.parquet", name.ToString());
        Assert.True(LakeFileName.TryParse(name.ToString(), out LakeFileName parsed, out bool isTemp));
        Assert.Equal(name, parsed);
        Assert.False(isTemp);
    }

    [Fact]
    public void TryParse_TempName_IsTemp()
    {
        var name = new LakeFileName("t", 0, 1, 2);

        Assert.True(LakeFileName.TryParse(name.TempName, out LakeFileName parsed, out bool isTemp));
        Assert.True(isTemp);
        Assert.Equal(name, parsed);
    }

    [Theory]
    [InlineData("erase-abc.parquet")]
    [InlineData("t+0+5-4.parquet")]
    [InlineData("t+x+1-2.parquet")]
    [InlineData("t+0+1-2.csv")]
    [InlineData(".t+0+1-2.parquet.rewrite")]
    public void TryParse_NotASinkFile_False(string fileName) => Assert.False(LakeFileName.TryParse(fileName, out _, out _));
}
