using System.Numerics;

namespace Pipeline.Bench;

/// <summary>
/// Latency samples in microseconds, counted in a fixed log-linear histogram and summarised as percentiles; one writer
/// thread, read after it stops. The memory is fixed (28,160 counts, 220 KB) whatever the number of samples: a list of every
/// sample grew by doubling on the large object heap (32 MB and a 16 MB copy at the 2.4 million samples of a
/// 2 M-event bench's steady phase, docs/benchmarks.md, Memory).
/// </summary>
/// <remarks>
/// Values below 1,024 µs have a bucket each; above, every power of two is split into 512 buckets, so a bucket spans at
/// most 1/512 (0.2 %) of its value. A percentile is reported as the highest value of its bucket, never lower than the
/// sample it stands for; the maximum is kept exactly.
/// </remarks>
internal sealed class LatencyRecorder
{
    private const int LinearBits = 10;
    private const int Linear = 1 << LinearBits;
    private const int SubBuckets = Linear / 2;

    // Buckets up to 2^63 µs: 1,024 linear ones, then 512 per power of two from 2^10 to 2^62.
    private readonly long[] _counts = new long[Linear + ((63 - LinearBits) * SubBuckets)];
    private long _count;
    private long _max = long.MinValue;

    public long Count => _count;

    public void Add(long micros)
    {
        long value = Math.Max(micros, 0);
        _counts[BucketOf(value)]++;
        _count++;
        if (value > _max)
        {
            _max = value;
        }
    }

    public void Clear()
    {
        Array.Clear(_counts);
        _count = 0;
        _max = long.MinValue;
    }

    /// <summary>
    /// The distribution in milliseconds, in order, as at most <paramref name="points"/> values evenly spaced in rank
    /// (each the highest value of its bucket): what the bench's picture draws.
    /// </summary>
    public IReadOnlyList<double> SortedMs(int points = 2000)
    {
        if (_count == 0)
        {
            return [];
        }

        int n = (int)Math.Min(points, _count);
        var ms = new double[n];
        for (int i = 0; i < n; i++)
        {
            long rank = n == 1 ? _count : 1 + ((_count - 1) * i / (n - 1));
            ms[i] = ValueAtRank(rank) / 1000.0;
        }

        return ms;
    }

    /// <summary>The p-th percentile (0 to 100) in milliseconds, or null with no samples.</summary>
    public double? PercentileMs(double p)
    {
        if (_count == 0)
        {
            return null;
        }

        long rank = (long)Math.Clamp(Math.Ceiling(p / 100 * _count), 1, _count);
        return ValueAtRank(rank) / 1000.0;
    }

    /// <summary>The sample of the given 1-based rank, as its bucket's highest value (the maximum itself at the top).</summary>
    private long ValueAtRank(long rank)
    {
        if (rank >= _count)
        {
            return _max;
        }

        long seen = 0;
        for (int b = 0; b < _counts.Length; b++)
        {
            seen += _counts[b];
            if (seen >= rank)
            {
                return Math.Min(HighestOf(b), _max);
            }
        }

        return _max;
    }

    internal static int BucketOf(long value)
    {
        if (value < Linear)
        {
            return (int)value;
        }

        int log = 63 - BitOperations.LeadingZeroCount((ulong)value);
        int shift = log - (LinearBits - 1);
        int sub = (int)(value >> shift) - SubBuckets;
        return Linear + ((log - LinearBits) * SubBuckets) + sub;
    }

    internal static long HighestOf(int bucket)
    {
        if (bucket < Linear)
        {
            return bucket;
        }

        int log = ((bucket - Linear) / SubBuckets) + LinearBits;
        int sub = (bucket - Linear) % SubBuckets;
        int shift = log - (LinearBits - 1);
        return ((long)(SubBuckets + sub + 1) << shift) - 1;
    }
}
