using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using TraffickingCare.Web.Data.Auditing;

namespace TraffickingCare.Web.Infrastructure.Mvc;

/// <summary>
/// Put on an action that shows a protected record: once the page has been rendered without error, the
/// view is written to the audit trail with the record's id from the route. Denied or missing records
/// (any result other than a page) are not logged as views.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AuditViewAttribute(string entityType, string routeKey = "id") : ResultFilterAttribute
{
    public override async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is not null || executed.Result is not ViewResult)
        {
            return;
        }

        if (context.RouteData.Values.TryGetValue(routeKey, out var raw) && Guid.TryParse(raw?.ToString(), out var id))
        {
            var trail = context.HttpContext.RequestServices.GetRequiredService<AuditTrail>();
            await trail.RecordViewAsync(entityType, id, ct: context.HttpContext.RequestAborted);
        }
    }
}
