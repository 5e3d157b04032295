namespace KnowledgeBase.Web.Hosting.Health;

public sealed record LoggedError(DateTime At, LogLevel Level, string Category, string Message, string? Exception, string? Cause);
