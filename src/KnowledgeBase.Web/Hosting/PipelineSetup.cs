using KnowledgeBase.Web.Hosting.Health;

namespace KnowledgeBase.Web.Hosting;

public static class PipelineSetup
{
    /// <summary>Middleware and endpoints, in order.</summary>
    public static void UseKnowledgeBase(this WebApplication app)
    {
        app.UseKnowledgeBaseForwardedHeaders();
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseExceptionHandler("/erreur");
        app.UseStatusCodePagesWithReExecute("/erreur/{0}");
        app.Use(SecurityHeaders.Add);
        app.UseResponseCompression();
        app.Use(RequestGate.Run);
        app.UseMiddleware<EnglishAddressRedirects>();
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseCors();
        app.UseAuthentication();
        // Before the kept pages: an old address redirects, and a page served from memory is counted too.
        app.UseMiddleware<MergedTermRedirects>();
        app.UseMiddleware<SearchQueryRecording>();
        app.UseOutputCache();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.MapKnowledgeBaseHealth();
        app.MapControllers();
        app.MapKnowledgeBaseOpenData();
    }
}
