using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeBase.Core;

/// <summary>
/// Core's services, composed the same way by the site and by Core's tests; each named with
/// its area (the folder and namespace under KnowledgeBase.Core). What belongs to the
/// host is left to it: the database (<see cref="AddKnowledgeBaseDbContext"/>), the search
/// index's folder (<see cref="AddKnowledgeBaseSearchIndex"/>), the options bound from its settings, how absolute links are made (<see cref="Notifications.ISiteLinks"/>),
/// Identity's configuration (for <c>UserManager</c>), the mail delivery and the background workers.
/// </summary>
public static class CoreServices
{
    public static IServiceCollection AddKnowledgeBaseCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddMemoryCache();

        // Content, taxonomy and the published write-ups.
        services.AddSingleton<Taxonomy.CatalogCache>();
        services.AddSingleton<Content.MarkdownRenderer>();
        services.AddSingleton<Content.RevisionHtml>();
        services.AddScoped(sp => sp.GetRequiredService<Taxonomy.CatalogCache>().Get(sp.GetRequiredService<KnowledgeBaseDbContext>()));
        services.AddScoped<Content.ContentImporter>();
        services.AddScoped<Content.ContentExporter>();
        services.AddScoped<Initiatives.PublishedInitiatives>();
        services.AddScoped<Taxonomy.VocabularyEditing>();
        services.AddScoped<Taxonomy.SynonymEditing>();

        // Writing, the workflow and what it tells people.
        services.AddScoped<Workflow.InitiativeWorkflow>();
        services.AddScoped<Workflow.WorkflowNotifier>();
        services.AddScoped<Workflow.WorkingInitiatives>();
        services.AddScoped<Notifications.NotificationInbox>();
        services.AddSingleton<Mail.OutboxSignal>();
        services.AddScoped<Mail.MailOutbox>();

        // Peer evaluation and practitioners' feedback.
        services.AddScoped<Reviews.ReviewNotifier>();
        services.AddScoped<Reviews.EvaluationGridEditing>();
        services.AddScoped<Reviews.RoundLifecycle>();
        services.AddScoped<Reviews.ReviewerInvitations>();
        services.AddScoped<Reviews.ReviewerInbox>();
        services.AddScoped<Reviews.ReviewDecisions>();
        services.AddScoped<Reviews.ReviewSummaries>();
        services.AddScoped<Reviews.ReminderDispatch>();
        services.AddScoped<Feedback.FeedbackSharing>();
        services.AddScoped<Feedback.FeedbackModeration>();

        // Curation: dossiers, featured items, the editorial log, what visitors search.
        services.AddScoped<Curation.EditorialLog>();
        services.AddScoped<Dossiers.DossierEditing>();
        services.AddScoped<Dossiers.WorkingDossiers>();
        services.AddScoped<Dossiers.PublishedDossiers>();
        services.AddScoped<Curation.FeaturedItems>();
        services.AddScoped<Insights.SearchInsights>();
        services.AddSingleton<Insights.QueryLog>();
        services.AddScoped<Insights.QueryLogStore>();

        // Search, open data, the personal selection.
        services.AddScoped<Indexing.SearchIndexSync>();
        services.AddScoped<Initiatives.InitiativeSearch>();
        services.AddScoped<Observation.Observatory>();
        services.AddScoped<Selections.PersonalSelection>();

        // Accounts (UserManager comes from the host's Identity) and jobs shared between nodes.
        services.AddScoped<Accounts.Profiles>();
        services.AddScoped<Accounts.AccountDeletion>();
        services.AddScoped<Accounts.MemberSessions>();
        services.AddScoped<Accounts.MemberDirectory>();
        services.AddScoped<Accounts.RoleAssignment>();
        services.AddScoped<Leases.WorkLeases>();
        return services;
    }

    /// <summary>
    /// This node's search index in <paramref name="folder"/>, with the synonym groups of the
    /// database (edited in the site, decision 013), read when the index opens.
    /// </summary>
    public static IServiceCollection AddKnowledgeBaseSearchIndex(this IServiceCollection services, Func<IServiceProvider, string> folder)
    {
        services.AddSingleton(sp => new Indexing.SearchIndexHost(folder(sp), () =>
        {
            using var scope = sp.CreateScope();
            return Taxonomy.SynonymEditing.Read(scope.ServiceProvider.GetRequiredService<KnowledgeBaseDbContext>());
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
