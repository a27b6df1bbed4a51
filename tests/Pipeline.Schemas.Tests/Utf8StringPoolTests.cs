using System.Text;
using Pipeline.Schemas.Codec;

namespace Pipeline.Schemas.Tests;

public sealed class Utf8StringPoolTests
{
    [Fact]
    public void Get_SameBytesTwice_ReturnsSameInstance()
    {
        var pool = new Utf8StringPool();

        string first = pool.Get("org.mozilla.firefox"u8);
        string second = pool.Get("org.mozilla.firefox"u8);

        Assert.Equal("org.mozilla.firefox", first);
        Assert.Same(first, second);
    }

    [Fact]
    public void Get_ManyDistinctKeys_AlwaysReturnsTheRightString()
    {
        var pool = new Utf8StringPool();
        for (int round = 0; round < 3; round++)
        {
            for (int i = 0; i < 2000; i++)
            {
                string expected = "app-" + i;
                Assert.Equal(expected, pool.Get(Encoding.UTF8.GetBytes(expected)));
            }
        }
    }

    [Fact]
    public void Get_LongerThanPooled_ReturnsFreshEqualString()
    {
        var pool = new Utf8StringPool();
        byte[] longKey = Encoding.UTF8.GetBytes(new string('t', Utf8StringPool.MaxPooledBytes + 1));

        string first = pool.Get(longKey);
        string second = pool.Get(longKey);

        Assert.Equal(first, second);
        Assert.NotSame(first, second);
    }
}
