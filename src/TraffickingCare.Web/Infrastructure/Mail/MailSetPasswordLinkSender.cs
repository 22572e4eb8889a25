using MailKit.Net.Smtp;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MimeKit;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Infrastructure.Mail;

/// <summary>
/// Writes the link as a plain-text mail in the current language and sends it through the configured
/// SMTP server, or drops it as an .eml file into the pickup folder when one is configured.
/// </summary>
public sealed class MailSetPasswordLinkSender(IOptions<MailOptions> options, IStringLocalizer<SharedResource> l, IHostEnvironment environment)
    : ISetPasswordLinkSender
{
    public async Task SendAsync(SetPasswordLinkMessage message, CancellationToken ct)
    {
        var mail = new MimeMessage();
        mail.From.Add(new MailboxAddress(l["App.Name"], options.Value.From));
        mail.To.Add(new MailboxAddress(message.DisplayName, message.Email));
        mail.Subject = l["Mail.SetPassword.Subject"];
        mail.Body = new TextPart("plain")
        {
            Text = string.Join(
                "\n\n",
                l["Mail.SetPassword.Greeting", message.DisplayName],
                l["Mail.SetPassword.Intro"],
                message.Link.AbsoluteUri,
                l["Mail.SetPassword.Validity", message.ValidForHours]) + "\n",
        };

        if (!string.IsNullOrWhiteSpace(options.Value.PickupFolder))
        {
            await WriteToPickupFolderAsync(mail, options.Value.PickupFolder, ct);
            return;
        }

        await SendBySmtpAsync(mail, options.Value, ct);
    }

    private async Task WriteToPickupFolderAsync(MimeMessage mail, string folder, CancellationToken ct)
    {
        var path = Path.IsPathRooted(folder) ? folder : Path.Combine(environment.ContentRootPath, folder);
        Directory.CreateDirectory(path);
        await mail.WriteToAsync(Path.Combine(path, $"{Guid.CreateVersion7():N}.eml"), ct);
    }

    private static async Task SendBySmtpAsync(MimeMessage mail, MailOptions settings, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(settings.Host))
        {
            throw new InvalidOperationException("Mail:Host (or Mail:PickupFolder) is not configured.");
        }

        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(settings.Host, settings.Port, settings.Security, ct);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await smtp.AuthenticateAsync(settings.UserName, settings.Password ?? string.Empty, ct);
        }

        await smtp.SendAsync(mail, ct);
        await smtp.DisconnectAsync(quit: true, ct);
    }
}
