using KnowledgeBase.Core.Notifications;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Hosting;

public static class MailRegistration
{
    /// <summary>
    /// Email from the "Email" section. Without an SMTP host (development, tests), messages go to
    /// DataPath/mail-pickup as .eml files.
    /// </summary>
    public static IHostApplicationBuilder AddKnowledgeBaseMail(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<MailOptions>(builder.Configuration.GetSection("Email"));
        builder.Services.AddSingleton<IPostConfigureOptions<MailOptions>, MailPickupDefault>();
        builder.Services.AddSingleton<IMailSender, SmtpMailSender>();
        return builder;
    }

    private sealed class MailPickupDefault(AppPaths paths) : IPostConfigureOptions<MailOptions>
    {
        public void PostConfigure(string? name, MailOptions options)
        {
            if (string.IsNullOrWhiteSpace(options.Host) && string.IsNullOrWhiteSpace(options.PickupDirectory))
                options.PickupDirectory = Path.Combine(paths.DataFolder, "mail-pickup");
        }
    }
}
