using Microsoft.Extensions.Logging;
using Pipeline.Capture.Consent;

namespace Pipeline.Capture.Transparency;

/// <summary>The page's log messages, event ids 4300–4349. Never a token, a cookie or a request's content.</summary>
internal static partial class PageLog
{
    [LoggerMessage(EventId = 4301, Level = LogLevel.Information, Message = "your page is served on 127.0.0.1:{Port} (only with the token in the state directory)")]
    public static partial void Serving(ILogger logger, int port);

    [LoggerMessage(EventId = 4302, Level = LogLevel.Information, Message = "page refused a request ({Reason})")]
    public static partial void Refused(ILogger logger, string reason);

    [LoggerMessage(EventId = 4303, Level = LogLevel.Information, Message = "consent changed from the page: now {Status}")]
    public static partial void ConsentChanged(ILogger logger, ConsentStatus status);

    [LoggerMessage(EventId = 4304, Level = LogLevel.Warning, Message = "the activity file cannot be used ({Problem}); the page shows no activity until the agent writes a new one")]
    public static partial void ActivityUnreadable(ILogger logger, string problem);

    [LoggerMessage(EventId = 4305, Level = LogLevel.Error, Message = "page request failed: {Error}")]
    public static partial void Failed(ILogger logger, string error);

    [LoggerMessage(EventId = 4306, Level = LogLevel.Warning, Message = "page busy: {Limit} connections open, one more closed unanswered")]
    public static partial void Busy(ILogger logger, int limit);
}
