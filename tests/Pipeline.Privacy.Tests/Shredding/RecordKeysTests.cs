using System.Text;
using Pipeline.Privacy.Shredding;

namespace Pipeline.Privacy.Tests.Shredding;

public sealed class RecordKeysTests
{
    [Theory]
    [InlineData("r00a7", 0xa7)]
    [InlineData("r00a7/k/0123456789abcdef0123456789abcdef", 0xa7)]
    [InlineData("rffff/s/tag", 0xffff)]
    public void TryParseBucket_KeyWithRoute_TheBucket(string key, int bucket)
    {
        Assert.True(RecordKeys.TryParseBucket(Encoding.UTF8.GetBytes(key), out int parsed));
        Assert.Equal(bucket, parsed);
    }

    [Theory]
    [InlineData("alice")]
    [InlineData("r00A7")]
    [InlineData("r00a")]
    [InlineData("r00a7x")]
    public void TryParseBucket_KeyWithoutRoute_False(string key) =>
        Assert.False(RecordKeys.TryParseBucket(Encoding.UTF8.GetBytes(key), out _));

    [Fact]
    public void KeysPartition_EveryRecordOfARoute_SamePartition()
    {
        string route = RecordKeys.Route(300);
        int partition = RecordKeys.KeysPartition(Encoding.UTF8.GetBytes(RecordKeys.DataKey(route, "0123456789abcdef0123456789abcdef")), 6);

        Assert.Equal(300 % 6, partition);
        Assert.Equal(partition, RecordKeys.KeysPartition(Encoding.UTF8.GetBytes(RecordKeys.PersonSecret(route, "tag")), 6));
        Assert.Equal(partition, RecordKeys.KeysPartition(Encoding.UTF8.GetBytes(route), 6));
        Assert.Equal(0, RecordKeys.KeysPartition("no route"u8, 6));
    }

    [Fact]
    public void IsDataKeyAndIsPersonSecret_TellTheKindsApart()
    {
        Assert.True(RecordKeys.IsDataKey("r0001/k/abc"));
        Assert.False(RecordKeys.IsPersonSecret("r0001/k/abc"));
        Assert.True(RecordKeys.IsPersonSecret("r0001/s/abc"));
        Assert.False(RecordKeys.IsDataKey("r0001/s/abc"));
        Assert.False(RecordKeys.IsDataKey("r0001/k/"));
    }
}
