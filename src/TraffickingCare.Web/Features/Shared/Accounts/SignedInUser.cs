using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.Shared.Accounts;

/// <summary>The account of the user making the request, for the pages where people change their own account.</summary>
public static class SignedInUser
{
    /// <summary>The security stamp is checked on every request, so a signed-in user's account exists; its absence is a bug.</summary>
    public static async Task<AppUser> GetSignedInAsync(this UserManager<AppUser> users, ClaimsPrincipal principal) =>
        await users.GetUserAsync(principal) ?? throw new InvalidOperationException("The signed-in user no longer exists.");
}
