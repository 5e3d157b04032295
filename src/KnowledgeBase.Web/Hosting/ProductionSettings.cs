namespace KnowledgeBase.Web.Hosting;

/// <summary>
/// Settings without which the site must not run in Production: its public address (links in
/// emails are built from it, never from a request) and the host names it answers to.
/// </summary>
public static class ProductionSettings
{
    /// <summary>What is missing, in French; empty when the site may start.</summary>
    public static IReadOnlyList<string> Problems(IConfiguration configuration, IHostEnvironment environment)
    {
        if (!environment.IsProduction()) return [];
        var problems = new List<string>();
        var siteUrl = configuration["Email:SiteUrl"];
        if (string.IsNullOrWhiteSpace(siteUrl))
            problems.Add("Email:SiteUrl n'est pas défini : indiquez l'adresse publique du site (par exemple https://experiences.exemple.fr). Les liens envoyés par courriel sont construits à partir d'elle.");
        else if (!Uri.TryCreate(siteUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.PathAndQuery.Length > 1)
            problems.Add($"Email:SiteUrl « {siteUrl} » n'est pas une adresse http(s) valable sans chemin (par exemple https://experiences.exemple.fr).");
        var hosts = configuration["AllowedHosts"];
        if (string.IsNullOrWhiteSpace(hosts) || hosts.Split(';', StringSplitOptions.TrimEntries).Any(h => h == "*"))
            problems.Add("AllowedHosts n'est pas défini (ou vaut « * ») : indiquez les noms d'hôte du site, séparés par des points-virgules (par exemple experiences.exemple.fr).");
        return problems;
    }

    /// <summary>Logs the problems and returns false when the site must not start.</summary>
    public static bool Check(WebApplication app)
    {
        var problems = Problems(app.Configuration, app.Environment);
        if (problems.Count == 0) return true;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("KnowledgeBase.Startup");
        foreach (var problem in problems)
        {
            logger.LogCritical("Démarrage refusé : {Problem}", problem);
            Console.Error.WriteLine("Démarrage refusé : " + problem);
        }
        return false;
    }
}
