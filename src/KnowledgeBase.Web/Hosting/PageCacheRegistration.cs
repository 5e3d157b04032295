using System.IO.Compression;
using KnowledgeBase.Core.Content;
using Microsoft.AspNetCore.ResponseCompression;

namespace KnowledgeBase.Web.Hosting;

/// <summary>
/// Pages that hold under load (docs/decisions/009): ASP.NET Core's output cache keeps the
/// public pages rendered for anonymous visitors, per URL and language; every change to what
/// they show writes an index task, and applying index tasks evicts them (on the node that made
/// the change at once, on the others when their indexer applies it). Responses are
/// compressed, except those that hold a secret (see <see cref="VisitorCompression"/>).
/// Rendered Markdown is kept per revision (<see cref="RevisionHtml"/>).
/// </summary>
public static class PageCacheRegistration
{
    /// <summary>Output-cache policy of the public pages: <c>[OutputCache(PolicyName = PageCacheRegistration.Visitors)]</c>.</summary>
    public const string Visitors = "visitors";

    /// <summary>Tag of every cached public page: evicted on any change to published content.</summary>
    public const string PublishedTag = "published";

    public static IHostApplicationBuilder AddKnowledgeBasePageCache(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var options = builder.Configuration.GetSection("PageCache").Get<PageCacheOptions>() ?? new PageCacheOptions();
        services.AddOutputCache(o => o.AddPolicy(Visitors, new VisitorPagePolicy(options)));
        services.AddSingleton<PublishedPagesEviction>();
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.AddSingleton<IResponseCompressionProvider, VisitorCompression>();
        return builder;
    }
}
