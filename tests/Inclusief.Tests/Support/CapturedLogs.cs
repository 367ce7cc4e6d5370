using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Inclusief.Tests.Support;

/// <summary>Keeps every log line the host writes, so tests can check what would reach a log file.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    private readonly ConcurrentQueue<string> _errors = new();

    public IReadOnlyCollection<string> Lines => _lines;

    /// <summary>The lines logged as errors or worse, such as an unhandled exception the error page answered.</summary>
    public IReadOnlyCollection<string> Errors => _errors;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines, _errors);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines, ConcurrentQueue<string> errors) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var line = $"{logLevel} {category}: {formatter(state, exception)} {exception}";
            lines.Enqueue(line);
            if (logLevel >= LogLevel.Error)
            {
                errors.Enqueue(line);
            }
        }
    }
}
