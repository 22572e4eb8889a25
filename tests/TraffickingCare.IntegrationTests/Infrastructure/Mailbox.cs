using MimeKit;

namespace TraffickingCare.IntegrationTests.Infrastructure;

/// <summary>The mails the app wrote to its pickup folder (the real sender, configured with Mail:PickupFolder).</summary>
public static class Mailbox
{
    public static IReadOnlyList<MimeMessage> All(AppFactory factory) =>
        Directory.Exists(factory.MailFolder)
            ? Directory.GetFiles(factory.MailFolder, "*.eml").Order().Select(f => MimeMessage.Load(f)).ToList()
            : [];

    public static IReadOnlyList<MimeMessage> To(AppFactory factory, string address) =>
        All(factory).Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();

    /// <summary>The set-password link of the latest mail to <paramref name="address"/>, as an absolute address.</summary>
    public static Uri LinkTo(AppFactory factory, string address)
    {
        var mail = To(factory, address).LastOrDefault() ?? throw new InvalidOperationException($"No mail to {address}.");
        var line = (mail.TextBody ?? string.Empty).Split('\n').Select(l => l.Trim()).Single(l => l.Contains("/Account/SetPassword?", StringComparison.Ordinal));
        return new Uri(line);
    }
}
