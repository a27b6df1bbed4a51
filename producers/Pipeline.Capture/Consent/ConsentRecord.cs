using Pipeline.Schemas.Model;

namespace Pipeline.Capture.Consent;

/// <summary>
/// The consent state machine of one person on one device: none → granted (notice version) → paused until T →
/// granted, or → revoked. Immutable: every transition returns a new record, so the capture path reads a snapshot
/// without locks. A pause ends by itself: <see cref="StatusAt"/> reports granted once its end has passed.
/// </summary>
public sealed record ConsentRecord
{
    /// <summary>The version of the notice shown by <c>consent status</c>; a grant records which one was agreed to.</summary>
    public const string CurrentNoticeVersion = "2026-11-1";

    /// <summary>
    /// How long a pause lasts when the person does not say: 30 minutes, long enough for a private call or a break and
    /// short enough that a forgotten pause does not end capture for the day (DESIGN.md).
    /// </summary>
    public static readonly TimeSpan DefaultPause = TimeSpan.FromMinutes(30);

    /// <summary>No consent recorded.</summary>
    public static ConsentRecord None { get; } = new();

    /// <summary>The last explicit state (a pause whose end has passed is still <see cref="ConsentStatus.Paused"/> here).</summary>
    public ConsentStatus Status { get; init; } = ConsentStatus.None;

    /// <summary>The notice version of the latest grant, if any.</summary>
    public string? NoticeVersion { get; init; }

    /// <summary>When the current state began, UTC microseconds.</summary>
    public long SinceMicros { get; init; }

    /// <summary>For a pause: when it ends by itself, UTC microseconds.</summary>
    public long? PausedUntilMicros { get; init; }

    /// <summary>Every transition in order; what is published to the consent topic.</summary>
    public IReadOnlyList<ConsentTransition> History { get; init; } = [];

    /// <summary>The effective state at <paramref name="timeMicros"/>: a pause that has ended reads as granted.</summary>
    public ConsentStatus StatusAt(long timeMicros)
    {
        if (Status == ConsentStatus.Paused && PausedUntilMicros is { } until && timeMicros >= until)
        {
            return ConsentStatus.Granted;
        }

        return Status;
    }

    /// <summary>Whether input at <paramref name="timeMicros"/> may be captured. Input before the grant never is.</summary>
    public bool AllowsCaptureAt(long timeMicros) => StatusAt(timeMicros) == ConsentStatus.Granted && timeMicros >= SinceMicros;

    /// <summary>Grants consent to <paramref name="noticeVersion"/>.</summary>
    public ConsentRecord Grant(string noticeVersion, long nowMicros)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(noticeVersion);
        return Append(ConsentStatus.Granted, ConsentState.Granted, nowMicros, null, noticeVersion);
    }

    /// <summary>Pauses capture until <paramref name="untilMicros"/>. Only granted consent can be paused.</summary>
    public ConsentRecord Pause(long nowMicros, long untilMicros)
    {
        if (StatusAt(nowMicros) is not (ConsentStatus.Granted or ConsentStatus.Paused))
        {
            throw new InvalidOperationException("there is no consent to pause; grant it first");
        }

        if (untilMicros <= nowMicros)
        {
            throw new ArgumentOutOfRangeException(nameof(untilMicros), "a pause must end in the future");
        }

        return Append(ConsentStatus.Paused, ConsentState.Paused, nowMicros, untilMicros, NoticeVersion);
    }

    /// <summary>Ends a pause early.</summary>
    public ConsentRecord Resume(long nowMicros)
    {
        if (Status != ConsentStatus.Paused)
        {
            throw new InvalidOperationException("capture is not paused");
        }

        return Append(ConsentStatus.Granted, ConsentState.Resumed, nowMicros, null, NoticeVersion);
    }

    /// <summary>Withdraws consent.</summary>
    public ConsentRecord Revoke(long nowMicros) =>
        Append(ConsentStatus.Revoked, ConsentState.Revoked, nowMicros, null, NoticeVersion);

    /// <summary>Applies a recorded transition (from an import file), checking it is allowed from the current state.</summary>
    public ConsentRecord Apply(ConsentState state, long timeMicros, long? untilMicros, string? noticeVersion) => state switch
    {
        ConsentState.Granted => Grant(noticeVersion ?? CurrentNoticeVersion, timeMicros),
        ConsentState.Paused => Pause(timeMicros, untilMicros ?? timeMicros + (long)DefaultPause.TotalMicroseconds),
        ConsentState.Resumed => Resume(timeMicros),
        ConsentState.Revoked => Revoke(timeMicros),
        _ => throw new ArgumentOutOfRangeException(nameof(state), "unknown consent state"),
    };

    private ConsentRecord Append(ConsentStatus status, ConsentState state, long nowMicros, long? until, string? notice)
    {
        var history = new List<ConsentTransition>(History.Count + 1);
        history.AddRange(History);
        history.Add(new ConsentTransition(state, nowMicros, until, notice));
        return new ConsentRecord
        {
            Status = status,
            NoticeVersion = notice,
            SinceMicros = nowMicros,
            PausedUntilMicros = until,
            History = history,
        };
    }
}
