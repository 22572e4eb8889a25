using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mail;

namespace TraffickingCare.Web.Features.Shared.Accounts;

/// <summary>
/// Makes a new one-time set-password link and sends it to the account's own address. The administrator
/// who caused it never sees it: whoever holds the link can become that user, and a caseworker's account
/// reads victims' files.
/// </summary>
public sealed class SetPasswordLinkDelivery(
    UserManager<AppUser> users, PublicLinks links, ISetPasswordLinkSender sender, IOptions<SecurityOptions> security, ILogger<SetPasswordLinkDelivery> logger)
{
    /// <returns>The masked address the link went to; null when the mail could not be sent (the reason is logged).</returns>
    public async Task<string?> SendAsync(AppUser user, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(user.Email))
        {
            logger.LinkNotSent(user.Id, "NoEmail");
            return null;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var message = new SetPasswordLinkMessage(user.Email, user.DisplayName, links.SetPassword(user.Id, token), (int)security.Value.SetPasswordLinkLifetime.TotalHours);
        try
        {
            await sender.SendAsync(message, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The type only: a mail server's message can quote the recipient's address.
            logger.LinkNotSent(user.Id, ex.GetType().Name);
            return null;
        }

        logger.LinkSent(user.Id);
        return EmailMask.Mask(user.Email);
    }
}
