namespace KnowledgeBase.Web.Tests.Infrastructure;

/// <summary>
/// The mail of a test site: the .eml files it writes to DataPath/mail-pickup, read with the
/// shared <see cref="MailFolder"/>.
/// </summary>
public static class Mailbox
{
    public static string Folder(SiteFactory site) => Path.Combine(site.DataFolder, "mail-pickup");

    /// <summary>Every message written so far, oldest first.</summary>
    public static IReadOnlyList<Mail> All(SiteFactory site) => MailFolder.All(Folder(site));

    public static IReadOnlyList<Mail> To(SiteFactory site, string address) => MailFolder.To(Folder(site), address);

    /// <summary>Waits until <paramref name="address"/> has received <paramref name="count"/> messages; returns the last.</summary>
    public static Task<Mail> WaitFor(SiteFactory site, string address, int count = 1) => MailFolder.WaitFor(Folder(site), address, count);
}
