using Microsoft.Extensions.Logging;
using Pipeline.Capture.Consent;

namespace Pipeline.Capture;

/// <summary>The agent's log messages, event ids 4000–4099. States and counts only: never event content or ids.</summary>
internal static partial class CaptureLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "consent is now {Status}")]
    public static partial void ConsentChanged(ILogger logger, ConsentStatus status);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "listening to {Source} input")]
    public static partial void Listening(ILogger logger, string source);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "not listening to input ({Status})")]
    public static partial void NotListening(ILogger logger, ConsentStatus status);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Error, Message = "capture stopped: the spool is full ({Bytes} bytes undelivered); it resumes when the broker takes data again")]
    public static partial void SpoolFull(ILogger logger, long bytes);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Information, Message = "capture resumed: the spool has room again")]
    public static partial void SpoolRoom(ILogger logger);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Information, Message = "stopped: {Accepted} events recorded, {Delivered} records delivered, {Pending} records left in the spool for the next start")]
    public static partial void Stopped(ILogger logger, long accepted, long delivered, long pending);

    [LoggerMessage(EventId = 4008, Level = LogLevel.Critical, Message = "capture stopping: the {Source} input source failed: {Reason}. Sealing the open batch, syncing and draining the spool, then exiting with an error so the supervisor restarts the agent")]
    public static partial void SourceFailed(ILogger logger, string source, string reason);

    [LoggerMessage(EventId = 4009, Level = LogLevel.Warning, Message = "the {Source} input source did not stop cleanly ({Reason}); flushing anyway")]
    public static partial void SourceStopFailed(ILogger logger, string source, string reason);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Warning, Message = "the agent's status file was not written ({Reason})")]
    public static partial void StatusNotWritten(ILogger logger, string reason);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Information, Message = "spool holds {Pending} records from an earlier run; delivering them first")]
    public static partial void Replaying(ILogger logger, long pending);

    [LoggerMessage(EventId = 4008, Level = LogLevel.Warning, Message = "the page's activity counts start afresh: {Problem}")]
    public static partial void ActivityFresh(ILogger logger, string problem);

    [LoggerMessage(EventId = 4009, Level = LogLevel.Warning, Message = "the page's activity counts could not be saved ({Error}); trying again in a few seconds")]
    public static partial void ActivityNotSaved(ILogger logger, string error);
}
