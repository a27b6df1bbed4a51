namespace Pipeline.Capture.Delivery;

/// <summary>The disk spool's bounds and durability. Immutable; validated once.</summary>
public sealed record SpoolOptions
{
    /// <summary>
    /// Undelivered bytes at which capture stops: 256 MiB holds days of one person's input (about 1.5 MB an hour)
    /// while a broker is away, and stays small next to a workstation's disk.
    /// </summary>
    public long MaxBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Segment file size: 4 MiB, so delivered data is deleted in small steps.</summary>
    public long SegmentBytes { get; init; } = 4L * 1024 * 1024;

    /// <summary>
    /// How often written records are forced to disk. A record is in the OS page cache (safe from a killed process)
    /// as soon as it is written; this bounds what a power cut or kernel crash can take of what the broker has not
    /// yet acknowledged: at most the last second (about five batches, 60–100 events at a person's pace). One
    /// second rather than one batch (200 ms) because each sync is a timer wake-up and a disk flush on a workstation
    /// that should not notice the agent; the promise to a killed process is unchanged.
    /// </summary>
    public TimeSpan FsyncInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Names this spool in metrics (label <c>spool</c> of <c>pipeline_spool_bytes</c> and
    /// <c>pipeline_spool_capacity_bytes</c>). "capture": the workstation agent's spool, the one a production process
    /// runs. A process with other spools (bench, demo, import) names them, so each is its own series; live spools of
    /// one name are summed. A role, never a person or a path: lowercase letters, digits and dashes, at most 32.
    /// </summary>
    public string Name { get; init; } = "capture";

    /// <summary>Throws with a one-line reason when an option is unusable.</summary>
    public void Validate()
    {
        if (!IsRoleName(Name))
        {
            throw new ArgumentException($"spool name '{Name}' must be 1 to 32 lowercase letters, digits or dashes (a role such as capture, not a person or a path)");
        }

        if (SegmentBytes < 4096)
        {
            throw new ArgumentException($"spool segment size {SegmentBytes} must be at least 4096 bytes");
        }

        if (MaxBytes < SegmentBytes)
        {
            throw new ArgumentException($"spool size {MaxBytes} must be at least one segment ({SegmentBytes} bytes)");
        }

        if (FsyncInterval <= TimeSpan.Zero || FsyncInterval > TimeSpan.FromSeconds(10))
        {
            throw new ArgumentException($"spool fsync interval {FsyncInterval.TotalMilliseconds} ms must be above 0 and at most 10 s");
        }
    }

    private static bool IsRoleName(string? name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > 32)
        {
            return false;
        }

        foreach (char c in name)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
