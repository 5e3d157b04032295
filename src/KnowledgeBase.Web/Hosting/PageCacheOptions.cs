namespace KnowledgeBase.Web.Hosting;

/// <summary>The "PageCache" configuration section.</summary>
public sealed class PageCacheOptions
{
    /// <summary>How long a public page is served from memory at most (changes evict it sooner).</summary>
    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Off: every page is rendered for every request (for measuring, or debugging).</summary>
    public bool Enabled { get; set; } = true;
}
