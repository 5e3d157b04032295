// The integration suite against SQL Server: the same test classes as for SQLite and
// PostgreSQL, on a fresh database of the server given by KB_TEST_SQLSERVER (those of Core's
// services are in KnowledgeBase.Core.Tests/SqlServerVariants.cs). No SQL Server can
// run on the project's machines, so these classes exist only in a build where the variable is
// set (see the .csproj); everything that needs no server (model, migrations, the idempotent
// script) is checked in KnowledgeBase.Core.Tests on every run.
#if SQLSERVER_TESTS
using KnowledgeBase.Core.Data;

namespace KnowledgeBase.Web.Tests
{
    public sealed class SqlServerAccountTests(SqlServerSite site) : Accounts.AccountTests<SqlServerSite>(site);
    public sealed class SqlServerCreateAdminCommandTests(SqlServerSite site) : Accounts.CreateAdminCommandTests<SqlServerSite>(site);
    public sealed class SqlServerLowRateLimitSite() : Accounts.LowRateLimitSite(DatabaseProvider.SqlServer);
    public sealed class SqlServerRateLimitTests(SqlServerLowRateLimitSite site) : Accounts.RateLimitTests<SqlServerLowRateLimitSite>(site);
    public sealed class SqlServerAdminMembersTests(SqlServerSite site) : Admin.AdminMembersTests<SqlServerSite>(site);
    public sealed class SqlServerImportTests() : Content.ImportTests(DatabaseProvider.SqlServer);
    public sealed class SqlServerFeedbackPagesTests(SqlServerSite site) : Feedback.FeedbackPagesTests<SqlServerSite>(site);
    public sealed class SqlServerHealthSite() : Operations.HealthSite(DatabaseProvider.SqlServer);
    public sealed class SqlServerHealthTests(SqlServerHealthSite site) : Operations.HealthTests<SqlServerHealthSite>(site);
    public sealed class SqlServerPageCacheTests(SqlServerSite site) : Operations.PageCacheTests<SqlServerSite>(site);
    public sealed class SqlServerPublicPagesTests(SqlServerSite site) : Pages.PublicPagesTests<SqlServerSite>(site);
    public sealed class SqlServerGridPagesTests(SqlServerSite site) : Reviews.GridPagesTests<SqlServerSite>(site);
    public sealed class SqlServerReviewPagesTests(SqlServerSite site) : Reviews.ReviewPagesTests<SqlServerSite>(site);
    public sealed class SqlServerIndexSyncTests(SqlServerSite site) : Search.IndexSyncTests<SqlServerSite>(site);
    public sealed class SqlServerSearchPageTests(SqlServerSite site) : Search.SearchPageTests<SqlServerSite>(site);
    public sealed class SqlServerAuthorizationMatrixTests(SqlServerSite site) : Workflow.AuthorizationMatrixTests<SqlServerSite>(site);
    public sealed class SqlServerWritingPagesTests(SqlServerSite site) : Workflow.WritingPagesTests<SqlServerSite>(site);
}
#endif
