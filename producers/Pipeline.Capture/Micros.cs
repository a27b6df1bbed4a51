namespace Pipeline.Capture;

/// <summary>Event time as the schemas carry it: UTC microseconds since the Unix epoch.</summary>
public static class Micros
{
    /// <summary>The current time of <paramref name="time"/> in UTC microseconds.</summary>
    public static long Now(TimeProvider time) => From(time.GetUtcNow());

    /// <summary><paramref name="value"/> in UTC microseconds.</summary>
    public static long From(DateTimeOffset value) => (value.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;

    /// <summary>The instant <paramref name="micros"/> UTC microseconds after the epoch.</summary>
    public static DateTimeOffset ToDateTimeOffset(long micros) => DateTimeOffset.UnixEpoch.AddTicks(micros * 10);
}
