using KnowledgeBase.Core.Accounts;
using KnowledgeBase.Core.Content;
using KnowledgeBase.Core.Curation;
using KnowledgeBase.Core.Dossiers;
using KnowledgeBase.Core.Feedback;
using KnowledgeBase.Core.Indexing;
using KnowledgeBase.Core.Insights;
using KnowledgeBase.Core.Leases;
using KnowledgeBase.Core.Mail;
using KnowledgeBase.Core.Notifications;
using KnowledgeBase.Core.Observation;
using KnowledgeBase.Core.Reviews;
using KnowledgeBase.Core.Selections;
using KnowledgeBase.Core.Taxonomy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeBase.Core;

/// <summary>
/// Core's services, composed the same way by the site and by Core's tests. What belongs to the
/// host is left to it: the database (<see cref="AddKnowledgeBaseDbContext"/>), the search
/// index's folder (<see cref="AddKnowledgeBaseSearchIndex"/>), the options bound from its settings, how absolute links are made (<see cref="ISiteLinks"/>),
/// Identity's configuration (for <c>UserManager</c>), the mail delivery and the background workers.
/// </summary>
public static class CoreServices
{
    public static IServiceCollection AddKnowledgeBaseCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddMemoryCache();

        // Content, taxonomy and the published write-ups.
        services.AddSingleton<CatalogCache>();
        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton<RevisionHtml>();
        services.AddScoped(sp => sp.GetRequiredService<CatalogCache>().Get(sp.GetRequiredService<KnowledgeBaseDbContext>()));
        services.AddScoped<ContentImporter>();
        services.AddScoped<ContentExporter>();
        services.AddScoped<PublishedInitiatives>();
        services.AddScoped<VocabularyEditing>();
        services.AddScoped<SynonymEditing>();

        // Writing, the workflow and what it tells people.
        services.AddScoped<InitiativeWorkflow>();
        services.AddScoped<WorkflowNotifier>();
        services.AddScoped<WorkingInitiatives>();
        services.AddScoped<NotificationInbox>();
        services.AddSingleton<OutboxSignal>();
        services.AddScoped<MailOutbox>();

        // Peer evaluation and practitioners' feedback.
        services.AddScoped<ReviewNotifier>();
        services.AddScoped<EvaluationGridEditing>();
        services.AddScoped<RoundLifecycle>();
        services.AddScoped<ReviewerInvitations>();
        services.AddScoped<ReviewerInbox>();
        services.AddScoped<ReviewDecisions>();
        services.AddScoped<ReviewSummaries>();
        services.AddScoped<ReminderDispatch>();
        services.AddScoped<FeedbackSharing>();
        services.AddScoped<FeedbackModeration>();

        // Curation: dossiers, featured items, the editorial log, what visitors search.
        services.AddScoped<EditorialLog>();
        services.AddScoped<DossierEditing>();
        services.AddScoped<WorkingDossiers>();
        services.AddScoped<PublishedDossiers>();
        services.AddScoped<FeaturedItems>();
        services.AddScoped<SearchInsights>();
        services.AddSingleton<QueryLog>();
        services.AddScoped<QueryLogStore>();

        // Search, open data, the personal selection.
        services.AddScoped<SearchIndexSync>();
        services.AddScoped<InitiativeSearch>();
        services.AddScoped<Observatory>();
        services.AddScoped<PersonalSelection>();

        // Accounts (UserManager comes from the host's Identity) and jobs shared between nodes.
        services.AddScoped<AccountDeletion>();
        services.AddScoped<MemberSessions>();
        services.AddScoped<MemberDirectory>();
        services.AddScoped<RoleAssignment>();
        services.AddScoped<WorkLeases>();
        return services;
    }

    /// <summary>
    /// This node's search index in <paramref name="folder"/>, with the synonym groups of the
    /// database (edited in the site, decision 013), read when the index opens.
    /// </summary>
    public static IServiceCollection AddKnowledgeBaseSearchIndex(this IServiceCollection services, Func<IServiceProvider, string> folder)
    {
        services.AddSingleton(sp => new SearchIndexHost(folder(sp), () =>
        {
            using var scope = sp.CreateScope();
            return SynonymEditing.Read(scope.ServiceProvider.GetRequiredService<KnowledgeBaseDbContext>());
        }));
        return services;
    }

    /// <summary>
    /// Registers <see cref="KnowledgeBaseDbContext"/> on <paramref name="provider"/>: each
    /// provider's migrations belong to its own context subclass; the rest of the code asks for
    /// the base type. <paramref name="configure"/> adds the host's own options (interceptors).
    /// </summary>
    public static IServiceCollection AddKnowledgeBaseDbContext(this IServiceCollection services, DatabaseProvider provider,
        Func<IServiceProvider, string> connectionString, Action<IServiceProvider, DbContextOptionsBuilder>? configure = null)
    {
        return provider switch
        {
            DatabaseProvider.PostgreSql => Register<PostgreSqlKnowledgeBaseDbContext>(services, provider, connectionString, configure),
            DatabaseProvider.SqlServer => Register<SqlServerKnowledgeBaseDbContext>(services, provider, connectionString, configure),
            _ => Register<SqliteKnowledgeBaseDbContext>(services, provider, connectionString, configure),
        };
    }

    private static IServiceCollection Register<TContext>(IServiceCollection services, DatabaseProvider provider,
        Func<IServiceProvider, string> connectionString, Action<IServiceProvider, DbContextOptionsBuilder>? configure)
        where TContext : KnowledgeBaseDbContext
    {
        services.AddDbContext<TContext>((sp, options) =>
        {
            DatabaseProviders.Configure(options, provider, connectionString(sp));
            configure?.Invoke(sp, options);
        });
        services.AddScoped<KnowledgeBaseDbContext>(sp => sp.GetRequiredService<TContext>());
        return services;
    }
}
