using Microsoft.Extensions.Logging;

namespace Pipeline.Lake;

/// <summary>Every log message of the lake, with its event id, in one place. None carries event content or a raw id.</summary>
internal static partial class LakeLog
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "lake {Lake}: {Files} committed files, {RolledForward} interrupted renames completed, {RolledBack} uncommitted temporary files removed")]
    public static partial void Recovered(ILogger logger, string lake, int files, int rolledForward, int rolledBack);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Information, Message = "reading {Topic}[{Partition}] from offset {Offset} ({Source})")]
    public static partial void Resuming(ILogger logger, string topic, int partition, string offset, string source);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Debug, Message = "committed {Table} {Topic}[{Partition}] offsets {First}-{Last}: {Rows} rows in {Files} files, {Bytes} bytes ({Reason})")]
    public static partial void Committed(ILogger logger, string table, string topic, int partition, long first, long last, int rows, int files, long bytes, string reason);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Information, Message = "sink idle for {Seconds} s with everything written: stopping")]
    public static partial void Idle(ILogger logger, double seconds);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Warning, Message = "committing sink offsets to the group (lag monitoring only) failed: {Reason}")]
    public static partial void GroupCommitFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 6006, Level = LogLevel.Warning, Message = "Kafka client: {Reason}")]
    public static partial void KafkaError(ILogger logger, string reason);

    [LoggerMessage(EventId = 6007, Level = LogLevel.Information, Message = "waiting for topic {Topic} to exist")]
    public static partial void WaitingForTopic(ILogger logger, string topic);

    [LoggerMessage(EventId = 6008, Level = LogLevel.Information, Message = "{Topic}[{Partition}]: {Ids} replay marks read back from {Files} lake files (repeats of these rows will be dropped)")]
    public static partial void ReplayMarksLoaded(ILogger logger, string topic, int partition, int ids, int files);

    [LoggerMessage(EventId = 6009, Level = LogLevel.Debug, Message = "{Table} {Topic}[{Partition}]@{Offset}: {Rows} repeated rows dropped")]
    public static partial void RepeatsDropped(ILogger logger, string table, string topic, int partition, long offset, int rows);

    [LoggerMessage(EventId = 6010, Level = LogLevel.Information, Message = "erasure {RequestId}: {Table} {File}: removed {Rows} rows")]
    public static partial void ErasedFromFile(ILogger logger, string requestId, string table, string file, long rows);

    [LoggerMessage(EventId = 6011, Level = LogLevel.Information, Message = "erasure {RequestId}: resuming an interrupted erasure")]
    public static partial void ErasureResumed(ILogger logger, string requestId);

    [LoggerMessage(EventId = 6012, Level = LogLevel.Information, Message = "retention: {Table} {Partition} removed ({Files} files)")]
    public static partial void RetentionDropped(ILogger logger, string table, string partition, int files);

    [LoggerMessage(EventId = 6013, Level = LogLevel.Information, Message = "export {RequestId}: {Table}: {Rows} rows of the person")]
    public static partial void ExportedTable(ILogger logger, string requestId, string table, long rows);

    [LoggerMessage(EventId = 6014, Level = LogLevel.Information, Message = "export {RequestId}: {Tables} tables searched, {Rows} data rows exported; audit record written")]
    public static partial void Exported(ILogger logger, string requestId, int tables, long rows);
}
