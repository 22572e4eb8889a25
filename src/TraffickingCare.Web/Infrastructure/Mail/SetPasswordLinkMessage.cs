namespace TraffickingCare.Web.Infrastructure.Mail;

/// <summary>What the mail says; never stored or logged (the link is a credential until used).</summary>
public sealed record SetPasswordLinkMessage(string Email, string DisplayName, Uri Link, int ValidForHours);
