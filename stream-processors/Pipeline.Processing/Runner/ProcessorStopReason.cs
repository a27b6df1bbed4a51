namespace Pipeline.Processing.Runner;

/// <summary>Why a <see cref="ProcessorRunner"/> stopped (<see cref="ProcessorStoppedException.Reason"/>).</summary>
public enum ProcessorStopReason
{
    /// <summary>Not a cause anyone has thought about: an unknown Kafka error or a bug. A restart is not assumed to cure it.</summary>
    Unexpected,

    /// <summary>
    /// The cluster's weather outlasted the processor's patience: a call timed out, retries ran out, or the group took
    /// the partitions away mid-transaction. Nothing was lost; a restart rejoins and restores from the changelog.
    /// </summary>
    Transient,

    /// <summary>
    /// A newer owner of one of this instance's partitions fenced its producer (this instance stalled past its group
    /// session). A restart rejoins the group as a new member and gets its share back.
    /// </summary>
    Fenced,

    /// <summary>
    /// The broker no longer holds records this processor has not processed (an offset fell out of range or the log was
    /// truncated). The processor refuses to skip them; an operator decides.
    /// </summary>
    DataLost,

    /// <summary>The cluster refuses this processor's credentials or permissions; asking again changes nothing.</summary>
    NotAuthorized,

    /// <summary>
    /// The topics or the group do not fit the processor: a topic is missing, the changelog has fewer partitions than
    /// the raw topic, or another running instance has this instance's static id.
    /// </summary>
    Misconfigured,

    /// <summary>A changelog record cannot be read back: restoring from it would rebuild the wrong state.</summary>
    CorruptState,
}
