namespace TraffickingCare.Domain.Accounts;

/// <summary>The changes that can give someone a privileged account. Stored as text: names never change.</summary>
public enum PrivilegedChangeKind
{
    /// <summary>A new account with a privileged role (the role is given on approval).</summary>
    CreateAccount,

    /// <summary>A new one-time set-password link for a privileged account.</summary>
    ResetPassword,

    /// <summary>Removing a privileged account's authenticator.</summary>
    ResetTwoFactor,
}
