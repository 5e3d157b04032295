using KnowledgeBase.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.TestSupport;

/// <summary>
/// Where a test reaches Core's services and its database: the whole site (Web.Tests'
/// SiteFactory) or Core's services alone (Core.Tests' CoreHost). The data helpers of this
/// project take either.
/// </summary>
public interface IServiceHost
{
    /// <summary>A scope on the services (one request's worth), for arranging and checking data directly.</summary>
    AsyncServiceScope Scope();

    KnowledgeBaseDbContext Db(AsyncServiceScope scope);
}
