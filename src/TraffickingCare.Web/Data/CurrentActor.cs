using System.Security.Claims;

namespace TraffickingCare.Web.Data;

/// <summary>Who is acting now: the signed-in user's id (never a name) and the request's correlation id.</summary>
public sealed class CurrentActor(IHttpContextAccessor accessor)
{
    public const string System = "system";

    public string UserId =>
        accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? System;

    public string? CorrelationId => accessor.HttpContext?.TraceIdentifier;
}
