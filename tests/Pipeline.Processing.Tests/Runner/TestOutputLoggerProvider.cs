using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace Pipeline.Processing.Tests.Runner;

/// <summary>Routes the processor's logs into the test's output, so a failing run shows what the runner did.</summary>
internal sealed class TestOutputLoggerProvider(ITestOutputHelper output) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Logger(output);

    public void Dispose()
    {
    }

    private sealed class Logger(ITestOutputHelper output) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            try
            {
                output.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} {logLevel} {formatter(state, exception)} {exception?.Message}");
            }
            catch (InvalidOperationException)
            {
                // The test has finished; a late log line has nowhere to go.
            }
        }
    }
}
