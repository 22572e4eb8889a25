using System.Security.Claims;

namespace TraffickingCare.Web.Infrastructure.Mvc;

public static class ClaimsPrincipalExtensions
{
    public static string GetUserId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier)
        ?? throw new InvalidOperationException("The request has no signed-in user.");
}
