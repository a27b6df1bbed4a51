using System.Diagnostics;
using Xunit;

namespace Pipeline.TestSupport;

/// <summary>
/// Waits for a condition with a deadline instead of for a fixed time: it returns as soon as the condition holds and
/// fails the test, saying what it waited for, when the deadline passes. A test is then only as slow as what it waits
/// for, and a slow shared machine makes it slower, not red.
/// </summary>
public static class Eventually
{
    /// <summary>
    /// 10 s: what the slowest legitimate wait here takes (a librdkafka reconnect, an Xvfb round trip) many times over
    /// on a busy two-core machine; a condition that has not held by then will not.
    /// </summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    /// <summary>10 ms between looks: short next to anything awaited, long enough that polling costs no noticeable CPU.
    /// A condition that is costly to evaluate (a Kafka client per look) passes a longer one.</summary>
    public static readonly TimeSpan DefaultPoll = TimeSpan.FromMilliseconds(10);

    /// <summary>Blocks until <paramref name="condition"/> holds; fails with <paramref name="because"/> after <paramref name="timeout"/>.</summary>
    public static void True(Func<bool> condition, string because, TimeSpan? timeout = null, TimeSpan? poll = null)
    {
        if (!Within(timeout ?? DefaultTimeout, condition, poll))
        {
            Fail(because, timeout);
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds; fails with <paramref name="because"/> after <paramref name="timeout"/>.</summary>
    public static async Task TrueAsync(Func<bool> condition, string because, TimeSpan? timeout = null, TimeSpan? poll = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        TimeSpan limit = timeout ?? DefaultTimeout;
        long started = Stopwatch.GetTimestamp();
        while (!condition())
        {
            if (Stopwatch.GetElapsedTime(started) > limit)
            {
                Fail(because, limit);
            }

            await Task.Delay(poll ?? DefaultPoll);
        }
    }

    /// <summary>
    /// Whether <paramref name="condition"/> held within <paramref name="timeout"/>, for a caller that reports the
    /// failure itself (with what it saw).
    /// </summary>
    public static bool Within(TimeSpan timeout, Func<bool> condition, TimeSpan? poll = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        long started = Stopwatch.GetTimestamp();
        while (!condition())
        {
            if (Stopwatch.GetElapsedTime(started) > timeout)
            {
                return false;
            }

            Thread.Sleep(poll ?? DefaultPoll);
        }

        return true;
    }

    private static void Fail(string because, TimeSpan? timeout) =>
        Assert.Fail($"waited {(timeout ?? DefaultTimeout).TotalSeconds:0.#} s for {because}");
}
