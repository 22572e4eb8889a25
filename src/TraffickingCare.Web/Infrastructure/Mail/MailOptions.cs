using MailKit.Security;

namespace TraffickingCare.Web.Infrastructure.Mail;

/// <summary>The Centre's mail server, which carries set-password links to staff (see docs/operations.md).</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    /// <summary>SMTP server; empty when <see cref="PickupFolder"/> is used instead.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>How the connection is encrypted: StartTls (default), SslOnConnect, or None for a local relay.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTls;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>Sender address, e.g. no-reply@centar.example.</summary>
    public string From { get; set; } = "no-reply@localhost";

    /// <summary>
    /// A folder where messages are written as .eml files instead of being sent (Development, tests, a
    /// demonstration without a mail server). The files hold live links: never set it on a shared server.
    /// </summary>
    public string? PickupFolder { get; set; }
}
