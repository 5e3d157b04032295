using KnowledgeBase.Core.Mail;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace KnowledgeBase.Web.Hosting;

/// <summary>
/// Delivers one outbox message with MailKit: to the SMTP server, or as an .eml file in the
/// pickup folder. Subjects and names are RFC 2047-encoded by MimeKit; the body is UTF-8,
/// quoted-printable.
/// </summary>
public sealed class MailDelivery(IOptions<EmailOptions> options, AppPaths paths)
{
    private readonly EmailOptions settings = options.Value;

    /// <summary>The pickup folder in use, or null when mail goes to the SMTP server.</summary>
    public string? PickupFolder =>
        settings.PickupDirectory is { Length: > 0 } folder ? Path.GetFullPath(Path.Combine(paths.DataFolder, folder))
        : string.IsNullOrWhiteSpace(settings.Host) ? Path.Combine(paths.DataFolder, "mail-pickup")
        : null;

    /// <summary>
    /// Builds the message; a <see cref="PermanentMailException"/> when it can never be sent as it
    /// is (an address that does not parse), so that it is not retried for a day.
    /// </summary>
    public MimeMessage Compose(OutgoingMail mail)
    {
        var message = new MimeMessage();
        if (!MailboxAddress.TryParse(settings.From, out var from))
            throw new InvalidOperationException($"Email:From « {settings.From} » n'est pas une adresse valable.");
        if (!MailboxAddress.TryParse(mail.To, out var to))
            throw new PermanentMailException($"Adresse du destinataire non valable : « {mail.To} ».");
        message.From.Add(from);
        message.To.Add(to);
        // Cleaned when queued; cleaned again here, at the header itself.
        message.Subject = MailText.Subject(mail.Subject);
        var body = new TextPart(MimeKit.Text.TextFormat.Plain);
        body.SetText("utf-8", mail.Body);
        body.ContentTransferEncoding = ContentEncoding.QuotedPrintable;
        message.Body = body;
        return message;
    }

    public async Task DeliverAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var message = Compose(mail);
        if (PickupFolder is { } folder)
        {
            await WriteToPickupFolder(message, mail.Id, folder, cancellationToken);
            return;
        }
        using var client = new SmtpClient { Timeout = 60_000 };
        var security = !settings.EnableSsl ? SecureSocketOptions.None
            : settings.Port == 465 ? SecureSocketOptions.SslOnConnect
            : SecureSocketOptions.StartTls;
        await client.ConnectAsync(settings.Host, settings.Port, security, cancellationToken);
        if (settings.UserName.Length > 0) await client.AuthenticateAsync(settings.UserName, settings.Password, cancellationToken);
        try
        {
            await client.SendAsync(message, cancellationToken);
        }
        catch (SmtpCommandException e) when (e.ErrorCode == SmtpErrorCode.RecipientNotAccepted && (int)e.StatusCode >= 500)
        {
            // 5xx on the recipient: the server will never take it.
            throw new PermanentMailException($"Destinataire refusé par le serveur : {e.Message}", e);
        }
        finally
        {
            await client.DisconnectAsync(quit: true, CancellationToken.None);
        }
    }

    // Written aside and moved in, so that whoever watches the folder (a developer's mail
    // viewer, the tests) never sees half a message. Named after the outbox id: a message
    // delivered twice after a crash overwrites itself instead of appearing twice.
    private static async Task WriteToPickupFolder(MimeMessage message, long id, string folder, CancellationToken cancellationToken)
    {
        var staging = Path.Combine(folder, ".en-cours");
        Directory.CreateDirectory(staging);
        var name = $"{id:D10}.eml";
        var temporary = Path.Combine(staging, $"{name}.{Guid.NewGuid():N}");
        try
        {
            await using (var file = File.Create(temporary))
                await message.WriteToAsync(FormatOptions.Default, file, cancellationToken);
            File.Move(temporary, Path.Combine(folder, name), overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
