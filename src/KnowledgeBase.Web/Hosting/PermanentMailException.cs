namespace KnowledgeBase.Web.Hosting;

/// <summary>A message that no further attempt can deliver.</summary>
public sealed class PermanentMailException(string message, Exception? inner = null) : Exception(message, inner);
