using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Reports.Import;

/// <summary>The manager's commit: the import is marked running (once: a second click is refused) and queued.</summary>
public sealed class StartImportHandler(AppDbContext db, ImportJobs jobs)
{
    public async Task<ChangeResult> HandleAsync(Guid importId, ClaimsPrincipal user, CancellationToken ct)
    {
        var import = await db.CaseImports.SingleOrDefaultAsync(i => i.Id == importId, ct);
        if (import is null)
        {
            return ChangeResult.NotFound;
        }

        var result = await ChangeResult.OfAsync(async () =>
        {
            import.Start(user.GetUserId());
            await db.SaveChangesAsync(ct);
        });
        if (result.Succeeded)
        {
            jobs.Enqueue(import.Id, import.ImportedBy);
        }

        return result;
    }
}
