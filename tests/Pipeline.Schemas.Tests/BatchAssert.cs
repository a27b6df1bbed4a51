using Pipeline.Schemas.Model;

namespace Pipeline.Schemas.Tests;

/// <summary>Field-by-field equality for the mutable batch type.</summary>
internal static class BatchAssert
{
    public static void Equal(EventBatch expected, EventBatch actual)
    {
        Assert.Equal(expected.Subject, actual.Subject);
        Assert.Equal(expected.Device, actual.Device);
        Assert.Equal(expected.KeyVersion, actual.KeyVersion);
        Assert.Equal(expected.ScreenWidth, actual.ScreenWidth);
        Assert.Equal(expected.ScreenHeight, actual.ScreenHeight);
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected.Events[i], actual.Events[i]);
        }
    }
}
