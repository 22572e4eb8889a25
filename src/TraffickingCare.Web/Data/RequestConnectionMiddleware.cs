using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.EntityFrameworkCore;

namespace TraffickingCare.Web.Data;

/// <summary>
/// On SQLite, a page's request (a controller's action) opens its context's connection once, before the sign-in check,
/// and closes it when the response is written; EF then leaves it open between queries instead of opening and closing
/// it around each one. Other endpoints keep EF's own habit: the readiness check must report a database it cannot open
/// as unhealthy, not fail before it runs.
/// </summary>
/// <remarks>
/// Every open of an EF Core SQLite connection registers EF's SQL functions on SQLite's handle again (ef_mod, regexp and
/// the others): a case page's 28 queries made 28 opens, a measured share of what each view allocated. The connection
/// holds no lock between statements (write-ahead logging: readers never block the writer), and a pooled SQLite handle
/// costs nothing to keep for a request. SQL Server keeps its own pool's open-late, close-early habit.
/// </remarks>
internal sealed class RequestConnectionMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // The context is asked for only once the endpoint is known to be a page: a health check builds none here.
        var db = context.GetEndpoint()?.Metadata.GetMetadata<ControllerActionDescriptor>() is null
            ? null
            : context.RequestServices.GetRequiredService<AppDbContext>();
        if (db is null || !db.Database.IsSqlite())
        {
            await next(context);
            return;
        }

        await db.Database.OpenConnectionAsync(context.RequestAborted);
        try
        {
            await next(context);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
