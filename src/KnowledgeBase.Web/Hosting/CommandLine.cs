using KnowledgeBase.Core;
using KnowledgeBase.Core.Content;
using KnowledgeBase.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.Hosting;

/// <summary>
/// Commands run by the same program instead of the site:
/// <c>dotnet run --project src/KnowledgeBase.Web -- import [folder]</c>, <c>export [folder]</c>.
/// </summary>
public static class CommandLine
{
    private static readonly string[] Commands = ["import", "export", "reindex", "create-admin"];

    /// <summary>
    /// Separates a command and its operands (leading words) from settings (--Key=value), so that
    /// a folder path is never mistaken for a setting.
    /// </summary>
    public static (string[] Command, string[] Settings) Split(string[] args)
    {
        if (args.Length == 0 || !Commands.Contains(args[0])) return ([], args);
        var operands = args.TakeWhile(a => !a.StartsWith("--")).ToArray();
        return (operands, args[operands.Length..]);
    }

    /// <summary>Runs the command and returns the process exit code.</summary>
    public static int Run(WebApplication app, string[] args)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<KnowledgeBaseDbContext>();
        using (StartupLock.Acquire(db, TimeSpan.FromMinutes(10))) db.MigrateAndTune();
        switch (args[0])
        {
            case "import":
                var folder = args.Length > 1 && args[1] != "content"
                    ? Path.GetFullPath(args[1])
                    : services.GetRequiredService<AppPaths>().ContentFolder;
                var report = services.GetRequiredService<ContentImporter>().Import(folder);
                Console.WriteLine($"Import de {folder} : {report}");
                foreach (var error in report.Errors) Console.Error.WriteLine($"  {error.File} : {error.Reason}");
                return report.Errors.Count == 0 ? 0 : 1;
            case "export":
                // Public data by default; an operator's backup may keep the contacts' emails.
                var target = args.Length > 1 ? Path.GetFullPath(args[1]) : Path.Combine(services.GetRequiredService<AppPaths>().DataFolder, "export");
                var withEmails = app.Configuration.GetValue<bool>("Export:ContactEmails");
                var exported = services.GetRequiredService<ContentExporter>().Export(target, withEmails);
                Console.WriteLine($"Export vers {target} : {exported}" + (withEmails ? " (avec les adresses des contacts)" : " (sans les adresses des contacts)"));
                return 0;
            case "reindex":
                var count = services.GetRequiredService<KnowledgeBase.Core.Indexing.SearchIndexSync>().Rebuild();
                Console.WriteLine($"Index de recherche reconstruit : {Plural.Of("aucun document|1 document|{0} documents", count)}, fiches et dossiers, dans {services.GetRequiredService<KnowledgeBase.Core.Indexing.SearchIndexHost>().Folder}");
                return 0;
            case "create-admin":
                return CreateAdminCommand.RunAsync(services, args[1..]).GetAwaiter().GetResult();
            default:
                return 2;
        }
    }
}
