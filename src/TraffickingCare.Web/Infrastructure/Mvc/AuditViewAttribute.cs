using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using TraffickingCare.Web.Data.Auditing;

namespace TraffickingCare.Web.Infrastructure.Mvc;

/// <summary>
/// Put on an action that shows a protected record: when the action answers with the record's page, the
/// view is written to the audit trail (record id from the route) before the page is sent. If writing the
/// audit row fails, the page is not shown: an unrecorded view of a victim's file is worse than an error.
/// Denied or missing records (any result other than a page) are not logged as views.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AuditViewAttribute(string entityType, string routeKey = "id") : ResultFilterAttribute
{
    public override async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        if (context.Result is not ViewResult)
        {
            await next();
            return;
        }

        if (context.RouteData.Values.TryGetValue(routeKey, out var raw) && Guid.TryParse(raw?.ToString(), out var id))
        {
            var trail = context.HttpContext.RequestServices.GetRequiredService<AuditTrail>();
            await trail.RecordViewAsync(entityType, id, ct: context.HttpContext.RequestAborted);
        }

        await next();
    }
}
