using KnowledgeBase.Core.Data;

namespace KnowledgeBase.Web.Hosting;

/// <summary>The provider in use, for health checks and the status page.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider);
