using KnowledgeBase.Core;
using KnowledgeBase.Core.Content;
using KnowledgeBase.Core.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Hosting;

public static class DatabaseStartup
{
    /// <summary>
    /// Applies pending migrations, then imports content/ if the database is new (no taxonomy
    /// yet), under the database's start-up lock: nodes started at once do it once. Import
    /// problems are logged per file; they do not stop the site.
    /// </summary>
    public static void PrepareDatabase(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("KnowledgeBase.Startup");
        var db = services.GetRequiredService<KnowledgeBaseDbContext>();
        using var startupLock = StartupLock.Acquire(db, TimeSpan.FromMinutes(10));

        var applied = db.MigrateAndTune();
        // The first data-protection key is created here, by the first node, under the lock:
        // nodes starting at once would otherwise each create a key and sign cookies that the
        // others do not know yet. Later keys are created ahead of their activation.
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector("KnowledgeBase.Startup").Protect("prêt");
        var options = services.GetRequiredService<IOptions<KnowledgeBaseOptions>>().Value;
        if (!options.ImportContentOnFirstStart || db.TaxonomyTerms.Any())
        {
            logger.LogInformation("Base prête : {Migrations}, contenu déjà importé.", Migrations(applied));
            return;
        }

        var paths = services.GetRequiredService<AppPaths>();
        var report = services.GetRequiredService<ContentImporter>().Import(paths.ContentFolder);
        logger.LogInformation("Base prête : {Migrations}, premier import de {Folder} : {Report}", Migrations(applied), paths.ContentFolder, report);
        foreach (var error in report.Errors)
            logger.LogWarning("Fichier non importé {File} : {Reason}", error.File, error.Reason);
    }

    private static string Migrations(int applied) =>
        Plural.Of("aucune migration à appliquer|1 migration appliquée|{0} migrations appliquées", applied);
}
