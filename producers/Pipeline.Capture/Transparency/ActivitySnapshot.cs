namespace Pipeline.Capture.Transparency;

/// <summary>
/// The aggregates the agent keeps on the device for the person's page, as of one moment: per-minute counts by kind,
/// pointer heat per hour, what was delivered, and the spool. This is also the content of <c>activity.json</c>
/// (<see cref="ActivityFile"/>). Only the last <see cref="ActivityTally.Minutes"/> minutes are ever held.
/// </summary>
public sealed record ActivitySnapshot
{
    /// <summary>Nothing recorded yet.</summary>
    public static ActivitySnapshot Empty { get; } = new();

    /// <summary>When the snapshot was taken (UTC microseconds); 0 for <see cref="Empty"/>.</summary>
    public long AsOfMicros { get; init; }

    /// <summary>The screen size the agent last reported (0 when unknown).</summary>
    public int ScreenWidth { get; init; }

    /// <summary>The screen height the agent last reported (0 when unknown).</summary>
    public int ScreenHeight { get; init; }

    /// <summary>Minutes with anything to show, oldest first.</summary>
    public IReadOnlyList<ActivityMinute> Minutes { get; init; } = [];

    /// <summary>Hours with pointer positions, oldest first.</summary>
    public IReadOnlyList<ActivityHeatHour> Heat { get; init; } = [];

    /// <summary>The spool and the broker.</summary>
    public DeliveryState Delivery { get; init; } = DeliveryState.Unknown;

    /// <summary>What the spool holds, run by run in spool order, so a later run can count what gets delivered.</summary>
    public IReadOnlyList<UndeliveredRun> Undelivered { get; init; } = [];
}
