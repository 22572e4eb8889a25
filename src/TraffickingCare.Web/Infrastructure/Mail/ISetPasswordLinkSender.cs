namespace TraffickingCare.Web.Infrastructure.Mail;

/// <summary>
/// Delivers a one-time set-password link to the account's own mailbox. The edge of the system (a
/// mail server), so tests may replace it; the pickup folder serves Development and most tests.
/// </summary>
public interface ISetPasswordLinkSender
{
    Task SendAsync(SetPasswordLinkMessage message, CancellationToken ct);
}
