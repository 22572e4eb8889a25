namespace TraffickingCare.Web.Identity;

public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Every user must enrol an authenticator. Only Development may switch this off.</summary>
    public bool RequireTwoFactor { get; set; } = true;

    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    public TimeSpan AbsoluteTimeout { get; set; } = TimeSpan.FromHours(10);

    /// <summary>Sign-in and two-factor POSTs allowed per client address per minute.</summary>
    public int SignInPermitsPerMinute { get; set; } = 10;

    /// <summary>Lifetime of the one-time link an administrator sends to a new user.</summary>
    public TimeSpan SetPasswordLinkLifetime { get; set; } = TimeSpan.FromHours(48);
}
