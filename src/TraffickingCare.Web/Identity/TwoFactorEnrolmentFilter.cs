using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace TraffickingCare.Web.Identity;

/// <summary>
/// Where two-factor is required, a signed-in user who has not enrolled an authenticator can reach
/// only the enrolment and sign-out screens until they do.
/// </summary>
internal sealed class TwoFactorEnrolmentFilter(IOptions<SecurityOptions> options) : IAsyncAuthorizationFilter
{
    public Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var user = context.HttpContext.User;
        if (!options.Value.RequireTwoFactor
            || user.Identity?.IsAuthenticated != true
            || user.HasClaim(c => c.Type == AppClaimsPrincipalFactory.TwoFactorEnrolledClaim)
            || context.ActionDescriptor.EndpointMetadata.OfType<AllowWithoutTwoFactorAttribute>().Any())
        {
            return Task.CompletedTask;
        }

        context.Result = new RedirectToActionResult("Enable", "TwoFactor", null);
        return Task.CompletedTask;
    }
}
