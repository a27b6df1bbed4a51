namespace Pipeline.Lake.Governance;

/// <summary>How long each table keeps its rows (by the row's event or start time); null keeps them forever.</summary>
public sealed record LakeRetentionOptions
{
    /// <summary>Raw interaction events are the most detailed data: 90 days covers a quarter's model training.</summary>
    public TimeSpan? Events { get; init; } = TimeSpan.FromDays(90);

    /// <summary>Session summaries are coarse aggregates: a year, for year-on-year comparisons.</summary>
    public TimeSpan? Sessions { get; init; } = TimeSpan.FromDays(365);

    /// <summary>Idle periods, like sessions: a year.</summary>
    public TimeSpan? IdlePeriods { get; init; } = TimeSpan.FromDays(365);

    /// <summary>
    /// Actions are reduced from the events and keep their behavioural detail (the timing of every key press, the
    /// pointer's approach to every click): kept as long as the events, 90 days.
    /// </summary>
    public TimeSpan? Actions { get; init; } = TimeSpan.FromDays(90);

    /// <summary>The audit trail is the proof that erasures happened: kept unless configured.</summary>
    public TimeSpan? Audit { get; init; }

    /// <summary>Rejects a retention shorter than the one-hour partition granularity, with a one-line reason.</summary>
    public void Validate()
    {
        foreach ((string name, TimeSpan? value) in new[] { ("Events", Events), ("Sessions", Sessions), ("IdlePeriods", IdlePeriods), ("Actions", Actions), ("Audit", Audit) })
        {
            if (value is { } v && v < TimeSpan.FromHours(1))
            {
                throw new ArgumentException($"retention for {name} ({v}) must be at least one hour: data is dropped by whole hour partitions");
            }
        }
    }
}
