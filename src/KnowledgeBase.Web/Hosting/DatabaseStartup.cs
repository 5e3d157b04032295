using KnowledgeBase.Core.Content;
using KnowledgeBase.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.Hosting;

public static class DatabaseStartup
{
    /// <summary>
    /// Applies pending migrations, then imports content/ if the database is new (no taxonomy
    /// yet). Import problems are logged per file; they do not stop the site.
    /// </summary>
    public static void PrepareDatabase(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KnowledgeBaseDbContext>();
        db.MigrateAndTune();
        var options = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<KnowledgeBaseOptions>>().Value;
        if (!options.ImportContentOnFirstStart || db.TaxonomyTerms.Any()) return;

        var paths = scope.ServiceProvider.GetRequiredService<AppPaths>();
        var report = scope.ServiceProvider.GetRequiredService<ContentImporter>().Import(paths.ContentFolder);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("KnowledgeBase.Import");
        logger.LogInformation("Import de {Folder} : {Report}", paths.ContentFolder, report);
        foreach (var error in report.Errors)
            logger.LogWarning("Fichier non importé {File} : {Reason}", error.File, error.Reason);
    }

    /// <summary>
    /// Applies migrations; on SQLite also switches to write-ahead logging, so that readers do
    /// not wait for writers and each commit costs one sync instead of several.
    /// </summary>
    public static void MigrateAndTune(this KnowledgeBaseDbContext db)
    {
        db.Database.Migrate();
        if (db.Database.IsSqlite()) db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
    }
}
