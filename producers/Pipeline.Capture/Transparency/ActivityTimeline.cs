using Pipeline.Capture.Consent;
using Pipeline.Schemas.Model;

namespace Pipeline.Capture.Transparency;

/// <summary>
/// The page's timeline: active and quiet stretches, pauses, time without consent and time the agent did not run,
/// minute by minute from the aggregates and the consent history. A minute with recorded input is active; a quiet
/// gap after input counts as active until it lasts the idle threshold (as ActivityWatch's AFK detection does), so
/// reading a page does not break an active stretch.
/// </summary>
public static class ActivityTimeline
{
    private const long MicrosPerMinute = 60_000_000L;

    /// <summary>The stretches from <paramref name="fromMinute"/> up to (not including) <paramref name="toMinute"/>.</summary>
    /// <param name="snapshot">The aggregates.</param>
    /// <param name="consent">The consent record, whose history says when capture was allowed.</param>
    /// <param name="fromMinute">First minute shown (minutes since the Unix epoch, UTC).</param>
    /// <param name="toMinute">The minute after the last shown.</param>
    /// <param name="idleThreshold">How long a gap without input lasts before it counts as quiet.</param>
    public static IReadOnlyList<TimelineStretch> Build(ActivitySnapshot snapshot, ConsentRecord consent, long fromMinute, long toMinute, TimeSpan idleThreshold)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(consent);
        ArgumentOutOfRangeException.ThrowIfLessThan(toMinute, fromMinute);
        int count = (int)Math.Min(toMinute - fromMinute, ActivityTally.Minutes * 2L);
        toMinute = fromMinute + count;
        var states = new TimelineState[count];
        var known = new Dictionary<long, ActivityMinute>();
        foreach (ActivityMinute m in snapshot.Minutes)
        {
            known[m.Minute] = m;
        }

        for (int i = 0; i < count; i++)
        {
            long minute = fromMinute + i;
            known.TryGetValue(minute, out ActivityMinute? m);
            states[i] = m is not null && m.Events > 0
                ? TimelineState.Active
                : ConsentAt(consent.History, (minute * MicrosPerMinute) + (MicrosPerMinute / 2)) switch
                {
                    ConsentStatus.Paused => TimelineState.Paused,
                    ConsentStatus.None or ConsentStatus.Revoked => TimelineState.NotConsented,
                    _ => m is { AgentRunning: true } ? TimelineState.Quiet : TimelineState.AgentOff,
                };
        }

        int threshold = Math.Max(1, (int)Math.Ceiling(idleThreshold.TotalMinutes));
        for (int i = 0; i < count;)
        {
            if (states[i] != TimelineState.Quiet)
            {
                i++;
                continue;
            }

            int end = i;
            while (end < count && states[end] == TimelineState.Quiet)
            {
                end++;
            }

            if (i > 0 && states[i - 1] == TimelineState.Active && end - i < threshold)
            {
                Array.Fill(states, TimelineState.Active, i, end - i);
            }

            i = end;
        }

        var stretches = new List<TimelineStretch>();
        for (int i = 0; i < count;)
        {
            int end = i;
            while (end < count && states[end] == states[i])
            {
                end++;
            }

            stretches.Add(new TimelineStretch(fromMinute + i, fromMinute + end, states[i]));
            i = end;
        }

        return stretches;
    }

    /// <summary>The consent status at <paramref name="micros"/> by replaying <paramref name="history"/>.</summary>
    public static ConsentStatus ConsentAt(IReadOnlyList<ConsentTransition> history, long micros)
    {
        ArgumentNullException.ThrowIfNull(history);
        ConsentStatus status = ConsentStatus.None;
        long? until = null;
        foreach (ConsentTransition t in history)
        {
            if (t.TimeMicros > micros)
            {
                break;
            }

            (status, until) = t.State switch
            {
                ConsentState.Granted or ConsentState.Resumed => (ConsentStatus.Granted, (long?)null),
                ConsentState.Paused => (ConsentStatus.Paused, t.UntilMicros),
                ConsentState.Revoked => (ConsentStatus.Revoked, null),
                _ => (status, until),
            };
        }

        return status == ConsentStatus.Paused && until is { } end && micros >= end ? ConsentStatus.Granted : status;
    }
}
