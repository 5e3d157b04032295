using System.Net;
using System.Net.Mail;
using System.Text;
using System.Threading.Channels;
using KnowledgeBase.Core.Accounts;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Hosting;

/// <summary>The "Email" configuration section.</summary>
public sealed class EmailOptions
{
    /// <summary>SMTP server. Empty: mail is written to <see cref="PickupDirectory"/> instead.</summary>
    public string Host { get; set; } = "";
    public int Port { get; set; } = 587;
    public bool EnableSsl { get; set; } = true;
    public string UserName { get; set; } = "";
    public string Password { get; set; } = "";
    public string From { get; set; } = "KnowledgeBase <ne-pas-repondre@localhost>";

    /// <summary>
    /// Folder where each message is written as an .eml file instead of being sent (relative to
    /// the data folder). Used when set, and by default when no <see cref="Host"/> is configured:
    /// DataPath/mail-pickup.
    /// </summary>
    public string PickupDirectory { get; set; } = "";

    /// <summary>
    /// Public address of the site (https://exemple.fr) used in links sent by email. Set it in
    /// production: without it, links use the address of the request that triggered the mail.
    /// </summary>
    public string SiteUrl { get; set; } = "";
}

public static class EmailRegistration
{
    /// <summary>Email through SMTP, or to a pickup folder when no SMTP host is configured.</summary>
    public static IHostApplicationBuilder AddKnowledgeBaseEmail(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<EmailOptions>(builder.Configuration.GetSection("Email"));
        builder.Services.AddSingleton<SmtpEmailSender>();
        builder.Services.AddSingleton<EmailQueue>();
        builder.Services.AddSingleton<IEmailSender>(sp => sp.GetRequiredService<EmailQueue>());
        builder.Services.AddHostedService<EmailDispatcher>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<KnowledgeBase.Core.Notifications.ISiteLinks, SiteLinks>();
        return builder;
    }
}

/// <summary>Delivers one message now, with System.Net.Mail (MailKit is not available here).</summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options, AppPaths paths)
{
    private readonly EmailOptions settings = options.Value;

    /// <summary>The pickup folder in use, or null when mail goes to the SMTP server.</summary>
    public string? PickupFolder =>
        settings.PickupDirectory is { Length: > 0 } folder ? Path.GetFullPath(Path.Combine(paths.DataFolder, folder))
        : string.IsNullOrWhiteSpace(settings.Host) ? Path.Combine(paths.DataFolder, "mail-pickup")
        : null;

    public async Task DeliverAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        using var mail = new MailMessage(MailAddress(settings.From), new MailAddress(message.To))
        {
            Subject = message.Subject,
            SubjectEncoding = Encoding.UTF8,
            Body = message.Body,
            BodyEncoding = Encoding.UTF8,
            BodyTransferEncoding = System.Net.Mime.TransferEncoding.QuotedPrintable,
            IsBodyHtml = false,
        };
        // SMTPUTF8 when an address needs it (élise@…); ASCII addresses are sent as usual.
        using var client = new SmtpClient { DeliveryFormat = SmtpDeliveryFormat.International };
        if (PickupFolder is { } folder)
        {
            await WriteToPickupFolder(client, mail, folder, cancellationToken);
            return;
        }
        client.Host = settings.Host;
        client.Port = settings.Port;
        client.EnableSsl = settings.EnableSsl;
        if (settings.UserName.Length > 0) client.Credentials = new NetworkCredential(settings.UserName, settings.Password);
        await client.SendMailAsync(mail, cancellationToken);
    }

    // SmtpClient writes the file in place; writing it aside and moving it in means that
    // whoever watches the folder (a developer's mail viewer, the tests) never sees half a message.
    private static async Task WriteToPickupFolder(SmtpClient client, MailMessage mail, string folder, CancellationToken cancellationToken)
    {
        var staging = Path.Combine(folder, ".en-cours", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(staging);
        try
        {
            client.DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory;
            client.PickupDirectoryLocation = staging;
            await client.SendMailAsync(mail, cancellationToken);
            foreach (var file in Directory.GetFiles(staging))
                File.Move(file, Path.Combine(folder, Path.GetFileName(file)));
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    private static MailAddress MailAddress(string value) => new(value);
}

/// <summary>
/// <see cref="IEmailSender"/> of the site: accepts messages into an in-memory queue that
/// <see cref="EmailDispatcher"/> empties in order.
/// </summary>
public sealed class EmailQueue : IEmailSender
{
    private readonly Channel<EmailMessage> channel = Channel.CreateBounded<EmailMessage>(
        new BoundedChannelOptions(10_000) { SingleReader = true, FullMode = BoundedChannelFullMode.DropOldest });

    private int failed;

    public ChannelReader<EmailMessage> Reader => channel.Reader;

    /// <summary>Messages accepted and not yet handed to the server (or the pickup folder).</summary>
    public int Waiting => channel.Reader.Count;

    /// <summary>Deliveries that failed since the node started (they are not retried).</summary>
    public int Failed => Volatile.Read(ref failed);

    public void CountFailure() => Interlocked.Increment(ref failed);

    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default) =>
        channel.Writer.WriteAsync(message, cancellationToken).AsTask();
}

/// <summary>Sends queued messages one at a time; a failed delivery is logged, not retried.</summary>
public sealed class EmailDispatcher(
    EmailQueue queue, SmtpEmailSender sender, IOptions<EmailOptions> options, IHostEnvironment environment, ILogger<EmailDispatcher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var level = environment.IsProduction() ? LogLevel.Warning : LogLevel.Information;
        if (sender.PickupFolder is { } folder)
            logger.Log(level, "Courriels écrits dans {Folder} : aucun serveur SMTP configuré (Email:Host).", folder);
        if (string.IsNullOrWhiteSpace(options.Value.SiteUrl))
            logger.Log(level, "Email:SiteUrl n'est pas défini : les liens envoyés par courriel reprennent l'adresse de la requête.");
        try
        {
            await foreach (var message in queue.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await sender.DeliverAsync(message, stoppingToken);
                }
                catch (Exception e) when (e is SmtpException or IOException or InvalidOperationException or FormatException)
                {
                    queue.CountFailure();
                    logger.LogError(e, "Courriel « {Subject} » non envoyé.", message.Subject);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
