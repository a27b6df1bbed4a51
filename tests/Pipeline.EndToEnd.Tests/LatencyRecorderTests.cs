using Pipeline.Bench;

namespace Pipeline.EndToEnd.Tests;

/// <summary>The bench's latency histogram against the exact percentiles of the same samples.</summary>
public sealed class LatencyRecorderTests
{
    [Fact]
    public void PercentileMs_SkewedSamples_WithinOneBucketAboveTheExactValue()
    {
        var random = new Random(16);
        var recorder = new LatencyRecorder();
        var exact = new List<long>();
        for (int i = 0; i < 200_000; i++)
        {
            // Log-normal-ish: most samples tens of ms, a tail to seconds, as the steady phase shows.
            long micros = (long)Math.Exp(9 + (random.NextDouble() * 6));
            recorder.Add(micros);
            exact.Add(micros);
        }

        exact.Sort();
        foreach (double p in new[] { 0.1, 50, 90, 99, 99.9 })
        {
            long truth = exact[(int)Math.Ceiling(p / 100 * exact.Count) - 1];
            double reported = recorder.PercentileMs(p)!.Value * 1000;
            Assert.True(reported >= truth, $"p{p}: {reported} µs reported under the exact {truth} µs");
            Assert.True(reported <= truth * (1 + (1.0 / 512)), $"p{p}: {reported} µs more than a bucket over the exact {truth} µs");
        }

        Assert.Equal(exact[^1] / 1000.0, recorder.PercentileMs(100));
    }

    [Fact]
    public void PercentileMs_SmallValues_Exact()
    {
        var recorder = new LatencyRecorder();
        for (long v = 1; v <= 1000; v++)
        {
            recorder.Add(v);
        }

        Assert.Equal(0.5, recorder.PercentileMs(50));
        Assert.Equal(0.99, recorder.PercentileMs(99));
        Assert.Equal(1.0, recorder.PercentileMs(100));
    }

    [Fact]
    public void BucketOf_EveryBucketHoldsExactlyItsRange()
    {
        for (int bucket = 1; bucket < 12_000; bucket++)
        {
            long highest = LatencyRecorder.HighestOf(bucket);
            long previous = LatencyRecorder.HighestOf(bucket - 1);
            Assert.Equal(bucket, LatencyRecorder.BucketOf(highest));
            Assert.Equal(bucket, LatencyRecorder.BucketOf(previous + 1));
        }
    }

    [Fact]
    public void SortedMs_ManySamples_BoundedPointsInOrderEndingAtTheMaximum()
    {
        var recorder = new LatencyRecorder();
        for (int i = 1; i <= 100_000; i++)
        {
            recorder.Add(i * 7L);
        }

        IReadOnlyList<double> sorted = recorder.SortedMs(500);
        Assert.Equal(500, sorted.Count);
        for (int i = 1; i < sorted.Count; i++)
        {
            Assert.True(sorted[i] >= sorted[i - 1]);
        }

        Assert.Equal(700.0, sorted[^1]);
        Assert.Null(new LatencyRecorder().PercentileMs(50));
        Assert.Empty(new LatencyRecorder().SortedMs());
    }
}
