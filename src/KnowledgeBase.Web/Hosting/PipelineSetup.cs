using KnowledgeBase.Web.Api;

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
        app.Use(RequestGate.Run);
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.MapKnowledgeBaseHealth();
        app.MapControllers();
        app.MapKnowledgeBaseApi();
    }
}
