using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Hosting;

/// <summary>
/// Compresses responses, except for signed-in members and for pages that hold an antiforgery
/// token (marked "no-store"): compressing a secret next to text an attacker can make the page
/// repeat lets them guess it from the sizes (BREACH). Public pages hold no secret.
/// </summary>
public sealed class VisitorCompression(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
    : ResponseCompressionProvider(services, options)
{
    public override bool ShouldCompressResponse(HttpContext context) =>
        context.User.Identity?.IsAuthenticated != true
        && !context.Response.Headers.CacheControl.ToString().Contains("no-store", StringComparison.OrdinalIgnoreCase)
        && base.ShouldCompressResponse(context);
}
