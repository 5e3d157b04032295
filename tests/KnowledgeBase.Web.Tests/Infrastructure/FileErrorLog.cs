using Microsoft.Extensions.Logging;

namespace KnowledgeBase.Web.Tests.Infrastructure;

/// <summary>
/// When KB_TEST_LOG names a file, the sites under test append their errors to it: what a 500
/// seen by a test came from, without a debugger.
/// </summary>
public sealed class FileErrorLog(string path) : ILoggerProvider
{
    public const string Variable = "KB_TEST_LOG";
    private static readonly Lock Gate = new();

    public ILogger CreateLogger(string categoryName) => new Logger(path, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(string path, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            lock (Gate) File.AppendAllText(path, $"{DateTime.UtcNow:O} {logLevel} {category}: {formatter(state, exception)}\n{exception}\n\n");
        }
    }
}
