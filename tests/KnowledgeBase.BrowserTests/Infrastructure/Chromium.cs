namespace KnowledgeBase.BrowserTests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright, one browser per test class. Playwright's own
/// browser download is never used: KB_CHROMIUM (default /usr/bin/chromium) names the browser
/// and KB_AXE the axe-core script; tests/run.sh installs both.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ChromiumVariable = "KB_CHROMIUM";
    public const string AxeVariable = "KB_AXE";

    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private readonly string executable;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public Chromium()
    {
        var missing = new List<string>();
        executable = RequiredFile(ChromiumVariable, "/usr/bin/chromium",
            "installez Chromium (apt-get install chromium) ou lancez tests/run.sh", missing);
        AxeScript = RequiredFile(AxeVariable, Path.Combine(RepositoryPaths.Artifacts, "node_modules", "axe-core", "axe.min.js"),
            "installez axe-core (cd tests/.artifacts && npm install axe-core@4.14.1) ou lancez tests/run.sh", missing);
        if (missing.Count > 0)
            throw new InvalidOperationException("Les tests navigateur ne peuvent pas démarrer :\n" + string.Join("\n", missing));
    }

    /// <summary>Path of axe.min.js, checked to exist.</summary>
    public string AxeScript { get; }

    public async Task InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = executable,
            Headless = true,
            Args = Arguments,
        });
    }

    /// <summary>
    /// A page in a context of its own (no cookies from other tests), in French, on a desktop
    /// screen. <paramref name="bypassContentSecurityPolicy"/> lets axe be injected: the site's
    /// policy rightly refuses inline scripts.
    /// </summary>
    public async Task<IPage> NewPageAsync(bool bypassContentSecurityPolicy = false)
    {
        var context = await browser!.NewContextAsync(new()
        {
            Locale = "fr-FR",
            ViewportSize = new() { Width = 1280, Height = 900 },
            BypassCSP = bypassContentSecurityPolicy,
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
    }

    private static string RequiredFile(string variable, string fallback, string advice, List<string> missing)
    {
        var value = Environment.GetEnvironmentVariable(variable);
        var path = string.IsNullOrWhiteSpace(value) ? fallback : value;
        if (!File.Exists(path)) missing.Add($"- {variable} : fichier introuvable ({path}) ; {advice}.");
        return path;
    }
}
