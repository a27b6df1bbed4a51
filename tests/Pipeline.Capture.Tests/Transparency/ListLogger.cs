using Microsoft.Extensions.Logging;

namespace Pipeline.Capture.Tests.Transparency;

/// <summary>Keeps every log line, so a test can say what the page logged (and check that no secret is among it).</summary>
internal sealed class ListLogger : ILoggerFactory, ILogger
{
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    public string Text => string.Join('\n', Lines);

    public ILogger CreateLogger(string categoryName) => this;

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (_lines)
        {
            _lines.Add($"{logLevel}: {formatter(state, exception)}");
        }
    }

    public void Dispose()
    {
    }
}
