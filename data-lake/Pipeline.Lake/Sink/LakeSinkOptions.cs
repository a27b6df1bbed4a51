using Pipeline.Kafka;
using Pipeline.Lake.Tables;

namespace Pipeline.Lake.Sink;

/// <summary>
/// What the lake sink reads and how it rolls files. Immutable; <see cref="Validate"/> rejects a bad value with a
/// one-line reason before anything starts.
/// </summary>
public sealed record LakeSinkOptions
{
    /// <summary>The lake's root directory.</summary>
    public string Lake { get; init; } = "lake";

    /// <summary>Topic names; the sink reads Clean, Sessions, Idle and Actions and refuses Raw, DeadLetter and the others.</summary>
    public TopicNames Topics { get; init; } = new();

    /// <summary>
    /// The consumer group the sink commits its offsets to. Only for lag monitoring: where the sink resumes comes from
    /// the file names in the lake, never from the group.
    /// </summary>
    public string GroupId { get; init; } = "pipeline-lake-sink";

    /// <summary>
    /// A topic-partition's buffered rows are written out once they reach this many (1 Mi event rows is about
    /// 150 MB in memory and 3 MB on disk): files large enough for scans, few enough per hour to list quickly.
    /// </summary>
    public int MaxRowsPerFile { get; init; } = 1 << 20;

    /// <summary>
    /// Bound on rows held in memory across all partitions; past it the fullest partition is written out first.
    /// 2 Mi rows (about 300 MB at ~150 bytes per buffered event row) keeps the sink within a modest container.
    /// Row arrays are reused after each commit, so a partition keeps the capacity of its largest file set.
    /// </summary>
    public int MaxBufferedRows { get; init; } = 2 << 20;

    /// <summary>
    /// A partition's rows are written out at the latest this long after its oldest buffered row arrived. Under low
    /// traffic this is what bounds files to one per partition and hour per interval (never a one-row file every
    /// poll); a minute keeps the lake fresh for ML readers while keeping quiet hours to at most 60 files.
    /// </summary>
    public TimeSpan FlushInterval { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// A partition's rows are written out when they span this many UTC hours (replays of old data), so one commit
    /// writes a bounded number of files.
    /// </summary>
    public int MaxHoursPerFileSet { get; init; } = 48;

    /// <summary>Stop (exit cleanly, after writing everything out) once nothing new has arrived for this long; null runs until cancelled.</summary>
    public TimeSpan? UntilIdle { get; init; }

    /// <summary>How long one poll of the consumer waits; short so time-based rolls and cancellation are prompt.</summary>
    public TimeSpan PollTimeout { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How long to wait for the input topics to exist at start (the processor or broker may create them).</summary>
    public TimeSpan TopicWaitTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Default of <see cref="ReplayHorizonRecords"/>.</summary>
    public const long DefaultReplayHorizonRecords = 100_000;

    /// <summary>Default of <see cref="MaxReplayIds"/>.</summary>
    public const int DefaultMaxReplayIds = 256 * 1024;

    /// <summary>
    /// How far back, in records of one input partition, the sink remembers what it delivered, to drop records a
    /// processor repeats (on a broker without transaction isolation it repeats at most its last two transactions of
    /// 500 input records each, so 100,000 is a wide margin). Also how far back a restarted sink reads its marks from
    /// the lake's files.
    /// </summary>
    public long ReplayHorizonRecords { get; init; } = DefaultReplayHorizonRecords;

    /// <summary>
    /// Ids (devices, sessions, idle periods, action devices) one partition may track before those older than the horizon are
    /// forgotten: 256 Ki ids is a few tens of MB at most, for the partition's devices and recent sessions.
    /// </summary>
    public int MaxReplayIds { get; init; } = DefaultMaxReplayIds;

    /// <summary>Parquet encoding of the files.</summary>
    public LakeParquetSettings Parquet { get; init; } = new();

    /// <summary>Rejects values that cannot work, with a one-line reason.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Topics);
        ArgumentNullException.ThrowIfNull(Parquet);
        if (string.IsNullOrWhiteSpace(Lake))
        {
            throw new ArgumentException("lake directory must be given");
        }

        Topics.Validate();
        string[] inputs = [Topics.Clean, Topics.Sessions, Topics.Idle, Topics.Actions];
        string[] forbidden = [Topics.Raw, Topics.DeadLetter, Topics.Consent, Topics.ProcessorState];
        foreach (string input in inputs)
        {
            if (Array.IndexOf(forbidden, input) >= 0)
            {
                throw new ArgumentException($"the lake never reads '{input}': raw, dead-letter, consent and state topics hold unscrubbed data");
            }
        }

        if (new HashSet<string>(inputs, StringComparer.Ordinal).Count != inputs.Length)
        {
            throw new ArgumentException("clean, sessions, idle and actions topics must be four different topics");
        }

        if (string.IsNullOrWhiteSpace(GroupId))
        {
            throw new ArgumentException("sink group id must be given");
        }

        if (MaxRowsPerFile < 1)
        {
            throw new ArgumentException($"MaxRowsPerFile {MaxRowsPerFile} must be at least 1");
        }

        if (MaxBufferedRows < MaxRowsPerFile)
        {
            throw new ArgumentException($"MaxBufferedRows {MaxBufferedRows} must be at least MaxRowsPerFile {MaxRowsPerFile}");
        }

        if (FlushInterval <= TimeSpan.Zero)
        {
            throw new ArgumentException($"FlushInterval {FlushInterval} must be positive");
        }

        if (MaxHoursPerFileSet < 1)
        {
            throw new ArgumentException($"MaxHoursPerFileSet {MaxHoursPerFileSet} must be at least 1");
        }

        if (UntilIdle is { } idle && idle <= TimeSpan.Zero)
        {
            throw new ArgumentException($"until-idle {idle} must be positive");
        }

        if (PollTimeout <= TimeSpan.Zero || PollTimeout > TimeSpan.FromSeconds(10))
        {
            throw new ArgumentException($"PollTimeout {PollTimeout} must be between 0 and 10 seconds");
        }

        if (ReplayHorizonRecords < 1)
        {
            throw new ArgumentException($"ReplayHorizonRecords {ReplayHorizonRecords} must be at least 1");
        }

        if (MaxReplayIds < 1)
        {
            throw new ArgumentException($"MaxReplayIds {MaxReplayIds} must be at least 1");
        }

        Parquet.Validate();
    }
}
