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
}
