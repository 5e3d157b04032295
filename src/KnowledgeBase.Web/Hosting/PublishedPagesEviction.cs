using System.Runtime.CompilerServices;
using KnowledgeBase.Core.Indexing;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KnowledgeBase.Web.Hosting;

/// <summary>
/// Evicts the cached public pages of this node when published content changed: after a save
/// that wrote index tasks on this node, and whenever this node's indexer applied tasks
/// (written by any node). A page rendered from the old state and stored just after an
/// eviction is under the old checkpoint in its key: never served again, it just expires.
/// </summary>
public sealed class PublishedPagesEviction(IOutputCacheStore store, ILogger<PublishedPagesEviction> logger) : SaveChangesInterceptor
{
    // Contexts whose save in progress writes index tasks.
    private readonly ConditionalWeakTable<DbContext, object> saving = new();

    public void Evict()
    {
        try
        {
            // The in-memory store completes at once.
            store.EvictByTagAsync(PageCacheRegistration.PublishedTag, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogError(e, "Pages publiques en cache non évincées.");
        }
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Mark(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Mark(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } db) saving.Remove(db);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    private void Mark(DbContext? db)
    {
        if (db is not null && db.ChangeTracker.Entries<IndexTask>().Any(e => e.State == EntityState.Added))
            saving.AddOrUpdate(db, this);
    }

    private void Saved(DbContext? db)
    {
        if (db is not null && saving.Remove(db)) Evict();
    }
}
