using Pipeline.Telemetry;

namespace Pipeline.Capture.Gate;

/// <summary>
/// Dropped events counted by reason without allocating on the event path: plain increments here, published to
/// <see cref="PipelineMetrics.EventsDropped"/> in bulk when a batch is sealed.
/// </summary>
public sealed class DropCounts
{
    private static readonly KeyValuePair<string, object?>[] s_tags =
    [
        default,
        new("reason", "no_consent"),
        new("reason", "paused"),
        new("reason", "revoked"),
        new("reason", "not_allowlisted"),
        new("reason", "spool_full"),
    ];

    private readonly long[] _total = new long[s_tags.Length];
    private readonly long[] _unpublished = new long[s_tags.Length];

    /// <summary>The metric label of <paramref name="reason"/>.</summary>
    public static string Label(DropReason reason) => (string)s_tags[(int)reason].Value!;

    /// <summary>Events dropped for <paramref name="reason"/> since start.</summary>
    public long this[DropReason reason] => Volatile.Read(ref _total[(int)reason]);

    /// <summary>Every reason with a non-zero count.</summary>
    public IEnumerable<(DropReason Reason, long Count)> NonZero()
    {
        for (int i = 1; i < _total.Length; i++)
        {
            long n = Volatile.Read(ref _total[i]);
            if (n > 0)
            {
                yield return ((DropReason)i, n);
            }
        }
    }

    internal void Add(DropReason reason)
    {
        Interlocked.Increment(ref _total[(int)reason]);
        Interlocked.Increment(ref _unpublished[(int)reason]);
    }

    internal void Publish()
    {
        for (int i = 1; i < _unpublished.Length; i++)
        {
            long n = Interlocked.Exchange(ref _unpublished[i], 0);
            if (n > 0)
            {
                PipelineMetrics.EventsDropped.Add(n, s_tags[i]);
            }
        }
    }
}
