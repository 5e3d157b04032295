using KnowledgeBase.Core.Accounts;
using KnowledgeBase.Core.Curation;
using KnowledgeBase.Core.Dossiers;
using KnowledgeBase.Core.Feedback;
using KnowledgeBase.Core.Indexing;
using KnowledgeBase.Core.Insights;
using KnowledgeBase.Core.Leases;
using KnowledgeBase.Core.Mail;
using KnowledgeBase.Core.Notifications;
using KnowledgeBase.Core.Reviews;
using KnowledgeBase.Core.Selections;
using KnowledgeBase.Core.Taxonomy;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace KnowledgeBase.Core.Data;

/// <summary>
/// The knowledge base's database. Each provider has its own subclass so that each keeps its
/// own migration set (see <see cref="SqliteKnowledgeBaseDbContext"/> and
/// <see cref="PostgreSqlKnowledgeBaseDbContext"/>, <see cref="SqlServerKnowledgeBaseDbContext"/>);
/// code depends on this base type only. It also keeps the data-protection keys that sign
/// session cookies and antiforgery tokens, so that every web node shares them.
/// </summary>
public abstract class KnowledgeBaseDbContext(DbContextOptions options) : IdentityDbContext<Member>(options), IDataProtectionKeyContext
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
    public DbSet<WorkLease> WorkLeases => Set<WorkLease>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<SelectionItem> SelectionItems => Set<SelectionItem>();
    public DbSet<OutgoingMail> OutgoingMails => Set<OutgoingMail>();
    public DbSet<MemberSession> MemberSessions => Set<MemberSession>();
    public DbSet<KeptForm> KeptForms => Set<KeptForm>();
    public DbSet<Dossier> Dossiers => Set<Dossier>();
    public DbSet<DossierRevision> DossierRevisions => Set<DossierRevision>();
    public DbSet<DossierCitation> DossierCitations => Set<DossierCitation>();
    public DbSet<FeaturedItem> FeaturedItems => Set<FeaturedItem>();
    public DbSet<EditorialLogEntry> EditorialLog => Set<EditorialLogEntry>();
    public DbSet<SynonymGroup> SynonymGroups => Set<SynonymGroup>();
    public DbSet<SearchQueryDay> SearchQueries => Set<SearchQueryDay>();
    public DbSet<ContentGap> ContentGaps => Set<ContentGap>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(KnowledgeBaseDbContext).Assembly);
    }
}
