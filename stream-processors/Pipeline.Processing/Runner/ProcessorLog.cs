using Microsoft.Extensions.Logging;

namespace Pipeline.Processing.Runner;

/// <summary>The processor's log messages, with their event ids in one place. Never event content or raw ids.</summary>
internal static partial class ProcessorLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "processor started: group {GroupId}, reading {RawTopic} and {ConsentTopic}")]
    public static partial void Started(ILogger logger, string groupId, string rawTopic, string consentTopic);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "consent table loaded: {Subjects} subjects, {Unreadable} blocked by an unreadable consent record")]
    public static partial void ConsentLoaded(ILogger logger, int subjects, int unreadable);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information, Message = "partition {Partition} assigned: restored {Subjects} subjects and {OpenSessions} open sessions, resuming at offset {Offset}")]
    public static partial void Restored(ILogger logger, int partition, int subjects, int openSessions, long offset);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Information, Message = "partition {Partition} revoked after committing its work")]
    public static partial void Revoked(ILogger logger, int partition);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Warning, Message = "partition {Partition} lost: its open transaction is aborted")]
    public static partial void Lost(ILogger logger, int partition);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Warning, Message = "transaction on partition {Partition} aborted ({Code}); rewinding to offset {Offset}")]
    public static partial void Aborted(ILogger logger, int partition, string code, long offset);

    [LoggerMessage(EventId = 5007, Level = LogLevel.Warning, Message = "record {Topic}/{Partition}@{Offset} sent to the dead-letter topic: {Reason}")]
    public static partial void DeadLettered(ILogger logger, string topic, int partition, long offset, string reason);

    [LoggerMessage(EventId = 5008, Level = LogLevel.Error, Message = "consent record {Partition}@{Offset} unreadable ({Reason}): its subject's events are dropped (consent_unreadable) until a readable change arrives; the record goes to the dead-letter topic")]
    public static partial void ConsentUnreadable(ILogger logger, int partition, long offset, string reason);

    [LoggerMessage(EventId = 5009, Level = LogLevel.Critical, Message = "processor stopping ({StopReason}, a restart can help: {RestartCanHelp}): {Reason}")]
    public static partial void Fatal(ILogger logger, ProcessorStopReason stopReason, bool restartCanHelp, string reason, Exception exception);

    [LoggerMessage(EventId = 5010, Level = LogLevel.Information, Message = "processor idle for {Seconds} s: stopping")]
    public static partial void IdleExit(ILogger logger, double seconds);

    [LoggerMessage(EventId = 5012, Level = LogLevel.Warning, Message = "unreadable consent record {Partition}@{Offset} not dead-lettered by this instance: too many waiting (the owner of its partition has its own list)")]
    public static partial void ConsentLetterDropped(ILogger logger, int partition, long offset);

    [LoggerMessage(EventId = 5011, Level = LogLevel.Warning, Message = "Kafka call failed ({Code}), retrying")]
    public static partial void Retrying(ILogger logger, string code);

    [LoggerMessage(EventId = 5015, Level = LogLevel.Information, Message = "keys table loaded: {DataKeys} data keys, {Secrets} person secrets")]
    public static partial void KeysLoaded(ILogger logger, int dataKeys, int secrets);

    [LoggerMessage(EventId = 5013, Level = LogLevel.Information, Message = "{People} erased people's secrets removed: their sessions are forgotten without output")]
    public static partial void Erased(ILogger logger, int people);

    [LoggerMessage(EventId = 5014, Level = LogLevel.Information, Message = "partition {Partition}: the changelog still held the state of {Subjects} erased subject pseudonyms; forgotten without output, tombstoned in the next commit")]
    public static partial void ErasedOnRestore(ILogger logger, int partition, int subjects);
}
