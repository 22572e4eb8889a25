namespace TraffickingCare.Web.Identity;

/// <summary>Why a session ended. Stored by name.</summary>
public enum UserSessionEndReason
{
    SignedOut,
    IdleTimeout,
    AbsoluteTimeout,

    /// <summary>The security stamp changed: disabled, or password or two-factor reset (by an administrator or by the user elsewhere).</summary>
    AccountChanged,
}
