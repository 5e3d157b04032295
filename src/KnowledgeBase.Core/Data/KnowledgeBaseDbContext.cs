using KnowledgeBase.Core.Accounts;
using KnowledgeBase.Core.Feedback;
using KnowledgeBase.Core.Indexing;
using KnowledgeBase.Core.Initiatives;
using KnowledgeBase.Core.Mail;
using KnowledgeBase.Core.Notifications;
using KnowledgeBase.Core.Reviews;
using KnowledgeBase.Core.Taxonomy;
using KnowledgeBase.Core.Workflow;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Core.Data;

/// <summary>
/// The knowledge base's database. Each provider has its own subclass so that each keeps its
/// own migration set (see <see cref="SqliteKnowledgeBaseDbContext"/> and
/// <see cref="PostgreSqlKnowledgeBaseDbContext"/>); code depends on this base type only.
/// </summary>
public abstract class KnowledgeBaseDbContext(DbContextOptions options) : IdentityDbContext<Member>(options)
{
    public DbSet<Initiative> Initiatives => Set<Initiative>();
    public DbSet<Revision> Revisions => Set<Revision>();
    public DbSet<WorkflowTransition> WorkflowTransitions => Set<WorkflowTransition>();
    public DbSet<IndexTask> IndexTasks => Set<IndexTask>();
    public DbSet<TaxonomyTerm> TaxonomyTerms => Set<TaxonomyTerm>();
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Departement> Departements => Set<Departement>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<EvaluationGrid> EvaluationGrids => Set<EvaluationGrid>();
    public DbSet<ReviewRound> ReviewRounds => Set<ReviewRound>();
    public DbSet<ReviewAssignment> ReviewAssignments => Set<ReviewAssignment>();
    public DbSet<Review> Reviews => Set<Review>();
    public DbSet<ReviewReminder> ReviewReminders => Set<ReviewReminder>();
    public DbSet<PractitionerFeedback> Feedback => Set<PractitionerFeedback>();
    public DbSet<FeedbackReport> FeedbackReports => Set<FeedbackReport>();
    public DbSet<OutgoingMail> OutgoingMails => Set<OutgoingMail>();
    public DbSet<MemberSession> MemberSessions => Set<MemberSession>();
    public DbSet<KeptForm> KeptForms => Set<KeptForm>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(KnowledgeBaseDbContext).Assembly);
    }
}
