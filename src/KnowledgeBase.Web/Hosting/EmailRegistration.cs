using KnowledgeBase.Core.Notifications;

namespace KnowledgeBase.Web.Hosting;

public static class EmailRegistration
{
    /// <summary>
    /// Email through a persisted outbox (written with what causes it) delivered by a background
    /// worker with MailKit: to an SMTP server, or to a pickup folder when none is configured.
    /// </summary>
    public static IHostApplicationBuilder AddKnowledgeBaseEmail(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<EmailOptions>(builder.Configuration.GetSection("Email"));
        builder.Services.AddSingleton<MailDelivery>();
        builder.Services.AddHostedService<MailWorker>();
        builder.Services.AddSingleton<ISiteLinks, SiteLinks>();
        return builder;
    }
}
