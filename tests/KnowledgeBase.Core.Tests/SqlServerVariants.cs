// The tests of Core's services against SQL Server: the same test classes as for SQLite and
// PostgreSQL, on a fresh database of the server given by KB_TEST_SQLSERVER, compiled only in
// a build where the variable is set (see the .csproj), as in KnowledgeBase.Web.Tests.
#if SQLSERVER_TESTS

namespace KnowledgeBase.Core.Tests
{
    public sealed class SqlServerFeedbackServiceTests(SqlServerHost host) : Feedback.FeedbackServiceTests<SqlServerHost>(host);
    public sealed class SqlServerGridServiceTests(SqlServerHost host) : Reviews.GridServiceTests<SqlServerHost>(host);
    public sealed class SqlServerReminderTests(SqlServerHost host) : Reviews.ReminderTests<SqlServerHost>(host);
    public sealed class SqlServerReviewServiceTests(SqlServerHost host) : Reviews.ReviewServiceTests<SqlServerHost>(host);
    public sealed class SqlServerWorkflowServiceTests(SqlServerHost host) : Workflow.WorkflowServiceTests<SqlServerHost>(host);
}
#endif
