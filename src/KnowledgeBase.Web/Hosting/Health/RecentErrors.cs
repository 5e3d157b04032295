namespace KnowledgeBase.Web.Hosting.Health;

/// <summary>
/// The last errors this node logged (level Error and above), for the status page: when, where
/// (logger category), the message and the exception's type and message, without stack traces.
/// A logger provider beside the console's, so nothing has to be read back from log files.
/// </summary>
public sealed class RecentErrors : ILoggerProvider
{
    public const int Capacity = 50;

    private readonly Lock gate = new();
    private readonly LinkedList<LoggedError> errors = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public IReadOnlyList<LoggedError> Latest()
    {
        lock (gate) return errors.ToList();
    }

    private void Add(LoggedError error)
    {
        lock (gate)
        {
            errors.AddFirst(error);
            if (errors.Count > Capacity) errors.RemoveLast();
        }
    }

    public void Dispose()
    {
    }

    private sealed class Logger(RecentErrors owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error && logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            var innermost = exception;
            while (innermost?.InnerException is { } inner) innermost = inner;
            owner.Add(new LoggedError(DateTime.UtcNow, logLevel, category, formatter(state, exception),
                exception is null ? null : $"{exception.GetType().Name} : {exception.Message}",
                innermost is null || innermost == exception ? null : $"{innermost.GetType().Name} : {innermost.Message}"));
        }
    }
}
