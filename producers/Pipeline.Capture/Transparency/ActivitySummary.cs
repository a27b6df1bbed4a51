using Pipeline.Capture.Consent;

namespace Pipeline.Capture.Transparency;

/// <summary>
/// The numbers the page states in words: what was recorded in the hours shown and today, what was delivered today,
/// and the spool. Computed from the aggregates only.
/// </summary>
internal sealed record ActivitySummary
{
    /// <summary>An agent whose aggregates are older than this is taken as not running: three of its 10 s saves missed.</summary>
    public static readonly TimeSpan ReportingWindow = TimeSpan.FromSeconds(30);

    private const long MicrosPerMinute = 60_000_000L;

    public required int Hours { get; init; }

    public required long FromMinute { get; init; }

    public required long ToMinute { get; init; }

    public required long EventsShown { get; init; }

    public required int ActiveMinutes { get; init; }

    public required int QuietMinutes { get; init; }

    public required long RecordedToday { get; init; }

    public required long DeliveredEventsToday { get; init; }

    public required long DeliveredBatchesToday { get; init; }

    public required DeliveryState Delivery { get; init; }

    public required bool AgentReporting { get; init; }

    public required long AsOfMicros { get; init; }

    public required IReadOnlyList<TimelineStretch> Timeline { get; init; }

    public static ActivitySummary Build(ActivitySnapshot snapshot, ConsentRecord consent, long nowMicros, int hours, TimeSpan idleThreshold, TimeZoneInfo zone)
    {
        long toMinute = (nowMicros / MicrosPerMinute) + 1;
        long fromMinute = toMinute - (hours * 60L);
        long todayMinute = LocalMidnightMicros(nowMicros, zone) / MicrosPerMinute;
        long shown = 0, recordedToday = 0, deliveredEvents = 0, deliveredBatches = 0;
        foreach (ActivityMinute m in snapshot.Minutes)
        {
            if (m.Minute >= fromMinute && m.Minute < toMinute)
            {
                shown += m.Events;
            }

            if (m.Minute >= todayMinute && m.Minute < toMinute)
            {
                recordedToday += m.Events;
                deliveredEvents += m.DeliveredEvents;
                deliveredBatches += m.DeliveredBatches;
            }
        }

        IReadOnlyList<TimelineStretch> timeline = ActivityTimeline.Build(snapshot, consent, fromMinute, toMinute, idleThreshold);
        int active = 0, quiet = 0;
        foreach (TimelineStretch s in timeline)
        {
            int length = (int)(s.ToMinute - s.FromMinute);
            active += s.State == TimelineState.Active ? length : 0;
            quiet += s.State == TimelineState.Quiet ? length : 0;
        }

        return new ActivitySummary
        {
            Hours = hours,
            FromMinute = fromMinute,
            ToMinute = toMinute,
            EventsShown = shown,
            ActiveMinutes = active,
            QuietMinutes = quiet,
            RecordedToday = recordedToday,
            DeliveredEventsToday = deliveredEvents,
            DeliveredBatchesToday = deliveredBatches,
            Delivery = snapshot.Delivery,
            AgentReporting = snapshot.AsOfMicros > 0 && nowMicros - snapshot.AsOfMicros <= (long)ReportingWindow.TotalMicroseconds,
            AsOfMicros = snapshot.AsOfMicros,
            Timeline = timeline,
        };
    }

    /// <summary>The start of the local day containing <paramref name="nowMicros"/>, in UTC microseconds.</summary>
    public static long LocalMidnightMicros(long nowMicros, TimeZoneInfo zone)
    {
        DateTimeOffset local = TimeZoneInfo.ConvertTime(Micros.ToDateTimeOffset(nowMicros), zone);
        DateTime midnight = local.Date;
        return Micros.From(new DateTimeOffset(midnight, zone.IsInvalidTime(midnight) ? local.Offset : zone.GetUtcOffset(midnight)));
    }
}
