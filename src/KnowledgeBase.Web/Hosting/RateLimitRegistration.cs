using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.RateLimiting;

namespace KnowledgeBase.Web.Hosting;

public static class RateLimitRegistration
{
    public static IHostApplicationBuilder AddKnowledgeBaseRateLimits(this IHostApplicationBuilder builder)
    {
        var accounts = builder.Configuration.GetSection("RateLimits:Accounts").Get<RateLimitOptions>() ?? new RateLimitOptions();
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(RateLimitPolicies.Accounts, context =>
                RateLimitPartition.GetFixedWindowLimiter(
                    // Behind a reverse proxy, configure forwarded headers so that this is the client's address.
                    $"{context.Connection.RemoteIpAddress}|{context.Request.Path}",
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = Math.Max(1, accounts.PermitLimit),
                        Window = TimeSpan.FromSeconds(Math.Max(1, accounts.WindowSeconds)),
                        QueueLimit = 0,
                    }));
            options.OnRejected = RenderTooManyRequestsPage;
        });
        return builder;
    }

    /// <summary>The French (or English) "too many attempts" page, with Retry-After.</summary>
    private static async ValueTask RenderTooManyRequestsPage(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var http = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        var page = new ViewResult
        {
            ViewName = "Account/TooManyRequests",
            StatusCode = StatusCodes.Status429TooManyRequests,
        };
        await page.ExecuteResultAsync(new ActionContext(http, http.GetRouteData(), new ActionDescriptor()));
    }
}
