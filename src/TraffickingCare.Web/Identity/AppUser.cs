using Microsoft.AspNetCore.Identity;

namespace TraffickingCare.Web.Identity;

/// <summary>A member of staff. The user name is a login handle, never shown in logs.</summary>
public sealed class AppUser : IdentityUser
{
    public const int DisplayNameMaxLength = 100;

    public string DisplayName { get; set; } = string.Empty;

    /// <summary>A disabled account cannot sign in and is signed out on its next request.</summary>
    public bool IsDisabled { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>
    /// The 30-second step of the last authenticator code accepted: that step and older ones are refused.
    /// Written only by <see cref="SingleUseAuthenticatorTokenProvider"/>, in one conditional update;
    /// Identity's own saves of the user leave it alone (see AppUserConfiguration).
    /// </summary>
    public long? LastAuthenticatorStep { get; private set; }
}
