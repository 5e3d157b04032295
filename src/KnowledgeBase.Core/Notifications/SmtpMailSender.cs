using System.Net;
using System.Net.Mail;
using System.Text;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Core.Notifications;

/// <summary>
/// Email through System.Net.Mail (MailKit is not obtainable here): SMTP with the configured
/// server, or .eml files in a pickup folder.
/// </summary>
public sealed class SmtpMailSender(IOptions<MailOptions> options) : IMailSender
{
    public async Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        using var message = new MailMessage(o.From, to, subject, body)
        {
            BodyEncoding = Encoding.UTF8, SubjectEncoding = Encoding.UTF8, IsBodyHtml = false,
        };
        using var client = new SmtpClient();
        if (!string.IsNullOrWhiteSpace(o.PickupDirectory))
        {
            Directory.CreateDirectory(o.PickupDirectory);
            client.DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory;
            client.PickupDirectoryLocation = o.PickupDirectory;
        }
        else
        {
            if (string.IsNullOrWhiteSpace(o.Host))
                throw new InvalidOperationException("Email:Host (serveur SMTP) ou Email:PickupDirectory doit être configuré.");
            client.Host = o.Host;
            client.Port = o.Port;
            client.EnableSsl = o.EnableSsl;
            if (!string.IsNullOrEmpty(o.UserName)) client.Credentials = new NetworkCredential(o.UserName, o.Password);
        }
        await client.SendMailAsync(message, cancellationToken);
    }
}
